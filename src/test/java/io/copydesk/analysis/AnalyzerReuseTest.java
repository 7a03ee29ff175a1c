package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An Analyzer drafts article after article with buffers it reuses (the body's tokens and their
 * hashes): each draft must be the one a new Analyzer makes of that article alone, whatever came
 * before it (a long body, then shorter ones; pending lines or none).
 */
class AnalyzerReuseTest {
    private static final String[] WORDS = {"the", "council", "voted", "on", "a", "budget", "Tuesday", "after", "hours", "of",
            "debate", "mayor", "said", "river", "bridge", "would", "close", "for", "repairs", "tax", "school", "water"};

    @Test
    void aReusedAnalyzerDraftsAsANewOne() {
        Random r = new Random(15);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + r.nextInt(i % 7 == 0 ? 60 : 6); // now and then a long body, then short ones after it
            for (int l = 0; l < lines; l++) {
                if (r.nextInt(5) == 0) {
                    text.append("Subscribe to our newsletter for more ").append(WORDS[r.nextInt(3)]).append('\n'); // repeated: pending
                    continue;
                }
                int words = 1 + r.nextInt(25);
                for (int w = 0; w < words; w++) text.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
                text.append(".\n");
            }
            articles.add(new Article("a" + i, "Title " + WORDS[r.nextInt(WORDS.length)] + " " + i, text.toString(), null, null, null));
        }
        AnalysisConfig config = AnalysisConfig.DEFAULT;
        Shingler shingler = new Shingler(config.shingle(), config.seed());
        Boilerplate noCounts = Boilerplate.perArticle(config.boilerplate());
        Analyzer reused = new Analyzer(config, noCounts);
        Boilerplate.Builder reusedKeys = Boilerplate.builder(config.boilerplate()).noteRepeats();
        Boilerplate.Builder freshKeys = Boilerplate.builder(config.boilerplate()).noteRepeats();
        List<ShingleDraft> a = new ArrayList<>(), b = new ArrayList<>();
        for (Article article : articles) {
            Analyzer.Drafted x = reused.draft(article, reusedKeys, shingler);
            Analyzer.Drafted y = new Analyzer(config, noCounts).draft(article, freshKeys, shingler);
            reusedKeys.add(x.keys());
            freshKeys.add(y.keys());
            a.add(x.draft());
            b.add(y.draft());
        }
        Boilerplate countsA = reusedKeys.build(), countsB = freshKeys.build();
        int pending = 0;
        for (int i = 0; i < articles.size(); i++) {
            if (!b.get(i).isFinal()) pending++;
            assertEquals(b.get(i).isFinal(), a.get(i).isFinal(), "article " + i);
            assertArrayEquals(b.get(i).resolve(countsB, shingler).hashes(), a.get(i).resolve(countsA, shingler).hashes(), "article " + i);
            assertArrayEquals(b.get(i).resolve(noCounts, shingler).hashes(), a.get(i).resolve(noCounts, shingler).hashes(), "article " + i);
        }
        assertTrue(pending > 50, "drafts with pending lines: " + pending);
    }

    /**
     * An article made of the last lines of the one before it and a line the counts remove: the
     * windows buffer still holds the earlier article's windows past the new one's, some equal to
     * its own. A draft must read its own windows only (its set, and which of them the pending line
     * touches).
     */
    @Test
    void aDraftReadsNoWindowsOfTheArticleBefore() {
        Random r = new Random(16);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < 12; l++) {
                StringBuilder line = new StringBuilder();
                for (int w = 0; w < 20; w++) line.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(100));
                lines.add(line.append('.').toString());
            }
            String pending = "The council meets again on " + WORDS[i % 3] + "\n"; // short, in every article: the counts remove it
            articles.add(new Article("long" + i, "Long " + i, String.join("\n", lines) + "\n" + pending, null, null, null));
            articles.add(new Article("short" + i, "Short " + i, String.join("\n", lines.subList(9, 12)) + "\n" + pending, null, null, null));
        }
        AnalysisConfig config = AnalysisConfig.DEFAULT;
        Shingler shingler = new Shingler(config.shingle(), config.seed());
        Boilerplate noCounts = Boilerplate.perArticle(config.boilerplate());
        Analyzer reused = new Analyzer(config, noCounts);
        Boilerplate.Builder keys = Boilerplate.builder(config.boilerplate()).noteRepeats();
        List<ShingleDraft> a = new ArrayList<>(), b = new ArrayList<>();
        for (Article article : articles) {
            Analyzer.Drafted x = reused.draft(article, keys, shingler);
            keys.add(x.keys());
            a.add(x.draft());
            b.add(new Analyzer(config, noCounts).draft(article, Boilerplate.builder(config.boilerplate()), shingler).draft());
        }
        Boilerplate counts = keys.build();
        int removed = 0;
        for (int i = 0; i < articles.size(); i++) {
            ShingleSet want = b.get(i).resolve(counts, shingler);
            if (!want.equals(b.get(i).resolve(noCounts, shingler))) removed++;
            assertArrayEquals(want.hashes(), a.get(i).resolve(counts, shingler).hashes(), "article " + i);
        }
        assertTrue(removed > 60, "articles whose pending line the counts removed: " + removed);
    }

    @Test
    void hashesIntoABufferAreTheHashes() {
        TokenList tokens = new TokenList();
        String text = "One two three four five six seven";
        for (int s = 0, e; s < text.length(); s = e + 1) {
            e = text.indexOf(' ', s);
            if (e < 0) e = text.length();
            tokens.addAscii(text, s, e);
        }
        long[] expected = tokens.hashes(7);
        long[] big = new long[20];
        java.util.Arrays.fill(big, 42);
        assertSame(big, tokens.hashes(7, big));
        assertArrayEquals(expected, java.util.Arrays.copyOf(big, expected.length));
        assertEquals(42, big[expected.length], "past size() the buffer is left as it was");
        long[] small = new long[3];
        long[] out = tokens.hashes(7, small);
        assertNotSame(small, out);
        assertArrayEquals(expected, out);
    }
}
