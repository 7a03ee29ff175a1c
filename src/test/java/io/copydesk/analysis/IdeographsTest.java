package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.internal.Chars;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chinese and Japanese runs become their pairs of chars, with the offsets of each pair, under both tokenizers;
 * the letters around them and Korean words stay as they are.
 */
class IdeographsTest {
    private static List<String> tokens(TokenizerKind kind, String text) {
        TokenList t = new TokenList();
        new OpenNlpTokenizer(kind).tokenize(text, 0, text.length(), t);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            assertEquals(TextNormalizer.word(text, t.start(i), t.end(i)), t.term(i), "a token is its range of the text, normalized");
            out.add(t.term(i) + "@" + t.start(i));
        }
        return out;
    }

    @Test
    void aRunOfIdeographsBecomesItsPairs() {
        for (TokenizerKind kind : TokenizerKind.values()) {
            assertEquals(List.of("\u4E2D\u56FD@0", "\u56FD\u4EBA@1", "\u4EBA\u6C11@2", "\u6C11\u94F6@3", "\u94F6\u884C@4"),
                    tokens(kind, "\u4E2D\u56FD\u4EBA\u6C11\u94F6\u884C"), kind.name()); // a bank's name, six ideographs
        }
    }

    @Test
    void kanaAndTheLongVowelMarkArePairedLikeIdeographs() {
        // katakana "coffee": the long-vowel mark is a letter of the word, not a break
        assertEquals(List.of("\u30B3\u30FC@0", "\u30FC\u30D2@1", "\u30D2\u30FC@2"), tokens(TokenizerKind.simple, "\u30B3\u30FC\u30D2\u30FC"));
        // hiragana between kanji: one run
        assertEquals(List.of("\u6771\u4EAC@0", "\u4EAC\u306E@1", "\u306E\u99C5@2"), tokens(TokenizerKind.simple, "\u6771\u4EAC\u306E\u99C5"));
    }

    @Test
    void lettersBesideIdeographsAndNumbersBetweenThemAreTokensOfTheirOwn() {
        assertEquals(List.of("iphone@0", "\u624B\u673A@6", "x@9"), tokens(TokenizerKind.simple, "iPhone\u624B\u673A X"));
        // OpenNLP splits digits from letters; an ideograph alone is its own token
        assertEquals(List.of("11@0", "\u6708@2", "14@3", "\u65E5@5"), tokens(TokenizerKind.simple, "11\u670814\u65E5"));
        assertEquals(List.of("\u5E02\u573A@0", "\u4EF7\u683C@3"), tokens(TokenizerKind.simple, "\u5E02\u573A\uFF0C\u4EF7\u683C\u3002"),
                "punctuation ends a run");
    }

    @Test
    void koreanAndLatinTextKeepTheirWords() {
        assertEquals(List.of("\uD55C\uAD6D\uC5B4@0", "\uB274\uC2A4@4"), tokens(TokenizerKind.simple, "\uD55C\uAD6D\uC5B4 \uB274\uC2A4"));
        assertEquals(List.of("z\u00FCrich@0", "talks@7"), tokens(TokenizerKind.simple, "Z\u00FCrich talks"));
    }

    @Test
    void halfWidthKatakanaIsNormalizedPairByPair() {
        // "guide" in half-width katakana: NFKC makes a kana and its voicing mark one full-width char, so the mark
        // belongs to the kana before it and the pairs are those of the full-width word
        assertEquals(List.of("\u30AC\u30A4@0", "\u30A4\u30C9@2"), tokens(TokenizerKind.simple, "\uFF76\uFF9E\uFF72\uFF84\uFF9E"));
        assertEquals(List.of("\u30AC@0"), tokens(TokenizerKind.simple, "\uFF76\uFF9E"), "one kana and its mark: one char");
    }

    @Test
    void ideographicMeansHanKanaAndTheirMarks() {
        for (char c : "\u4E2D\u3005\u3006\u3007\u3042\u30A2\u30FC\uFF76\uFF70\uFF9E\uF900".toCharArray()) {
            assertTrue(Chars.isIdeographic(c), Integer.toHexString(c));
        }
        for (char c : "a\u00E9\u0416\uD55C\u3002\uFF0C\u3000\u30FB\u2E80\u0E01".toCharArray()) {
            assertFalse(Chars.isIdeographic(c), Integer.toHexString(c));
        }
    }

    /** The table that answers up to U+9FFF gives the answer of the test it was made from, for every char. */
    @Test
    void ideographicByTableOrByScriptIsOneTest() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean want = c >= 0x3005 && (c == 0x3006 || c == 0x30FC || c == 0xFF70 || c == 0xFF9E || c == 0xFF9F
                    || Character.isAlphabetic(c) && (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA));
            assertEquals(want, Chars.isIdeographic((char) c), Integer.toHexString(c));
        }
    }

    /** A pair of unified ideographs is taken as it is written: its normal form, which TextNormalizer would make, is itself. */
    @Test
    void aPairOfUnifiedIdeographsIsItsOwnNormalForm() {
        for (char c = '\u4E00'; c < '\u9FFF'; c++) {
            String pair = new String(new char[] {c, (char) (c + 1)});
            assertEquals(pair, TextNormalizer.word(pair, 0, 2), Integer.toHexString(c));
        }
    }
}
