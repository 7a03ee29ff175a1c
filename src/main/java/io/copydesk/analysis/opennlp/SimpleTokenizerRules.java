package io.copydesk.analysis.opennlp;

import static io.copydesk.internal.EightBytes.HIGH;
import static io.copydesk.internal.EightBytes.ONES;
import static io.copydesk.internal.EightBytes.inRange;

import io.copydesk.internal.CharTable;
import io.copydesk.internal.Chars;
import io.copydesk.internal.EightBytes;
import io.copydesk.analysis.Ideographs;
import io.copydesk.analysis.TextNormalizer;
import io.copydesk.analysis.TokenList;

/**
 * OpenNLP's {@link opennlp.tools.tokenize.SimpleTokenizer} rules, run on a range of the text
 * without copying it: characters are whitespace, alphabetic, numeric or other (classified by the
 * same JDK and OpenNLP tests), a token ends where the class changes, and a run of "other"
 * characters is split wherever the character changes. One rule is added: a combining mark that is not
 * alphabetic (Devanagari's virama, Thai's tone marks) goes on with the letters before it, where OpenNLP
 * would cut the word in two at it (हिन्दी, "Hindi", into हिन and दी); not in Lao, Burmese and Khmer, written
 * without spaces, where those cuts are the only ones. What this adds is speed: no substring,
 * no {@code Span} objects and, for an ASCII word, no string at all until someone asks for it
 * ({@link TokenList#addAscii}). {@code SimpleTokenizerRulesTest} holds it to OpenNLP's tokens on
 * generated, corpus and random Unicode text.
 */
final class SimpleTokenizerRules {
    private static final byte SPACE = 0, ALPHA = 1, DIGIT = 2, OTHER = 3; // CharTable.kind answers with the same numbers
    private static final byte[] ASCII = new byte[128];
    private static final long LOW7 = ~HIGH;

    static {
        for (char c = 0; c < 128; c++) ASCII[c] = classify(c);
    }

    private SimpleTokenizerRules() {}

    private static byte classify(char c) {
        if (isWhitespace(c)) return SPACE;
        if (Character.isAlphabetic(c)) return ALPHA;
        if (Character.isDigit(c)) return DIGIT;
        return OTHER;
    }

    /**
     * OpenNLP's whitespace test ({@code StringUtil.isWhitespace}: Java's whitespace or a space
     * separator, so the no-break spaces too), written here: its class starts SLF4J when loaded,
     * which took a reading thread 10-20 ms of a 1.2 s run (service look-up, classes from the jar).
     */
    static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * Appends the word tokens of {@code text[from, to)} to {@code out}: OpenNLP's tokens normalized by {@link TextNormalizer#word},
     * runs of Chinese or Japanese split into pairs ({@link Ideographs}).
     */
    static void tokenize(String text, int from, int to, TokenList out) {
        charByChar(text, from, to, out);
    }

    /**
     * As {@link #tokenize(String, int, int, TokenList)}, reading the text's ISO-8859-1 bytes
     * {@code latin1} (one per char; null: none) where they tell: a byte below 0x80 other than '?'
     * is that ASCII char, any other byte (a char beyond ASCII, or '?', which also stands for a
     * char beyond Latin-1) sends the token it starts or ends to the char-by-char rules. A token
     * boundary depends only on the two chars around it, so the fast path, which starts at a
     * boundary and stops at the next, finds the same tokens.
     */
    static void tokenize(String text, byte[] latin1, int from, int to, TokenList out) {
        if (latin1 == null) {
            charByChar(text, from, to, out);
            return;
        }
        int i = from;
        while (i < to) {
            int c = latin1[i];
            if (c < 0 || c == '?') { // beyond ASCII, or maybe: one token (or space) by the char rules
                i = oneToken(text, i, to, out);
                continue;
            }
            byte kind = ASCII[c];
            if (kind == SPACE) {
                i++;
            } else if (kind == OTHER) { // a run of the same ASCII char: one token, never a word
                do i++; while (i < to && latin1[i] == c);
            } else {
                boolean letters = kind == ALPHA;
                int end;
                long head = 0; // the word's bytes when it has at most eight, read here once for its hash (TokenList.addAscii)
                if (i + 8 <= latin1.length) { // runEnd's first step written out (C1 inlines no method its size), keeping the bytes
                    long w = EightBytes.at(latin1, i);
                    long x = letters ? (w | ONES * 0x20) & LOW7 : w & LOW7;
                    long out8 = ~((letters ? inRange(x, 'a', 'z') : inRange(x, '0', '9')) & ~w) & HIGH;
                    end = out8 != 0 ? Math.min(to, i + EightBytes.first(out8)) : i + 8 >= to ? to : runEnd(latin1, i + 8, to, letters);
                    if (end - i <= 8) head = w & -1L >>> (64 - (end - i << 3)); // the word's bytes, those after it cleared
                } else {
                    end = runEnd(latin1, i, to, letters);
                }
                if (end < to && (latin1[end] < 0 || latin1[end] == '?')) { // the token may go on beyond ASCII
                    i = oneToken(text, i, to, out);
                } else {
                    out.addAscii(text, latin1, i, end, head);
                    i = end < to && latin1[end] == ' ' ? end + 1 : end; // the space after a word: no turn of the loop of its own
                }
            }
        }
    }

