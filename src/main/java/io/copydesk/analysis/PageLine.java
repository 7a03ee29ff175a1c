package io.copydesk.analysis;

import io.copydesk.document.DoubledLine;
import io.copydesk.hash.Hash64;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of a scraped page with the facts boilerplate rules look at: its offsets, a key that
 * ignores case, digits, punctuation and spacing (so "Published: 12 March" and "Published: 3 May"
 * differ only in the month), and its word count.
 */
final class PageLine {
    private static final long KEY_SEED = 0x6C696E65L; // "line"
    private static final long EXACT_SEED = 0x65786163L; // "exac"
    private final String text;
    private final int start;
    private final int end;
    private final long key;
    private final long exactKey;
    private final int words;
    private final int capitals;
    private String original;
    private String lower;
    private byte doubled; // DoubledLine's answer, once asked: 0 not yet, 1 no, 2 yes

    private PageLine(String text, int start, int end, long key, long exactKey, int words, int capitals) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.key = key;
        this.exactKey = exactKey;
        this.words = words;
        this.capitals = capitals;
    }

    /**
     * Splits {@code text} into its non-blank logical lines (trimmed offsets). Hard-wrapped prose is
     * joined back: a line that does not end a sentence continues when the next one starts in lower case.
     */
    static List<PageLine> split(String text) {
        return split(text, Integer.MAX_VALUE);
    }

    /**
     * As {@link #split(String)}, but a line of more than {@code maxWords} words gets no keys
     * ({@link #hasLetters()} is false and {@link #words()} is {@code maxWords + 1}): counting
     * repeated lines only looks at short ones, and stops reading a long line at its cap.
     */
    static List<PageLine> split(String text, int maxWords) {
        List<PageLine> out = new ArrayList<>(16 + text.length() / 128);
        int n = text.length();
        int i = 0;
        int open = -1, openEnd = -1; // a logical line being extended
        while (i < n) {
            int end = text.indexOf('\n', i);
            if (end < 0) end = n;
            int s = i, e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e == s) { // a blank line ends a paragraph
                if (open >= 0) out.add(of(text, open, openEnd, maxWords));
                open = -1;
            } else if (open >= 0 && continues(text, openEnd, s)) {
                openEnd = e;
            } else {
                if (open >= 0) out.add(of(text, open, openEnd, maxWords));
                open = s;
                openEnd = e;
            }
            i = end + 1;
        }
        if (open >= 0) out.add(of(text, open, openEnd, maxWords));
        return out;
    }

    private static boolean continues(String text, int prevEnd, int nextStart) {
        char last = text.charAt(prevEnd - 1);
        if (last == '.' || last == '!' || last == '?' || last == ':') return false;
        return Character.isLowerCase(text.charAt(nextStart));
    }

    static PageLine of(String text, int start, int end) {
        return of(text, start, end, Integer.MAX_VALUE);
    }

    private static PageLine of(String text, int start, int end, int maxWords) {
        // FNV-1a over the lower-cased letters with one space between words, then avalanched:
        // a key of the normalized line computed without building it. The exact key (digits too)
        // is that hash and a sum over the digits and their places in the normalized line with
        // digits: one multiply chain a char instead of two, and digits are few.
        long h = KEY_SEED ^ 0xCBF29CE484222325L;
        long digits = 0;
        int words = 0, letters = 0, capitals = 0, placed = 0; // placed: chars of the normalized line with digits so far
        boolean inWord = false, pendingSpace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128) { // ASCII without Character's table look-ups
                int lc = c | 0x20;
                if (lc >= 'a' && lc <= 'z') {
                    if (pendingSpace) { h = (h ^ ' ') * 0x100000001B3L; placed++; pendingSpace = false; }
                    h = (h ^ lc) * 0x100000001B3L;
                    capitals += (c >>> 5) & 1 ^ 1; // 'A'-'Z' have bit 5 clear, 'a'-'z' set
                    letters++;
                    placed++;
                    if (!inWord && ++words > maxWords) return capped(text, start, end, words);
                    inWord = true;
                } else if (c >= '0' && c <= '9') {
                    digits += Hash64.mix((long) placed++ << 16 | c);
                    if (!inWord && ++words > maxWords) return capped(text, start, end, words);
                    inWord = true;
                } else if (c != '\'') {
                    if (inWord && letters > 0) pendingSpace = true;
                    inWord = false;
                }
                continue;
            }
            if (Character.isUpperCase(c)) capitals++;
            if (Character.isLetter(c)) {
                if (pendingSpace) { h = (h ^ ' ') * 0x100000001B3L; placed++; pendingSpace = false; }
                h = (h ^ Character.toLowerCase(c)) * 0x100000001B3L;
                letters++;
                placed++;
                if (!inWord && ++words > maxWords) return capped(text, start, end, words);
                inWord = true;
            } else if (Character.isDigit(c)) {
                digits += Hash64.mix((long) placed++ << 16 | c);
                if (!inWord && ++words > maxWords) return capped(text, start, end, words);
                inWord = true;
            } else if (c != '\u2019') { // an apostrophe keeps the word going ("don't")
                if (inWord && letters > 0) pendingSpace = true;
                inWord = false;
            }
        }
        if (letters == 0) return new PageLine(text, start, end, 0L, 0L, words, capitals);
        return new PageLine(text, start, end, Hash64.mix(h), Hash64.mix(h, digits + EXACT_SEED), words, capitals);
    }

    /** A line with more than the cap's words: no keys, and its capitals not counted (the page rules never see it). */
    private static PageLine capped(String text, int start, int end, int words) {
        return new PageLine(text, start, end, 0L, 0L, words, -1);
    }

    int start() { return start; }
    int end() { return end; }
    /** Key ignoring digits: furniture such as "Published: 12 March" matches across articles. */
    long key() { return key; }
    /**
     * Key with digits: for repeats within one article, where numbers tell lines apart. Only ever
     * compared with other exact keys (its values are not stored): equal for lines equal but for
     * case, punctuation and spacing.
     */
    long exactKey() { return exactKey; }
    int words() { return words; }
    /** The upper-case chars of the line ({@link Character#isUpperCase(char)}), counted in the same pass as the keys. */
    int capitals() { return capitals; }

    /** The line as written. */
    String original() {
        if (original == null) original = text.substring(start, end);
        return original;
    }

    /** The line in lower case, for the wording rules (computed on first use). */
    String lower() {
        if (lower == null) lower = original().toLowerCase(Locale.ROOT);
        return lower;
    }

    /**
     * Whether the template printed this line twice ({@link DoubledLine#half} finds a half), asked
     * once: the link and page rules ask it up to four times. A doubled line splits at a blank within
     * three chars of its middle, which most lines have not; only those are copied and compared.
     */
    boolean doubled() {
        if (doubled == 0) doubled = mayBeDoubled() && DoubledLine.half(original()) != null ? (byte) 2 : (byte) 1;
        return doubled == 2;
    }

    /** False when {@link DoubledLine#half} cannot find a half: too short, or no whitespace where its halves would meet. */
    private boolean mayBeDoubled() {
        int n = end - start;
        if (n > 0 && (Character.isWhitespace(text.charAt(start)) || Character.isWhitespace(text.charAt(end - 1)))) return true; // not stripped (split's lines are)
        if (n < DoubledLine.MIN_LENGTH) return false;
        for (int i = Math.max(1, n / 2 - 3); i <= n / 2 + 3 && i < n; i++) {
            if (Character.isWhitespace(text.charAt(start + i))) return true;
        }
        return false;
    }

    boolean hasLetters() {
        return key != 0L;
    }
}
