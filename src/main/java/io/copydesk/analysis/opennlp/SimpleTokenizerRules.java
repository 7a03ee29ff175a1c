package io.copydesk.analysis.opennlp;

import io.copydesk.analysis.TextNormalizer;
import io.copydesk.analysis.TokenList;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's {@link opennlp.tools.tokenize.SimpleTokenizer} rules, run on a range of the text
 * without copying it: characters are whitespace, alphabetic, numeric or other (classified by the
 * same JDK and OpenNLP tests), a token ends where the class changes, and a run of "other"
 * characters is split wherever the character changes. What this adds is speed: no substring,
 * no {@code Span} objects and, for an ASCII word, no string at all until someone asks for it
 * ({@link TokenList#addAscii}). {@code SimpleTokenizerRulesTest} holds it to OpenNLP's tokens on
 * generated, corpus and random Unicode text.
 */
final class SimpleTokenizerRules {
    private static final byte SPACE = 0, ALPHA = 1, DIGIT = 2, OTHER = 3;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) ASCII[c] = classify(c);
    }

    private SimpleTokenizerRules() {}

    private static byte classify(char c) {
        if (StringUtil.isWhitespace(c)) return SPACE;
        if (Character.isAlphabetic(c)) return ALPHA;
        if (Character.isDigit(c)) return DIGIT;
        return OTHER;
    }

    /** Appends the word tokens of {@code text[from, to)} to {@code out}, as OpenNLP's tokens normalized by {@link TextNormalizer#word}. */
    static void tokenize(String text, int from, int to, TokenList out) {
        byte prev = SPACE;
        char prevChar = 0;
        int start = -1;
        boolean ascii = true; // the open token is all ASCII
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            byte kind = c < 128 ? ASCII[c] : classify(c);
            if (prev == SPACE) {
                if (kind != SPACE) { start = i; ascii = true; }
            } else if (kind != prev || (kind == OTHER && c != prevChar)) {
                emit(text, start, i, prev, ascii, out);
                start = i;
                ascii = true;
            }
            if (c >= 128) ascii = false;
            prev = kind;
            prevChar = c;
        }
        if (prev != SPACE) emit(text, start, to, prev, ascii, out);
    }

    private static void emit(String text, int start, int end, byte kind, boolean ascii, TokenList out) {
        if (!ascii) {
            String term = TextNormalizer.word(text, start, end);
            if (term != null) out.add(term, start, end);
        } else if (kind != OTHER) { // ASCII letters only, or digits only: a word; ASCII "other" never is
            out.addAscii(text, start, end);
        }
    }
}