    /**
     * The end of the run of ASCII letters (or digits) starting at {@code i}, at most {@code to}:
     * eight bytes at a time, each byte's test in its high bit.
     */
    private static int runEnd(byte[] b, int i, int to, boolean letters) {
        while (i + 8 <= b.length) {
            long w = EightBytes.at(b, i);
            long x = letters ? (w | ONES * 0x20) & LOW7 : w & LOW7; // letters: case folded; high bits cleared, so the sums below carry nowhere
            long in = letters ? inRange(x, 'a', 'z') : inRange(x, '0', '9');
            long out = ~(in & ~w) & HIGH; // a byte that is not in the run (a byte from 0x80 never is)
            if (out != 0) return Math.min(to, i + EightBytes.first(out));
            i += 8;
            if (i >= to) return to;
        }
        while (i < to && b[i] >= 0 && ASCII[b[i]] == (letters ? ALPHA : DIGIT)) i++;
        return i;
    }

    /** The token (or whitespace char) at {@code from}, a token boundary, by the char-by-char rules; returns where it ends. */
    private static int oneToken(String text, int from, int to, TokenList out) {
        char first = text.charAt(from);
        int e = first < 128 ? 0 : CharTable.of(first), kind = first < 128 ? ASCII[first] : CharTable.kind(e);
        if (kind == SPACE) return from + 1;
        boolean ascii = first < 128, plain = ascii || isPlain(first, e);
        int i = from + 1;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (ASCII[c] != kind || (kind == OTHER && c != first)) break;
                continue;
            }
            e = CharTable.of(c);
            int k = CharTable.kind(e);
            if (k == OTHER && kind == ALPHA && joinsLetters(c, e)) k = ALPHA;
            if (k != kind || kind == OTHER && c != first) break;
            ascii = false;
            plain &= isPlain(c, e);
        }
        emit(text, from, i, kind, ascii, plain, out);
        return i;
    }

    /**
     * Whether the char beyond ASCII {@code c} (its {@link CharTable} entry {@code e}) may be in a word added as its range
     * ({@link TokenList#addPlain}): plain, and no Chinese or Japanese char, whose runs are split into pairs, and no Thai
     * one, whose runs are split into words ({@link Ideographs}).
     */
    private static boolean isPlain(char c, int e) {
        return CharTable.isPlain(e) && (c < '\u0E01' || !Chars.isThai(c) && (c < '\u3005' || !Chars.isIdeographic(c)));
    }

    /**
     * Whether {@code c} (its entry {@code e}), an "other" char, goes on with the letters before it: a combining mark,
     * but for those of Lao, Burmese and Khmer ({@link Chars#isUnsegmented}).
     */
    private static boolean joinsLetters(char c, int e) {
        return CharTable.isMark(e) && !Chars.isUnsegmented(c);
    }

    private static void charByChar(String text, int from, int to, TokenList out) {
        int prev = SPACE;
        char prevChar = 0;
        int start = -1;
        boolean ascii = true, plain = true; // the open token is all ASCII; its chars beyond ASCII are all plain
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int e = c < 128 ? 0 : CharTable.of(c), kind = c < 128 ? ASCII[c] : CharTable.kind(e);
            if (kind == OTHER && prev == ALPHA && joinsLetters(c, e)) kind = ALPHA;
            if (prev == SPACE) {
                if (kind != SPACE) { start = i; ascii = plain = true; }
            } else if (kind != prev || (kind == OTHER && c != prevChar)) {
                emit(text, start, i, prev, ascii, plain, out);
                start = i;
                ascii = plain = true;
            }
            if (c >= 128) {
                ascii = false;
                plain &= isPlain(c, e);
            }
            prev = kind;
            prevChar = c;
        }
        if (prev != SPACE) emit(text, start, to, prev, ascii, plain, out);
    }

    /** Adds the token {@code text[start, end)} if a word: ASCII, {@code plain} beyond ASCII ({@link #isPlain}), or else. */
    private static void emit(String text, int start, int end, int kind, boolean ascii, boolean plain, TokenList out) {
        if (!ascii) {
            if (plain) out.addPlain(text, start, end); // letters or digits (a plain char is one): a word
            else Ideographs.addToken(text, start, end, out);
        } else if (kind != OTHER) { // ASCII letters only, or digits only: a word; ASCII "other" never is
            out.addAscii(text, start, end);
        }
    }
}
