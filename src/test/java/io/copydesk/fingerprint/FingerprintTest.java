package io.copydesk.fingerprint;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.document.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint's byte layout: a known answer for one article (what it holds, and its exact
 * bytes in the version 3 golden file), reading that file back, and refusing other versions (the version 1 and 2 files too),
 * mismatched seeds and truncated input. To regenerate the golden file after a deliberate change
 * of the analysis (which must also bump {@link Fingerprint#VERSION}), run {@link #main}.
 */
class FingerprintTest {
    static final String GOLDEN = "/fingerprint/v3/harbour-brief.bin";
    /** An article in version 2, before shingles said which figures they hold (the same article without its figure). */
    static final String GOLDEN_V2 = "/fingerprint/v2/harbour-brief.bin";
    /** The same article in version 1, before terms had name votes. */
    static final String GOLDEN_V1 = "/fingerprint/v1/harbour-brief.bin";

    /** Written for this test: a brief with a repeated headline, a share prompt and a caption credit. */
    static Article article() {
        String text = """
                Harbour cranes stopped after the storm
                Dock workers in Lindqvar said on Tuesday that the harbour cranes stopped after the storm cut power to the port.
                The port authority expects the cranes to run again on Thursday, dock workers said.
                Share this article
                Two ferries with 340 passengers waited outside the harbour wall until the wind dropped.
                """;
        return new Article("courier/harbour-cranes", "Harbour cranes stopped after the storm", text,
                Instant.parse("2025-02-04T09:30:00Z"), "Harbour Courier", "https://courier.example/harbour-cranes");
    }

    static Fingerprint compute() {
        return new Fingerprinter(AnalysisConfig.DEFAULT, Boilerplate.perArticle(BoilerplateConfig.DEFAULT)).fingerprint(article());
    }

    static byte[] golden() throws IOException {
        return resource(GOLDEN);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = FingerprintTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    @Test
    void knownAnswerHoldsWhatTheArticleSays() {
        Fingerprint f = compute();
        assertEquals("courier/harbour-cranes", f.id());
        assertEquals(Instant.parse("2025-02-04T09:30:00Z"), f.date());
        assertEquals(article().text().length(), f.length());
        assertEquals(List.of("repeated headline", "page furniture"), f.removed().stream().map(s -> s.reason()).toList());
        assertEquals(3, f.kept().size());
        assertFalse(f.fromTitle());
        assertEquals(AnalysisConfig.DEFAULT_HASHES, f.signature().size());
        assertEquals(AnalysisConfig.DEFAULT_SEED, f.seed());
        ArticleTerms t = f.terms();
        int crane = Arrays.binarySearch(termsOf(t), "crane");
        assertTrue(crane >= 0, "cranes is stemmed to crane: " + Arrays.toString(termsOf(t)));
        assertEquals("cranes", t.word(crane));
        assertEquals(2, t.bodyCount(crane), "twice in the kept body (the repeated headline line is removed)");
        assertEquals(1, t.titleCount(crane));
        assertEquals(4f, t.weightedCount(crane, 2.0));
        assertTrue(Arrays.binarySearch(termsOf(t), "the") < 0, "stop words are not terms");
        // name votes: a capital inside a sentence for, lower case against; a sentence's first word, a day and the title: none
        assertEquals(1, t.nameVotes(Arrays.binarySearch(termsOf(t), "lindqvar")), "\"workers in Lindqvar said\"");
        assertEquals(-1, t.nameVotes(Arrays.binarySearch(termsOf(t), "dock")), "\"Dock workers\" opens a line, \"dock workers said\"");
        assertEquals(0, t.nameVotes(Arrays.binarySearch(termsOf(t), "tuesdai")), "a day's name is no name of a story");
        assertEquals(-2, t.nameVotes(crane), "\"the harbour cranes\", \"the cranes\"; the title's \"cranes\" does not vote");
        // 4-word shingles over the kept lines, all windows distinct here.
        assertTrue(f.shingles().size() > 30, "shingles: " + f.shingles().size());
        // "340" is the one figure: the four windows that hold it say so, all with its one code
        long withFigure = Arrays.stream(f.shingles().hashes()).filter(io.copydesk.analysis.ShingleSet::holdsFigure).count();
        assertEquals(4, withFigure, "two ferries with 340 / ferries with 340 passengers / with 340 passengers waited / 340 passengers waited outside");
        assertEquals(1, f.shingles().figureCodes().length);
    }

    private static String[] termsOf(ArticleTerms t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) out[i] = t.term(i);
        return out;
    }

    @Test
    void bytesOfTheKnownArticleEqualTheVersion3GoldenFile() throws IOException {
        assertArrayEquals(golden(), compute().toBytes(),
                "the analysis changed what a fingerprint holds: bump Fingerprint.VERSION and add a golden folder");
    }

    @Test
    void theVersion3GoldenFileReadsBackToTheSameFingerprint() throws IOException {
        Fingerprint f = Fingerprint.fromBytes(golden());
        assertEquals(compute(), f);
        assertEquals("Harbour Courier", f.source());
        assertEquals(compute().shingles().size(), f.shingles().size());
        assertArrayEquals(golden(), f.toBytes());
    }

    @Test
    void anotherVersionIsRefusedNamingBoth() throws IOException {
        byte[] b = golden();
        b[4] = 4;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBytes(b));
        assertTrue(e.getMessage().contains("version 4") && e.getMessage().contains("version 3"), e.getMessage());
        for (String older : new String[] {GOLDEN_V1, GOLDEN_V2}) {
            byte[] v = resource(older);
            e = assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBytes(v));
            assertTrue(e.getMessage().contains("version " + v[4] + " is not supported"), e.getMessage());
        }
    }

    @Test
    void aSeedThatDisagreesWithTheSignatureIsRefused() throws IOException {
        byte[] b = golden();
        b[8] ^= 1; // the header's seed, no longer the signature's
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBytes(b));
        assertTrue(e.getMessage().contains("seed"), e.getMessage());
    }

    @Test
    void truncatedOrForeignBytesAreRefused() throws IOException {
        byte[] b = golden();
        for (int cut : new int[] {0, 3, 17, b.length / 2, b.length - 1}) {
            assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBytes(Arrays.copyOf(b, cut)), "cut at " + cut);
        }
        byte[] longer = Arrays.copyOf(b, b.length + 1);
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBytes(longer));
    }

    @Test
    void fingerprintsOfOtherSettingsRefuseToMeet() {
        Fingerprint a = compute();
        Fingerprint b = new Fingerprinter(AnalysisConfig.DEFAULT.withShingle(3), Boilerplate.perArticle(BoilerplateConfig.DEFAULT))
                .fingerprint(article());
        assertThrows(IllegalArgumentException.class, () -> a.checkComparable(b));
        a.checkComparable(Fingerprint.fromBytes(a.toBytes()));
    }

    @Test
    void aFingerprintForDuplicatesHasTheSameShinglesAndSignatureButNoTerms() {
        Fingerprint full = compute();
        Fingerprint dup = Fingerprinter.forDuplicates(AnalysisConfig.DEFAULT, Boilerplate.perArticle(BoilerplateConfig.DEFAULT)).fingerprint(article());
        assertTrue(full.complete());
        assertFalse(dup.complete());
        assertArrayEquals(full.shingles().hashes(), dup.shingles().hashes());
        assertEquals(full.signature(), dup.signature());
        assertEquals(full.removed(), dup.removed());
        assertEquals(0, dup.terms().size());
        assertEquals(0, dup.lineKeys().corpus().length);
        Fingerprint back = Fingerprint.fromBytes(dup.toBytes());
        assertFalse(back.complete(), "the flag survives the bytes");
        assertEquals(dup, back);
    }

    @Test
    void aFingerprintForStoriesHasTheTermsButNoLineKeys() {
        Fingerprint full = compute();
        Fingerprint stories = Fingerprinter.forStories(AnalysisConfig.DEFAULT, Boilerplate.perArticle(BoilerplateConfig.DEFAULT)).fingerprint(article());
        assertFalse(stories.complete());
        assertArrayEquals(full.shingles().hashes(), stories.shingles().hashes());
        assertEquals(full.signature(), stories.signature());
        assertEquals(full.kept(), stories.kept());
        assertEquals(full.removed(), stories.removed());
        assertTrue(full.terms().size() > 0);
        assertEquals(full.terms(), stories.terms());
        assertTrue(full.lineKeys().corpus().length > 0);
        assertEquals(0, stories.lineKeys().corpus().length);
        assertEquals(0, stories.lineKeys().site().length);
    }

    /** Property: any article (random words, empty bodies, titles only, no metadata) round-trips exactly. */
    @Test
    void randomArticlesRoundTrip() {
        long seed = Long.getLong("copydesk.test.seed", System.nanoTime());
        Random rnd = new Random(seed);
        Fingerprinter fp = new Fingerprinter(AnalysisConfig.DEFAULT, Boilerplate.perArticle(BoilerplateConfig.DEFAULT));
        String[] words = "the quake hit Lindqvar at dawn; 27 died, officials said. Ürün naïve — “quoted” 2.5% émigré 東京 \uD83D\uDE00".split(" ");
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            int n = rnd.nextInt(60);
            for (int w = 0; w < n; w++) text.append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(8) == 0 ? '\n' : ' ');
            String title = rnd.nextBoolean() ? null : words[rnd.nextInt(words.length)] + " " + words[rnd.nextInt(words.length)];
            Instant date = rnd.nextBoolean() ? null : Instant.ofEpochSecond(rnd.nextInt(), rnd.nextInt(1_000_000_000));
            Article a = new Article("a" + i, title, text.toString(), date, rnd.nextBoolean() ? "site" : null, null);
            Fingerprint f = fp.fingerprint(a);
            Fingerprint back = Fingerprint.fromBytes(f.toBytes());
            assertEquals(f, back, "seed " + seed + ", article " + i);
            assertArrayEquals(f.shingles().hashes(), back.shingles().hashes(), "seed " + seed);
            assertEquals(f.signature(), back.signature(), "seed " + seed);
            assertEquals(f.terms(), back.terms(), "seed " + seed);
            assertEquals(date, back.date(), "seed " + seed);
        }
    }

    /** Rewrites the golden file: {@code java -cp ... io.copydesk.fingerprint.FingerprintTest src/test/resources}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0] + GOLDEN);
        Files.createDirectories(out.getParent());
        Files.write(out, compute().toBytes());
    }
}
