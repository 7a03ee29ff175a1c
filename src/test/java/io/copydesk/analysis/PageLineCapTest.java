package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.internal.LongCounter;
import io.copydesk.internal.LongList;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first pass reads a line only up to the longest line it counts ({@link PageLine#split(String, int)}):
 * the same lines as the full split, the same keys for every line within the cap, and so the same
 * line keys for the boilerplate counts as keys taken from the full split.
 */
class PageLineCapTest {
    private static final String[] PIECES = {" ", "  ", "\n", "\n\n", " \n ", "\t", ".", "!", "?", ":", ",", "-", "'", "\u2019", "don't",
        "12", "2024", "\u00E9t\u00E9", "\u0436\u0438\u0437\u043D\u044C", "\u0661\u0662", "\u00A0", "Published", "Share", "the", "Read more"};

    private static String page(java.util.Random r) {
        return Texts.pieces(r, 120, q -> Texts.oneOf(q, PIECES), q -> Texts.letters(q, 9), q -> Texts.letters(q, 3).toUpperCase());
    }

    @Test
    void cappedLinesAgreeWithTheFullSplit() {
        Trials.run("page-line cap", 5_000, r -> new Object[] {page(r), r.nextInt(25)}, in -> {
            String text = (String) in[0];
            int cap = (int) in[1];
            List<PageLine> full = PageLine.split(text), capped = PageLine.split(text, cap);
            assertEquals(full.size(), capped.size());
            for (int i = 0; i < full.size(); i++) {
                PageLine f = full.get(i), c = capped.get(i);
                assertEquals(f.start(), c.start());
                assertEquals(f.end(), c.end());
                if (f.words() <= cap) {
                    assertEquals(f.words(), c.words());
                    assertEquals(f.key(), c.key());
                    assertEquals(f.exactKey(), c.exactKey());
                } else {
                    assertEquals(cap + 1, c.words());
                    assertFalse(c.hasLetters());
                }
            }
        });
    }

    /** {@link Boilerplate.Builder#lineKeys} as it was, from the full split. */
    private static Boilerplate.LineKeys fromFullSplit(BoilerplateConfig config, Article a, long source) {
        LongCounter seen = new LongCounter(64);
        LongList corpus = new LongList(32), site = new LongList(32);
        for (PageLine line : PageLine.split(a.text())) {
            if (!line.hasLetters() || seen.get(line.key()) > 0) continue;
            seen.add(line.key());
            if (line.words() <= config.corpusMaxWords()) corpus.add(line.key());
            if (source != 0 && line.words() <= config.siteMaxWords()) site.add(Boilerplate.siteKey(line.key(), source));
        }
        return new Boilerplate.LineKeys(corpus.toArray(), site.toArray());
    }

    @Test
    void lineKeysAreThoseOfTheFullSplit() {
        for (GeneratedArticle g : new NewsGenerator(GeneratorConfig.of(400).withSeed(Trials.SEED)).stream().toList()) {
            Article a = g.toArticle();
            for (BoilerplateConfig config : List.of(BoilerplateConfig.DEFAULT, new BoilerplateConfig(true, 2, 3, 2, 40))) sameKeys(config, a);
            sameKeys(BoilerplateConfig.DEFAULT, new Article(a.id(), a.title(), a.text(), a.date(), null, a.url()));
        }
        Trials.run("line keys", 2_000, PageLineCapTest::page, text -> {
            sameKeys(BoilerplateConfig.DEFAULT, new Article("p", null, text, null, "Site", null));
            sameKeys(new BoilerplateConfig(true, 2, 0, 2, 5), new Article("p", null, text, null, null, null));
        });
    }

    private static void sameKeys(BoilerplateConfig config, Article a) {
        Boilerplate.LineKeys got = Boilerplate.builder(config).lineKeys(a);
        Boilerplate.LineKeys want = fromFullSplit(config, a, Boilerplate.sourceKey(a));
        assertArrayEquals(want.corpus(), got.corpus(), a.id());
        assertArrayEquals(want.site(), got.site(), a.id());
    }
}
