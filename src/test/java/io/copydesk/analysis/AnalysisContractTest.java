package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.document.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every analysis stage on hostile text (random Unicode incl. emoji, combining marks, right-to-left
 * scripts, control characters, very long tokens and lines): no exception, every span in bounds,
 * kept and removed lines disjoint and in order, shingles only from words. Seed: -Dcopydesk.seed.
 */
class AnalysisContractTest {
    private static final int[][] RANGES = {{0x20, 0x7E}, {0x0300, 0x036F}, {0x0590, 0x05FF}, {0x0600, 0x06FF},
            {0x4E00, 0x4E80}, {0x1F300, 0x1F64F}, {0x0000, 0x001F}, {0x2000, 0x206F}, {0xFE00, 0xFE0F}};

    private static String hostile(Random r) {
        StringBuilder sb = new StringBuilder();
        int parts = r.nextInt(40);
        for (int p = 0; p < parts; p++) {
            switch (r.nextInt(6)) {
                case 0 -> sb.append('\n');
                case 1 -> sb.append("x".repeat(r.nextInt(5000)));
                case 2 -> sb.append("Read more:\nA headline here\nAnother headline there\n");
                default -> {
                    int[] range = RANGES[r.nextInt(RANGES.length)];
                    int n = r.nextInt(60);
                    for (int i = 0; i < n; i++) sb.appendCodePoint(r.nextInt(8) == 0 ? ' ' : range[0] + r.nextInt(range[1] - range[0] + 1));
                }
            }
        }
        return sb.toString();
    }

    @Test
    void stagesHoldTheirContractOnHostileText() {
        long seed = Long.getLong("copydesk.seed", System.nanoTime());
        Random r = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 300; i++) articles.add(new Article("a" + i, r.nextBoolean() ? hostile(r) : null, hostile(r), null, r.nextBoolean() ? "s" : null, null));
        Boilerplate.Builder builder = Boilerplate.builder(BoilerplateConfig.DEFAULT);
        articles.forEach(builder::add);
        Boilerplate b = builder.build();
        OpenNlpTokenizer tokenizer = new OpenNlpTokenizer(TokenizerKind.simple);
        Shingler shingler = new Shingler(4, 1);
        for (Article a : articles) {
            String where = "seed " + seed + ", " + a.id();
            CleanText clean = b.clean(a);
            List<Span> all = new ArrayList<>(clean.kept());
            all.addAll(clean.removed());
            all.sort(java.util.Comparator.comparingInt(Span::start));
            int last = 0;
            for (Span s : all) {
                assertTrue(s.start() >= last && s.end() <= a.text().length(), where + ": span " + s + " overlaps or is out of bounds");
                last = s.end();
            }
            TokenList tokens = new TokenList();
            for (Span s : clean.kept()) tokenizer.tokenize(a.text(), s.start(), s.end(), tokens);
            for (int i = 0; i < tokens.size(); i++) {
                assertTrue(tokens.start(i) >= 0 && tokens.end(i) <= a.text().length() && tokens.start(i) < tokens.end(i), where);
                assertTrue(TextNormalizer.isWord(tokens.term(i)), where + ": non-word token " + tokens.term(i));
            }
            ShingleSet set = shingler.shingles(tokens);
            assertEquals(tokens.size() == 0, set.isEmpty(), where);
            assertTrue(set.size() <= Math.max(1, tokens.size()), where);
        }
    }

    @Test
    void emptyAndWhitespaceTextsGiveNothing() {
        Boilerplate b = Boilerplate.perArticle(BoilerplateConfig.DEFAULT);
        for (String text : new String[] {"", " ", "\n\n\t \n"}) {
            CleanText c = b.clean(new Article("e", null, text, null, null, null));
            assertTrue(c.kept().isEmpty() && c.removed().isEmpty());
        }
    }
}
