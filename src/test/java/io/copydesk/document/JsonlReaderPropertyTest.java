package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of the JSONL reader over arbitrary records: every record written by
 * {@link ArticleJson} reads back as it was, and a malformed line costs only itself. jqwik reports
 * each property's seed; a failure is rerun with its seed first, and {@code @Property(seed = "...")}
 * pins one.
 */
class JsonlReaderPropertyTest {
    /** Any text: controls, quotes, backslashes, surrogate pairs, lone surrogates, bidi overrides, NUL. */
    static Arbitrary<String> anyText() {
        Arbitrary<Character> tricky = Arbitraries.of('"', '\\', '\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085',
                '\u2028', '\u2029', '\u202e', '\ud800', '\udbff', '\udc00', '\ufeff', '\uffff');
        Arbitrary<String> pairs = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(6), tricky.map(String::valueOf), pairs,
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    /** A valid id: not blank, and whole Unicode (lone surrogates are refused by design). */
    static Arbitrary<String> anyId() {
        return anyText().filter(s -> !s.isBlank() && JsonlReader.loneSurrogate(s) < 0);
    }

    @Provide
    Arbitrary<Article> articles() {
        Arbitrary<Instant> dates = Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L).map(Instant::ofEpochSecond);
        return Combinators.combine(anyId(), anyText().injectNull(0.2), anyText(), dates.injectNull(0.3), anyText().injectNull(0.5))
                .as((id, title, text, date, source) -> new Article(id, title, "x" + text, date, source, null));
    }

    @Provide
    Arbitrary<List<Article>> articleLists() {
        return articles().list().ofMaxSize(20);
    }

    private static List<ArticleRecord> read(byte[] jsonl, ReadProblems problems) {
        List<ArticleRecord> out = new ArrayList<>();
        try (JsonlReader r = new JsonlReader("in.jsonl", new ByteArrayInputStream(jsonl), problems, InputSet.DEFAULT_MAX_ARTICLE_BYTES)) {
            for (ArticleRecord a; (a = r.next()) != null; ) out.add(a);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Property(tries = 300)
    void everyWrittenRecordReadsBackAsItWas(@ForAll("articleLists") List<Article> articles) {
        StringBuilder sb = new StringBuilder();
        for (Article a : articles) sb.append(ArticleJson.toLine(a)).append('\n');
        List<ArticleRecord> back = read(sb.toString().getBytes(StandardCharsets.UTF_8), ReadProblems.silent());
        assertEquals(articles.size(), back.size());
        for (int i = 0; i < articles.size(); i++) {
            Article in = articles.get(i), out = back.get(i).article();
            assertEquals(in.id(), out.id());
            assertEquals(in.title(), out.title());
            assertEquals(in.text(), out.text());
            assertEquals(in.date(), out.date());
            assertEquals(in.source(), out.source());
            assertEquals(i + 1, back.get(i).line());
        }
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Article, byte[]>>> mixed() {
        // each good record may be followed by a broken line: a cut record, or bytes that are not UTF-8
        Arbitrary<byte[]> broken = Arbitraries.oneOf(
                Combinators.combine(articles(), Arbitraries.doubles().between(0.01, 0.99))
                        .as((a, f) -> {
                            byte[] line = ArticleJson.toLine(a).getBytes(StandardCharsets.UTF_8);
                            return java.util.Arrays.copyOf(line, Math.max(1, Math.min(line.length - 1, (int) (line.length * f))));
                        }),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40)
                        .map(b -> { b[0] = (byte) 0xff; return b; }).map(b -> strip(b)));
        return Combinators.combine(articles(), broken.injectNull(0.5)).as(Tuple::of).list().ofMaxSize(15);
    }

    private static byte[] strip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte x : b) if (x != '\n') out.write(x);
        return out.toByteArray();
    }

    @Property(tries = 300)
    void aMalformedLineCostsOnlyItself(@ForAll("mixed") List<Tuple.Tuple2<Article, byte[]>> lines) {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        List<String> goodIds = new ArrayList<>();
        int broken = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (var t : lines) {
            in.writeBytes((ArticleJson.toLine(t.get1()) + "\n").getBytes(StandardCharsets.UTF_8));
            goodIds.add(t.get1().id());
            seen.add(t.get1().id());
            if (t.get2() != null) {
                in.writeBytes(t.get2());
                in.write('\n');
                broken++;
            }
        }
        StringWriter err = new StringWriter();
        ReadProblems problems = new ReadProblems(new PrintWriter(err, true), false);
        List<ArticleRecord> back = read(in.toByteArray(), problems);
        assertEquals(goodIds, back.stream().map(r -> r.article().id()).toList(), err.toString());
        assertEquals(broken, problems.skipped(), err.toString());
        assertEquals(broken, err.toString().lines().count());
    }
}
