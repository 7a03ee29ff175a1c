package io.copydesk.analysis;

import static io.copydesk.internal.EightBytes.HIGH;
import static io.copydesk.internal.EightBytes.equalTo;
import static io.copydesk.internal.EightBytes.inRange;

import io.copydesk.internal.CharTable;
import io.copydesk.internal.Chars;
import io.copydesk.internal.EightBytes;
import io.copydesk.document.DoubledLine;
import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongCounter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of a scraped page with the facts boilerplate rules look at: its offsets, a key that
 * ignores case, digits, punctuation and spacing (so "Published: 12 March" and "Published: 3 May"
 * differ only in the month), and its word count (Chinese and Japanese, without spaces, a word every two characters).
 */
final class PageLine {
    private static final long KEY_SEED = 0x6C696E65L; // "line"
    private static final long EXACT_SEED = 0x65786163L; // "exac"
    private final String text;
    private final byte[] bytes; // the text's latin1 bytes, or null
    private final int start;
    private final int end;
    private final int words;
    private final int letters;
    private final int digits;
    private final int capitals;
    private boolean hashed; // key and exactKey computed (on first use: most long lines never need them)
    private long key;
    private long exactKey;
    private String original;
    private String lower;
    private byte doubled; // DoubledLine's answer, once asked: 0 not yet, 1 no, 2 yes

    private PageLine(String text, byte[] bytes, int start, int end, int words, int letters, int digits, int capitals) {
        this.text = text;
        this.bytes = bytes;
        this.start = start;
        this.end = end;
        this.words = words;
        this.letters = letters;
        this.digits = digits;
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
        return split(text, latin1(text), maxWords);
    }

    /** As {@link #split(String, int)}, given the text's {@link #latin1} bytes. */
    static List<PageLine> split(String text, byte[] bytes, int maxWords) {
        List<PageLine> out = new ArrayList<>(16 + text.length() / 128);
        int n = text.length();
        int i = 0;
        int open = -1, openEnd = -1; // a logical line being extended
        while (i < n) {
            int end = newlineAt(text, bytes, i);
            if (end < 0) end = n;
            int s = i, e = end;
            while (s < e && Chars.isWhitespace(text.charAt(s))) s++;
            while (e > s && Chars.isWhitespace(text.charAt(e - 1))) e--;
            if (e == s) { // a blank line ends a paragraph
                if (open >= 0) out.add(of(text, bytes, open, openEnd, maxWords));
                open = -1;
            } else if (open >= 0 && continues(text, openEnd, s)) {
                openEnd = e;
            } else {
                if (open >= 0) out.add(of(text, bytes, open, openEnd, maxWords));
                open = s;
                openEnd = e;
            }
            i = end + 1;
        }
        if (open >= 0) out.add(of(text, bytes, open, openEnd, maxWords));
        return out;
    }

    /**
     * {@code text.indexOf('\n', from)}, eight of the text's {@link #latin1} bytes at a time when given (a
     * byte 0x0A stands for '\n' only): C1, which runs inputs under 1 GiB, compiles String.indexOf
     * as a loop over chars.
     */
    static int newlineAt(String text, byte[] bytes, int from) {
        if (bytes == null) return text.indexOf('\n', from);
        int i = EightBytes.indexOf(bytes, from, bytes.length, '\n');
        return i < bytes.length ? i : -1;
    }

    private static boolean continues(String text, int prevEnd, int nextStart) {
        char last = text.charAt(prevEnd - 1);
        if (last == '.' || last == '!' || last == '?' || last == ':') return false;
        return PageRules.isLowerCase(text.charAt(nextStart));
    }

    static PageLine of(String text, int start, int end) {
        return of(text, latin1(text), start, end, Integer.MAX_VALUE);
    }

    /**
     * The text's chars as ISO-8859-1 bytes (a copy of a Latin-1 string's own bytes): an ASCII
     * char is its byte, any other char a byte with the high bit set or '?', which the counting
     * pass reads from the text itself. Null where a surrogate pair became one byte (the offsets
     * would not match): then every char is read from the text.
     */
    static byte[] latin1(String text) {
        if (mostlyBeyondLatin1(text)) return null;
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return b.length == text.length() ? b : null;
    }

    /** Chars sampled to tell whether a text is {@linkplain #mostlyBeyondLatin1 mostly beyond Latin-1}. */
    private static final int SAMPLED = 32;

    /**
     * Whether more than a quarter of {@link #SAMPLED} chars spread over {@code text} are beyond Latin-1 (Cyrillic, Greek,
     * Arabic, Chinese text): its bytes would be nearly all '?', which every reader of them reads from the text
     * instead, and making them was 7% of reading Cyrillic text. Null bytes give the same answers everywhere.
     */
    private static boolean mostlyBeyondLatin1(String text) {
        int n = text.length(), beyond = 0;
        if (n < 4 * SAMPLED) return false;
        for (int k = 0; k < SAMPLED; k++) beyond += text.charAt((int) ((long) k * n / SAMPLED)) > 0xFF ? 1 : 0;
        return beyond * 4 > SAMPLED;
    }

