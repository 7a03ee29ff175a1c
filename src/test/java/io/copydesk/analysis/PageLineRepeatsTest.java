package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.internal.LongCounter;
import io.copydesk.internal.LongList;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Equal lines of one page found by comparing each line with the others (up to {@link
 * PageLine#FEW_LINES} lines) or through hash tables (more): {@link PageLine#copies} and {@link
 * Boilerplate.Builder#lineKeys} give what counting every line's key in a table gives, on pages of
 * both sizes whose lines repeat, exactly or with other digits, case or punctuation (same key,
 * other exact key).
 */
class PageLineRepeatsTest {
    private static final String[] PIECES = {" ", "  ", ".", ",", "-", "'", "\u2019", "1", "12", "2024", "\u00E9", "\u00C9", "\u0130",
        "\u0436\u0438\u0437\u043D\u044C", "Share", "Read more", "the", "AP", "***", "\u2014"};

    private static String line(Random r) {
        return Texts.pieces(r, 10, q -> Texts.oneOf(q, PIECES), q -> Texts.letters(q, 6), q -> Texts.letters(q, 3).toUpperCase());
    }

    /** {@code s} with other digits, case or punctuation: its key stays, its exact key may not. */
    private static String variant(Random r, String s) {
        return switch (r.nextInt(4)) {
            case 0 -> s.toUpperCase();
            case 1 -> s + Texts.oneOf(r, " 7", "!", " -", "3");
            case 2 -> s.replace('1', '2');
            default -> s;
        };
    }

    /** A page of up to 80 lines drawn mostly from a few, so that many repeat. */
    private static Article page(Random r) {
        List<String> pool = Texts.list(r, 6, PageLineRepeatsTest::line);
        StringBuilder text = new StringBuilder();
        for (int n = r.nextInt(r.nextBoolean() ? PageLine.FEW_LINES + 2 : 80); n > 0; n--) {
            String l = pool.isEmpty() || r.nextInt(4) == 0 ? line(r) : variant(r, pool.get(r.nextInt(pool.size())));
            text.append(l).append(Texts.oneOf(r, ".\n", "\n", "\n\n", ":\n"));
        }
        return new Article("p", null, text.toString(), null, r.nextBoolean() ? "Site" : null, null);
    }

    @Test
    void copiesAreTheLinesWithTheSameExactKey() {
        int[] sizes = new int[2]; // pages of few lines, of many lines
        Trials.run("line copies", 4_000, PageLineRepeatsTest::page, a -> {
            List<PageLine> lines = PageLine.split(a.text());
            sizes[lines.size() > PageLine.FEW_LINES ? 1 : 0]++;
            LongCounter exact = new LongCounter(16);
            for (PageLine l : lines) if (l.hasLetters()) exact.add(l.exactKey());
            int[] got = PageLine.copies(lines);
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(lines.get(i).hasLetters() ? exact.get(lines.get(i).exactKey()) : 0, got[i], "line " + i);
            }
        });
        assertTrue(sizes[0] > 500 && sizes[1] > 500, "pages of few and of many lines: " + java.util.Arrays.toString(sizes));
    }

    /** {@link Boilerplate.Builder#lineKeys} as written before: the distinct keys found through a hash table. */
    private static Boilerplate.LineKeys counted(BoilerplateConfig config, Article a) {
        long source = Boilerplate.sourceKey(a);
        int maxWords = Math.max(config.corpusMaxWords(), source != 0 ? config.siteMaxWords() : 0);
        LongCounter seen = new LongCounter(16);
        LongList corpus = new LongList(), site = new LongList();
        for (PageLine line : PageLine.split(a.text(), maxWords)) {
            if (!line.hasLetters() || line.words() > maxWords || seen.get(line.key()) > 0) continue;
            seen.add(line.key());
            if (line.words() <= config.corpusMaxWords()) corpus.add(line.key());
            if (source != 0 && line.words() <= config.siteMaxWords()) site.add(Boilerplate.siteKey(line.key(), source));
        }
        return new Boilerplate.LineKeys(corpus.toArray(), site.toArray());
    }

    @Test
    void lineKeysAreTheDistinctKeysInOrder() {
        BoilerplateConfig narrow = new BoilerplateConfig(true, 2, 4, 2, 2); // lines over the caps among the counted ones
        Trials.run("line keys of repeating pages", 4_000, PageLineRepeatsTest::page, a -> {
            for (BoilerplateConfig config : List.of(BoilerplateConfig.DEFAULT, narrow)) {
                Boilerplate.LineKeys want = counted(config, a);
                // from lines split with the cap on the words (the first pass), and without it (cleaning and keys from one split)
                for (Boilerplate.LineKeys got : List.of(Boilerplate.builder(config).lineKeys(a),
                        Boilerplate.builder(config).lineKeys(a, PageLine.split(a.text())))) {
                    assertArrayEquals(want.corpus(), got.corpus());
                    assertArrayEquals(want.site(), got.site());
                }
            }
        });
    }
}
