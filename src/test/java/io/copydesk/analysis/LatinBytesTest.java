package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.document.Article;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text's ISO-8859-1 bytes only speed its reading up ({@link PageLine#latin1}, left out of texts mostly beyond Latin-1):
 * the cleaning and the tokens are the same with them and without them, on pages of English, accented Latin, Cyrillic
 * and Greek lines with page furniture, cues of other languages, curly quotes, '?' and chars whose lower case is ASCII.
 */
class LatinBytesTest {
    private static final String[] PIECES = {"Read more:", "\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043A\u0436\u0435", "\u00C0 lire aussi",
        "Share on Facebook", "\u00A9 2024 Agency", "All rights reserved", "\u0412\u0441\u0435 \u043F\u0440\u0430\u0432\u0430 \u0437\u0430\u0449\u0438\u0449\u0435\u043D\u044B",
        "Published: 12 March 2024", "By Jane Doe", "\u041C\u043E\u0441\u043A\u0432\u0430", "\u0391\u03B8\u03AE\u03BD\u03B1", "\u0391\u0398\u0397\u039D\u0391\u03A3",
        "caf\u00E9", "Z\u00FCrich", "\u201Cquoted\u201D", "?", " ", " ", " ", ". ", "\n", "\n", "\u212Aelvin", "\u0130stanbul", "42", "\u4E2D\u6587"};

    private static String page(java.util.Random r) {
        return Texts.pieces(r, 120, q -> Texts.oneOf(q, PIECES), q -> Texts.letters(q, 8), q -> Texts.oneOf(q, "\u0436\u0438\u0437\u043D\u044C ",
                "\u0416\u0418\u0417\u041D\u042C ", "\u03BB\u03CC\u03B3\u03BF\u03C2 ", "\u00E9t\u00E9 "));
    }

    @Test
    void cleaningAndTokensAreTheSameWithAndWithoutTheBytes() {
        Boilerplate perArticle = Boilerplate.perArticle(BoilerplateConfig.DEFAULT);
        OpenNlpTokenizer tokenizer = new OpenNlpTokenizer(TokenizerKind.simple);
        int[] removed = new int[1];
        Trials.run("latin-1 bytes or none", 3_000, LatinBytesTest::page, text -> {
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            Article a = new Article("a", null, text, null, null, null);
            CleanText with = perArticle.clean(a, bytes), without = perArticle.clean(a, null);
            assertEquals(with, without);
            removed[0] += with.removed().size();
            TokenList t1 = new TokenList(), t2 = new TokenList();
            tokenizer.tokenize(text, bytes, 0, text.length(), t1);
            tokenizer.tokenize(text, null, 0, text.length(), t2);
            assertEquals(terms(t1), terms(t2));
            assertArrayEquals(t1.hashes(7), t2.hashes(7));
        });
        assertTrue(removed[0] > 1_000, "lines removed: " + removed[0]);
    }

    private static List<String> terms(TokenList t) {
        return java.util.stream.IntStream.range(0, t.size()).mapToObj(i -> t.term(i) + "@" + t.start(i)).toList();
    }
}
