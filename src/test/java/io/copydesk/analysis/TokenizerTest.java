package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Contract every tokenizer passes: offsets in bounds and pointing at the token, words only, odd input survives. */
class TokenizerTest {
    private static List<String> terms(TokenizerKind kind, String text) {
        TokenList t = new TokenList();
        new OpenNlpTokenizer(kind).tokenize(text, 0, text.length(), t);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(t.term(i));
        return out;
    }

    @Test
    void bothTokenizersGiveNormalizedWords() {
        String text = "The Bank's governor said: \u201CRates stay at 4.25%.\u201D Markets rose. Prices fell in Z\u00FCrich.";
        for (TokenizerKind kind : TokenizerKind.values()) {
            List<String> terms = terms(kind, text);
            assertTrue(terms.contains("governor") && terms.contains("markets") && terms.contains("z\u00FCrich"), kind + ": " + terms);
            assertFalse(terms.contains(":") || terms.contains("."), kind + " keeps punctuation: " + terms);
            assertTrue(terms.stream().allMatch(s -> s.equals(s.toLowerCase(java.util.Locale.ROOT))));
        }
    }

    @Test
    void learnableTokenizerSplitsSentencesFirst() {
        OpenNlpTokenizer t = new OpenNlpTokenizer(TokenizerKind.learnable);
        String text = "Rescuers searched the rubble. The death toll rose to 27 on Wednesday.";
        int[][] sentences = t.sentences(text, 0, text.length());
        assertEquals(2, sentences.length);
        assertEquals("The death toll rose to 27 on Wednesday.", text.substring(sentences[1][0], sentences[1][1]));
    }

    @Test
    void offsetsStayInBoundsOnRandomUnicode() {
        Random r = new Random(Long.getLong("copydesk.seed", 12345L));
        int[][] ranges = {{0x20, 0x7E}, {0x300, 0x36F}, {0x590, 0x6FF}, {0x4E00, 0x4FFF}, {0x1F300, 0x1F64F}};
        for (TokenizerKind kind : TokenizerKind.values()) {
            OpenNlpTokenizer tok = new OpenNlpTokenizer(kind);
            for (int n = 0; n < 200; n++) {
                StringBuilder sb = new StringBuilder();
                int len = r.nextInt(120);
                for (int i = 0; i < len; i++) {
                    int[] range = ranges[r.nextInt(ranges.length)];
                    sb.appendCodePoint(r.nextInt(5) == 0 ? ' ' : range[0] + r.nextInt(range[1] - range[0] + 1));
                }
                String s = sb.toString();
                TokenList t = new TokenList();
                tok.tokenize(s, 0, s.length(), t);
                for (int i = 0; i < t.size(); i++) {
                    assertTrue(t.start(i) >= 0 && t.start(i) < t.end(i) && t.end(i) <= s.length(), kind + " offsets out of bounds");
                    assertTrue(TextNormalizer.isWord(t.term(i)), kind + " emitted a non-word: " + t.term(i));
                }
            }
        }
    }

    @Test
    void fastWordPathAgreesWithTheGeneralNormalizer() {
        java.util.Random r = new java.util.Random(9);
        String alphabet = "aZ9-'.,!\u00e9\u2019\u201C\uFB01 xQ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, len = 1 + r.nextInt(8); i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String t = sb.toString();
            String expected = TextNormalizer.isWord(t) ? TextNormalizer.normalize(t) : null;
            assertEquals(expected, TextNormalizer.word("<" + t + ">", 1, t.length() + 1), t);
        }
    }

    /** Arabic and Hebrew words are one term with or without their optional marks; the letters and punctuation stay. */
    @Test
    void optionalArabicAndHebrewMarksAreLeftOutOfTerms() {
        String[][] same = {
            {"\u0642\u064e\u0627\u0644\u064e", "\u0642\u0627\u0644"},                          // with fatha twice: "said"
            {"\u0627\u0644\u062a\u0651\u064e\u0639\u064e\u0627\u0648\u064f\u0646", "\u0627\u0644\u062a\u0639\u0627\u0648\u0646"}, // shadda, fatha, damma
            {"\u0627\u0644\u062e\u0640\u0627\u0631\u062c\u0640\u064a\u0640\u0629", "\u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629"}, // tatweel
            {"\u05e9\u05c1\u05b8\u05dc\u05d5\u05b9\u05dd", "\u05e9\u05dc\u05d5\u05dd"}};                // niqqud and the shin dot
        for (String[] pair : same) {
            assertEquals(TextNormalizer.normalize(pair[1]), TextNormalizer.normalize(pair[0]), pair[0]);
            assertEquals(pair[1], TextNormalizer.word(pair[0], 0, pair[0].length()), pair[0]);
        }
        assertNull(TextNormalizer.word("\u0640\u064e\u0640", 0, 3), "tatweel and a haraka alone are no word");
        assertEquals("\u05d0\u05be\u05d1", TextNormalizer.normalize("\u05d0\u05be\u05d1"), "the maqaf, punctuation, stays");
        assertEquals("\u06f1\u06f2", TextNormalizer.normalize("\u06f1\u06f2"), "Persian digits stay");
        for (char c = '\u0591'; c <= '\u06FF'; c++) {
            boolean letterOrDigit = Character.isLetterOrDigit(c) && c != '\u0640';
            if (letterOrDigit) assertFalse(TextNormalizer.isOptionalMark(c), "a letter or digit is kept: " + (int) c);
        }
    }

    @Test
    void veryLongTokensAndLargeInputWork() {
        String big = ("word".repeat(50_000) + " ").repeat(4) + "end.";
        assertEquals(5, terms(TokenizerKind.simple, big).size());
    }
}