    /** Char classes for ASCII: a word char (letter or digit), an apostrophe (keeps a word going: "don't"), a letter, upper case, a digit. */
    private static final int WORD = 1, APOSTROPHE = 2, LETTER = 4, UPPER = 8, DIGIT = 16;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = WORD | LETTER;
            ASCII[c - 32] = WORD | LETTER | UPPER;
        }
        for (char c = '0'; c <= '9'; c++) ASCII[c] = WORD | DIGIT;
        ASCII['\''] = APOSTROPHE;
    }

    private static int charClass(char c) {
        if (c < 128) return ASCII[c];
        int e = CharTable.of(c), upper = CharTable.isUpperCase(e) ? UPPER : 0;
        if (CharTable.isLetter(e)) return WORD | LETTER | upper;
        if (CharTable.isDigit(e)) return WORD | DIGIT | upper;
        return (c == '\u2019' ? APOSTROPHE : 0) | upper;
    }

    /**
     * The line's counts in one pass: eight ASCII chars at a time from {@code bytes} (each char a
     * byte, each class a bit per byte: no branch a char), other chars one by one from the text.
     * The keys are hashed on first use, which most long lines never see. A line of more than
     * {@code maxWords} words gets no letters (no keys) and {@code maxWords + 1} words.
     */
    private static PageLine of(String text, byte[] bytes, int start, int end, int maxWords) {
        int words = 0, letters = 0, digits = 0, capitals = 0;
        long in = 0; // 1 when the char before is inside a word
        int paired = 0; // ideographs in a row before this char
        int i = start;
        while (i < end) {
            if (bytes != null && i + 8 <= end) {
                long w = EightBytes.at(bytes, i);
                if (((w & HIGH) | equalTo(w, '?')) == 0) { // eight ASCII chars, none a '?' (which may stand for a char beyond Latin-1)
                    // per byte, in its high bit: upper case, lower case, digit, apostrophe
                    long upper = inRange(w, 'A', 'Z'), lower = inRange(w, 'a', 'z'), digit = inRange(w, '0', '9');
                    long apostrophe = equalTo(w, '\'');
                    long word = upper | lower | digit;
                    // inside a word: a word char, or an apostrophe right after one (runs of them carry it on)
                    long inside = word;
                    if (apostrophe != 0) { // most eight chars have none
                        inside |= apostrophe & in << 7;
                        long carry = apostrophe & apostrophe << 8;
                        inside |= inside << 8 & apostrophe;
                        inside |= inside << 16 & carry;
                        inside |= inside << 32 & (carry & carry << 16);
                    }
                    // two counts in one multiply: one in bit 0 of each byte, the other in bit 4 (at most 8 each, so no
                    // byte's sum carries); the top byte holds the first count plus 16 times the second
                    int wordsDigits = EightBytes.count2(word & ~(inside << 8 | in << 7), digit);
                    int lettersCapitals = EightBytes.count2(upper | lower, upper);
                    words += wordsDigits & 15;
                    digits += wordsDigits >>> 4;
                    letters += lettersCapitals & 15;
                    capitals += lettersCapitals >>> 4;
                    in = inside >>> 63;
                    paired = 0;
                    i += 8;
                    continue;
                }
            }
            // one by one from the text: eight chars with a non-ASCII char or a '?' among them, or the line's last few
            for (int stop = bytes != null && i + 8 <= end ? i + 8 : end; i < stop; i++) {
                char c = text.charAt(i);
                int t = c < 128 ? ASCII[c] : charClass(c); // the table in place: charClass is too large for C1 to inline
                letters += t >> 2 & 1;
                capitals += t >> 3 & 1;
                digits += t >> 4 & 1;
                if (c >= '\u3005' && Chars.isIdeographic(c)) {
                    // Chinese and Japanese have no spaces: a word every two chars of a run (about their words' mean
                    // length), so that a paragraph is not taken for a three-word label
                    words += ~paired++ & 1;
                    in = 0;
                    continue;
                }
                paired = 0;
                int word = t & WORD;
                words += word & ~(int) in;
                in = word | (t >> 1 & in);
            }
        }
        if (words > maxWords) return new PageLine(text, bytes, start, end, maxWords + 1, 0, 0, -1);
        return new PageLine(text, bytes, start, end, words, letters, digits, capitals);
    }

    /**
     * FNV-1a over the lower-cased letters with one space between words, then avalanched: a key of
     * the normalized line computed without building it. The exact key (digits too) is that hash
     * and a sum over the digits and their places in the normalized line with digits.
     */
    private void hash() {
        hashed = true;
        if (letters == 0) return; // no keys
        long h = KEY_SEED ^ 0xCBF29CE484222325L;
        long digitSum = 0;
        int placed = 0; // chars of the normalized line with digits so far
        boolean inWord = false, pendingSpace = false, anyLetter = false;
        byte[] b = bytes;
        for (int i = start; i < end; i++) {
            // an ASCII char from its byte, its class from the table in place: charClass is too large for C1 to inline
            int c = b != null ? b[i] : -1, t;
            if (c > 0 && c != '?') t = ASCII[c];
            else t = charClass((char) (c = text.charAt(i))); // beyond ASCII, or a '?' that may stand for a char beyond Latin-1
            if ((t & LETTER) != 0) {
                if (pendingSpace) { h = (h ^ ' ') * 0x100000001B3L; placed++; pendingSpace = false; }
                h = (h ^ (c < 128 ? c | 0x20 : CharTable.lower(CharTable.of((char) c)))) * 0x100000001B3L;
                placed++;
                anyLetter = inWord = true;
            } else if ((t & DIGIT) != 0) {
                digitSum += Hash64.mix((long) placed++ << 16 | c);
                inWord = true;
            } else if ((t & APOSTROPHE) == 0) {
                if (inWord && anyLetter) pendingSpace = true;
                inWord = false;
            }
        }
        key = Hash64.mix(h);
        exactKey = Hash64.mix(h, digitSum + EXACT_SEED);
    }

    /** The text the line is in, at {@link #start()} to {@link #end()}. */
    String text() { return text; }
    int start() { return start; }
    int end() { return end; }
    /** Key ignoring digits: furniture such as "Published: 12 March" matches across articles. 0 without letters. */
    long key() {
        if (!hashed) hash();
        return key;
    }
    /**
     * Key with digits: for repeats within one article, where numbers tell lines apart. Only ever
     * compared with other exact keys (its values are not stored): equal for lines equal but for
     * case, punctuation and spacing.
     */
    long exactKey() {
        if (!hashed) hash();
        return exactKey;
    }

    /**
     * Letters and digits of the line, which lines equal but for case, punctuation and spacing
     * share: lines of different shapes have different exact keys, found without hashing.
     */
    long shape() {
        return (long) letters << 32 | digits;
    }

    /**
     * Up to this many lines, {@link #copies} and the line keys find equal keys by comparing each line with
     * the others (an article has tens of lines): no hash table allocated per article.
     */
    static final int FEW_LINES = 32;

    /**
     * For each line with letters, how many lines of {@code lines} with letters have its exact key
     * (itself included; 0 for lines without letters). Only lines that share their shape with
     * another are hashed.
     */
    static int[] copies(List<PageLine> lines) {
        int n = lines.size();
        if (n > FEW_LINES) return copiesCounted(lines);
        long[] shapes = new long[n];
        for (int i = 0; i < n; i++) shapes[i] = lines.get(i).shape();
        int[] copies = new int[n];
        for (int i = 0; i < n; i++) {
            if (!lines.get(i).hasLetters()) continue;
            copies[i]++; // itself
            for (int j = i + 1; j < n; j++) { // a line without letters has another shape than one with
                if (shapes[j] == shapes[i] && lines.get(i).exactKey() == lines.get(j).exactKey()) { copies[i]++; copies[j]++; }
            }
        }
        return copies;
    }

    /** {@link #copies} for many lines: shapes and exact keys counted in hash tables. */
    private static int[] copiesCounted(List<PageLine> lines) {
        int n = lines.size();
        LongCounter shapes = new LongCounter(Math.max(16, n));
        for (PageLine l : lines) if (l.hasLetters()) shapes.add(l.shape());
        LongCounter exact = null;
        int[] copies = new int[n];
        for (int i = 0; i < n; i++) {
            PageLine l = lines.get(i);
            if (!l.hasLetters()) continue;
            if (shapes.get(l.shape()) == 1) { copies[i] = 1; continue; }
            if (exact == null) exact = new LongCounter(Math.max(16, n));
            exact.add(l.exactKey());
            copies[i] = -1; // counted below, once every line with its shape is in
        }
        for (int i = 0; i < n; i++) if (copies[i] < 0) copies[i] = exact.get(lines.get(i).exactKey());
        return copies;
    }

    /** Whether {@code other} has this line's exact key (shapes first: no hashing for most pairs). */
    boolean sameExact(PageLine other) {
        return shape() == other.shape() && exactKey() == other.exactKey();
    }
    int words() { return words; }
    /** The upper-case chars of the line ({@link Character#isUpperCase(char)}), counted in the same pass as the keys. */
    int capitals() { return capitals; }

    /** The whole text's {@link #latin1} bytes (the line is bytes[start(), end())), or null. */
    byte[] bytes() { return bytes; }

    /** Digits in the line (ASCII and other). */
    int digits() {
        return digits;
    }

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
     * once (the link and page rules ask it up to four times) and compared in place.
     */
    boolean doubled() {
        if (doubled == 0) doubled = mayBeDoubled() && DoubledLine.isDoubled(text, start, end) ? (byte) 2 : (byte) 1;
        return doubled == 2;
    }

    /**
     * False where the line's counts tell it is not doubled: a text, blanks and the same text again
     * has twice the words, letters, digits and capitals of its text (blanks count in none), so an
     * odd count rules it out, most lines without a look at their chars. A line cut at its word cap
     * has no counts to tell.
     */
    boolean mayBeDoubled() {
        return capitals < 0 || ((words | letters | digits | capitals) & 1) == 0;
    }

    boolean hasLetters() {
        return letters > 0;
    }
}
