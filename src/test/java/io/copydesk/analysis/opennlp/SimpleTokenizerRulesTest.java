package io.copydesk.analysis.opennlp;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.Ideographs;
import io.copydesk.analysis.TextNormalizer;
import io.copydesk.analysis.TokenList;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.document.ArticleRecord;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.internal.Chars;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP is the tokenizer of record: the rule-based tokenizer copydesk runs must give exactly the
 * tokens (terms and offsets) of OpenNLP's {@link SimpleTokenizer}, a token of combining marks joined to the letters
 * before it (and the letters after it), runs of Chinese and Japanese split into pairs of chars and runs of Thai into
 * words ({@link Ideographs}), followed by {@link TextNormalizer#word}, and token hashes equal to hashing those terms, on
 * news-like, corpus and hostile Unicode text.
 */
class SimpleTokenizerRulesTest {
    private static final long SEED = 0x5EEDL;

    /**
     * What OpenNLP's own tokenizer gives for {@code text[from, to)}, as "term@start-end" strings, each token's
     * runs of ideographs then split into their pairs of chars (every other piece of it a token as it is).
     */
    private static List<String> reference(String text, int from, int to) {
        String part = text.substring(from, to);
        List<String> out = new ArrayList<>();
        List<int[]> tokens = new ArrayList<>(); // OpenNLP's, marks joined to the letters before them
        for (Span s : SimpleTokenizer.INSTANCE.tokenizePos(part)) {
            int[] last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            boolean joins = last != null && last[1] == s.getStart() && Character.isAlphabetic(part.charAt(last[0]))
                    && (marksOnly(part, s.getStart(), s.getEnd()) || marksOnly(part, last[1] - 1, last[1]) && Character.isAlphabetic(part.charAt(s.getStart())));
            if (joins) last[1] = s.getEnd();
            else tokens.add(new int[] {s.getStart(), s.getEnd()});
        }
        for (int[] s : tokens) {
            List<int[]> pieces = new ArrayList<>(); // runs of chars of one kind: ideographic (1), Thai (2) or neither (0)
            for (int i = s[0]; i < s[1]; i++) {
                int script = Chars.isIdeographic(part.charAt(i)) ? 1 : isThai(part.charAt(i)) ? 2 : 0;
                int[] last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                if (last != null && last[2] == script) last[1] = i + 1;
                else pieces.add(new int[] {i, i + 1, script});
            }
            for (int[] p : pieces) {
                if (p[2] == 0) {
                    add(out, part, from, p[0], p[1]);
                    continue;
                }
                if (p[2] == 2) { // the JDK's Thai dictionary's words, 200 chars at most at a time
                    java.text.BreakIterator words = java.text.BreakIterator.getWordInstance(java.util.Locale.forLanguageTag("th"));
                    for (int w = p[0]; w < p[1]; ) {
                        int wEnd = Math.min(p[1], w + 200);
                        words.setText(part.substring(w, wEnd));
                        List<int[]> found = new ArrayList<>();
                        for (int a = words.first(), b = words.next(); b != java.text.BreakIterator.DONE; a = b, b = words.next()) found.add(new int[] {a, b});
                        if (wEnd < p[1] && found.size() > 1) found.remove(found.size() - 1); // maybe cut: the next window's
                        for (int[] f : found) add(out, part, from, w + f[0], w + f[1]);
                        w += found.get(found.size() - 1)[1];
                    }
                    continue;
                }
                List<Integer> starts = new ArrayList<>(); // of the run's chars, a half-width voicing mark part of the kana before it
                for (int i = p[0]; i < p[1]; i++) {
                    if (i == p[0] || part.charAt(i) != '\uFF9E' && part.charAt(i) != '\uFF9F') starts.add(i);
                }
                starts.add(p[1]);
                if (starts.size() == 2) add(out, part, from, p[0], p[1]);
                else for (int k = 0; k + 2 < starts.size(); k++) add(out, part, from, starts.get(k), starts.get(k + 2));
            }
        }
        return out;
    }

    /** Whether {@code part[start, end)} is all combining marks that are not alphabetic (OpenNLP's "other" chars). */
    private static boolean marksOnly(String part, int start, int end) {
        for (int i = start; i < end; i++) {
            int t = Character.getType(part.charAt(i));
            boolean mark = t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
            if (!mark || Character.isAlphabetic(part.charAt(i)) || unsegmented(part.charAt(i))) return false;
        }
        return true;
    }

    /** Lao, Myanmar and Khmer and their extension blocks, whose marks are not joined (written out here). */
    private static boolean unsegmented(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.LAO || b == Character.UnicodeBlock.MYANMAR || b == Character.UnicodeBlock.KHMER
                || b == Character.UnicodeBlock.KHMER_SYMBOLS || b == Character.UnicodeBlock.MYANMAR_EXTENDED_A
                || b == Character.UnicodeBlock.MYANMAR_EXTENDED_B;
    }

    /** Thai's letters, vowels and tone marks: the blocks U+0E01-U+0E3A and U+0E40-U+0E4E, written out here. */
    private static boolean isThai(char c) {
        return (c >= 0x0E01 && c <= 0x0E3A) || (c >= 0x0E40 && c <= 0x0E4E);
    }

    private static void add(List<String> out, String part, int from, int start, int end) {
        String term = TextNormalizer.word(part, start, end);
        if (term != null) out.add(term + "@" + (from + start) + "-" + (from + end));
    }

    /** Our tokens of {@code text[from, to)}, read from the chars alone or also from the text's ISO-8859-1 bytes (the fast path). */
    private static List<String> ours(String text, int from, int to, boolean withBytes) {
        TokenList t = new TokenList();
        OpenNlpTokenizer tokenizer = new OpenNlpTokenizer(TokenizerKind.simple);
        if (withBytes) tokenizer.tokenize(text, latin1(text), from, to, t);
        else tokenizer.tokenize(text, from, to, t);
        List<String> out = new ArrayList<>();
        long[] hashes = t.hashes(SEED); // first, while ASCII terms are still ranges of the text
        for (int i = 0; i < t.size(); i++) {
            String term = t.term(i);
            assertEquals(io.copydesk.analysis.TokenList.hash(term, SEED), hashes[i], "hash of " + term);
            out.add(term + "@" + t.start(i) + "-" + t.end(i));
        }
        return out;
    }

    /** The bytes the cleaning pass hands the tokenizer: ISO-8859-1, null where a surrogate pair shrank them. */
    private static byte[] latin1(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return b.length == text.length() ? b : null;
    }

    private static void same(String text) {
        for (boolean withBytes : new boolean[] {false, true}) {
            assertEquals(reference(text, 0, text.length()), ours(text, 0, text.length(), withBytes), "bytes " + withBytes);
            if (text.length() > 2) {
                int from = text.length() / 3, to = text.length() - 1;
                assertEquals(reference(text, from, to), ours(text, from, to, withBytes), "inner range, bytes " + withBytes);
            }
        }
    }

    private static final String[] PIECES = {" ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2009", "\u3000", "\u001C", ".", "...", "--", "-.",
        ",", "'", "\u2019", "\u201C", "\u201D", "\u2014", "(", ")", "$", "%", "&amp;", "Mr.", "U.S.", "don't", "3.5", "1,200", "2024-03-12",
        "\u00C9lys\u00E9e", "Z\u00FCrich", "na\u00EFve", "\uFB01nance", "e\u0301", "\u0661\u0662", "\u0967", "\uFF11\uFF12", "\u4E2D\u6587",
        // Chinese and Japanese: one ideograph, kana with the long-vowel mark, half-width katakana, the repetition mark, a
        // numeral ideograph that is no letter; Korean keeps its words
        "\u65E5", "\u30B3\u30FC\u30D2\u30FC", "\uFF76\uFF9E\uFF72", "\uFF9E\uFF76", "\u4EBA\u3005", "\u3007", "\uD55C\uAD6D\uC5B4",
        "\uD83D\uDE00", "\uD83D", "\uDE00", "\u200B", "\u00AA", "\u2160", "ABC", "abc", "Abc123", "x", "I",
        // for the byte path: '?' (also what a char beyond Latin-1 becomes), chars whose low byte is ASCII, runs longer than eight
        "?", "??", "a?b", "\u0141", "\u0100", "\u0161", "\u00E9t\u00E9", "x\u00B2", "Ab\u2019s", "\u00A0", "\u0085",
        "Internationalization", "12345678901234567", "abcdefgh", "ABCDEFGHI", "2024\u00B9", "[@`{", "//", "__",
        // marks that are not alphabetic: Devanagari's virama and nukta, Tamil's pulli, Khmer's coeng, Thai's tone marks;
        // after letters, digits, a sign, alone, twice; Thai words and phrases
        "\u0939\u093F\u0928\u094D\u0926\u0940", "\u092A\u094D\u0930\u0927\u093E\u0928", "\u0915\u093C", "\u094D", "\u094D\u094D",
        "\u0BA4\u0BAE\u0BBF\u0BB4\u0BCD", "\u1781\u17D2\u1798\u17C2\u179A", "1\u0301", "-\u0301", "\u0301\u0301", "a\u0301\u0302b",
        "\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A\u0E1C\u0E25\u0E01\u0E23\u0E30\u0E17\u0E1A", "\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22",
        "\u0E19\u0E49\u0E33\u0E17\u0E48\u0E27\u0E21", "\u0E48", "\u0E51\u0E52", "\u0E3F", "\u0E46", "ab\u0E01\u0E32",
        // Lao and Burmese, cut at their marks as OpenNLP cuts them
        "\u0EA5\u0EB2\u0EA7\u0EC8\u0EB2", "\u1019\u103C\u1014\u103A\u1019\u102C", "\u1000\u1039\u1000"};

    @Test
    void sameTokensAsOpenNlpOnHostileText() {
        Trials.run("simple-tokenizer-pieces", 3000, r -> Texts.pieces(r, 40, q -> Texts.oneOf(q, PIECES), q -> Texts.letters(q, 9)),
                SimpleTokenizerRulesTest::same);
        Trials.run("simple-tokenizer-any", 2000, r -> Texts.anyChars(r, 80), SimpleTokenizerRulesTest::same);
        // every ASCII byte in every place of the eight-byte reads, with now and then a char whose ISO-8859-1 byte is not itself
        Trials.run("simple-tokenizer-ascii", 3000, r -> {
            char[] c = new char[r.nextInt(60)];
            for (int i = 0; i < c.length; i++) {
                int roll = r.nextInt(20);
                c[i] = roll == 0 ? (char) (0x80 + r.nextInt(0x200)) : roll < 8 ? (char) ('a' + r.nextInt(26)) : roll < 10 ? (char) ('0' + r.nextInt(10))
                        : roll < 12 ? ' ' : (char) r.nextInt(128);
            }
            return new String(c);
        }, SimpleTokenizerRulesTest::same);
    }

    @Test
    void sameTokensAsOpenNlpOnGeneratedNews() {
        Random r = new Random(Trials.SEED);
        for (GeneratedArticle a : new NewsGenerator(GeneratorConfig.of(300).withSeed(r.nextLong())).stream().toList()) {
            same(a.toArticle().text());
            same(a.toArticle().title());
            same(a.toArticle().text().replace('e', '\u00E9').replace('t', '\u0163')); // words that leave ASCII at every place
        }
    }

    @Test
    void sameTokensAsOpenNlpOnTheCorpus() throws Exception {
        assertTrue(Files.isDirectory(Path.of("corpus")), "run from the project root");
        int articles = 0;
        try (InputSet in = InputSet.of(List.of("corpus")); RecordStream s = in.open(ReadProblems.silent())) {
            for (ArticleRecord rec; (rec = s.next()) != null; articles++) {
                same(rec.article().text());
                if (rec.article().title() != null) same(rec.article().title());
            }
        }
        assertTrue(articles > 50, "corpus read: " + articles);
    }

    @Test
    void termsOfTwoTextsInOneListStayApart() {
        TokenList t = new TokenList();
        OpenNlpTokenizer tok = new OpenNlpTokenizer(TokenizerKind.simple);
        tok.tokenize("Alpha Beta", 0, 10, t);
        tok.tokenize("Gamma", 0, 5, t);
        assertEquals(List.of("alpha", "beta", "gamma"), List.of(t.term(0), t.term(1), t.term(2)));
        assertEquals(io.copydesk.analysis.TokenList.hash("beta", 1), t.hashes(1)[1]);
    }

    /** The whitespace test written here answers as OpenNLP's for every char. */
    @Test
    void whitespaceIsOpenNlpsOnEveryChar() {
        int spaces = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(opennlp.tools.util.StringUtil.isWhitespace((char) c), SimpleTokenizerRules.isWhitespace((char) c), "char " + c);
            if (SimpleTokenizerRules.isWhitespace((char) c)) spaces++;
        }
        assertTrue(spaces > 20, "whitespace chars: " + spaces);
    }
}
