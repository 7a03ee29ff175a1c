package io.copydesk.analysis;

import io.copydesk.hash.Hash64;
import io.copydesk.internal.CharTable;
import io.copydesk.internal.Utf8;
import java.util.Arrays;

/**
 * Normalized word tokens with their offsets in the original text; a growable, reusable buffer.
 * An ASCII word is kept as its range of the text ({@link #addAscii}), as is a word of other plain
 * letters ({@link #addPlain}: Cyrillic, Greek, accented Latin), and becomes a string only when
 * {@link #term} asks for it: duplicate detection hashes tokens ({@link #hashes}) and never does.
 *
 * <p>A list reused after {@link #clear} hashes its tokens as they are added, with the seed it was
 * first asked for hashes with: a reading thread's list is filled and hashed once an article, and a
 * token's hash made when the tokenizer has just read it costs no second pass over the tokens.
 */
public final class TokenList {
    private String[] terms; // null: lower-cased text[starts[i], ends[i]) of an ASCII word (or a plain one), not built yet
    private boolean[] plain; // plain[i]: that word's term is each char's lower case by CharTable (addPlain; null: none yet)
    private int plainUpTo; // plain[plainUpTo..] are all false
    private byte[] utf8 = new byte[0]; // a plain word's term in UTF-8, to hash it without a string
    private int[] starts;
    private int[] ends;
    private int size;
    private int built; // terms[built..] are all null: what clear() has to reset
    private long[] heads; // an ASCII word's chars when it has at most eight and the tokenizer read them (else 0); null: none yet
    private int headsUpTo; // heads[headsUpTo..] are all 0
    private String text; // the text the ASCII ranges are in
    private byte[] latin1; // its ISO-8859-1 bytes, when the tokenizer had them (else null)
    private long seed; // the seed of the first hashes asked for...
    private boolean seeded; // ...once there was one
    private long[] hashed; // when hashing: hashed[i] is token i's hash with seed, made as it was added (else null)

    /** An empty list. */
    public TokenList() {
        this(64);
    }

    /** A list with room for {@code capacity} tokens before it grows. */
    public TokenList(int capacity) {
        int n = Math.max(8, capacity);
        terms = new String[n];
        starts = new int[n];
        ends = new int[n];
    }

    /** Room for about the tokens of {@code chars} characters of prose (about one per five), so the arrays seldom grow. */
    public static TokenList forChars(int chars) {
        return new TokenList(16 + chars / 5);
    }

    public void add(String term, int start, int end) {
        append(term, start, end);
    }

    /**
     * Adds the ASCII word {@code text[start, end)} (letters and digits only); its term is the range
     * in lower case, built on demand.
     */
    public void addAscii(String text, int start, int end) {
        addAscii(text, null, start, end);
    }

    /**
     * As {@link #addAscii(String, int, int)}, with the text's ISO-8859-1 bytes ({@code
     * text.getBytes(ISO_8859_1)}, or null), which {@link #hashes} then reads instead of copying
     * the text's chars.
     */
    public void addAscii(String text, byte[] latin1, int start, int end) {
        addAscii(text, latin1, start, end, 0);
    }

    /**
     * As {@link #addAscii(String, byte[], int, int)}, with the word's bytes as a tokenizer read them
     * ({@code head}: the chars of a word of at most eight, the first in the lowest byte, the rest
     * zero; or 0 when not read): {@link #hashes} then reads no bytes for it.
     */
    public void addAscii(String text, byte[] latin1, int start, int end, long head) {
        if (this.text != text || (latin1 != null && this.latin1 != latin1)) setText(text, latin1);
        int i = size;
        if (i == starts.length) grow();
        starts[i] = start; // terms[i] is null already (see built)
        ends[i] = end;
        if (hashed != null) {
            hashed[i] = tagged(head != 0 ? Hash64.hashLowerAsciiWord(head, end - start, seed)
                    : latin1 != null ? Hash64.hashLowerAscii(latin1, start, end, seed) : Hash64.hashLowerAscii(text, start, end, seed),
                    text.charAt(start));
        } else if (head != 0) {
            long[] h = heads;
            if (h != null && i < h.length) h[i] = head;
            else addHead(i, head);
            headsUpTo = i + 1;
        }
        size = i + 1;
    }

    /**
     * Adds the word {@code text[start, end)} whose term ({@link TextNormalizer#word} of it) is each char's lower case
     * (the caller's promise: {@link TextNormalizer#isPlainWord}), built on demand.
     */
    public void addPlain(String text, int start, int end) {
        if (this.text != text) setText(text, null);
        int i = size;
        if (i == starts.length) grow();
        starts[i] = start; // terms[i] is null already (see built)
        ends[i] = end;
        if (hashed != null) hashed[i] = tagged(hashPlain(text, start, end, seed), text.charAt(start));
        if (plain == null || plain.length <= i) plain = plain == null ? new boolean[starts.length] : Arrays.copyOf(plain, starts.length);
        plain[i] = true;
        plainUpTo = i + 1;
        size = i + 1;
    }

    private boolean isPlain(int i) {
        return i < plainUpTo && plain[i];
    }

    /** {@code Hash64.hash} of the plain word {@code text[start, end)}'s term, from its chars' lower case in UTF-8. */
    private long hashPlain(String text, int start, int end, long seed) {
        if (utf8.length < 3 * (end - start)) utf8 = new byte[Math.max(3 * (end - start), 2 * utf8.length)];
        byte[] b = utf8;
        int n = 0;
        for (int i = start; i < end; i++) { // a plain char's or a mark's lower case is in the BMP and no surrogate
            char c = CharTable.lower(CharTable.of(text.charAt(i)));
            int code = Utf8.bytes(c);
            for (int s = Utf8.length(c) - 1; s >= 0; s--) b[n++] = (byte) (code >>> 8 * s);
        }
        return Hash64.hash(b, 0, n, seed);
    }

    private void setText(String text, byte[] latin1) {
        if (this.text != text) {
            if (this.text != null) for (int i = 0; i < size; i++) term(i); // ranges of an earlier text become strings
            this.text = text;
        }
        this.latin1 = latin1;
    }

    private void addHead(int i, long head) {
        heads = heads == null ? new long[starts.length] : Arrays.copyOf(heads, starts.length);
        heads[i] = head;
    }

    private void append(String term, int start, int end) {
        if (size == starts.length) grow();
        if (hashed != null) hashed[size] = hash(term, seed);
        if (term != null) { // terms[size] is null already (see built)
            terms[size] = term;
            built = size + 1;
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    private void grow() {
        int cap = size * 2;
        terms = Arrays.copyOf(terms, cap);
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
        if (heads != null) heads = Arrays.copyOf(heads, cap);
        if (plain != null) plain = Arrays.copyOf(plain, cap);
        if (hashed != null) hashed = Arrays.copyOf(hashed, cap);
    }

    public int size() { return size; }
    public int start(int i) { return starts[i]; }
    public int end(int i) { return ends[i]; }

    public String term(int i) {
        String t = terms[i];
        if (t == null) {
            terms[i] = t = isPlain(i) ? TextNormalizer.lowerByChar(text, starts[i], ends[i]) : lowerAscii(text, starts[i], ends[i]);
            built = Math.max(built, i + 1);
        }
        return t;
    }

    /**
     * A token's hash as shingles take it: {@code Hash64.hash(term, seed)} with its lowest bit telling
     * whether the token is a figure (its first char a digit), so that a shingle can tell it holds one
     * ({@link Shingler}, {@link ShingleSet#holdsFigure}).
     */
    public static long hash(String term, long seed) {
        return tagged(Hash64.hash(term, seed), term.isEmpty() ? ' ' : term.charAt(0));
    }

    /** {@code hash} with its lowest bit set when {@code first}, a token's first char, is a digit, else cleared. */
    private static long tagged(long hash, char first) {
        boolean figure = first >= '0' && first <= '9' || first >= 0x80 && Character.isDigit(first);
        return hash & ~1L | (figure ? 1 : 0);
    }

    /** {@link #hash(String, long)} of every token's term, in order, computed from the text without building the terms. */
    public long[] hashes(long seed) {
        long[] h = hashes(seed, null);
        return h == hashed ? Arrays.copyOf(h, size) : h;
    }

    /**
     * {@link #hashes(long)} in {@code [0, size())} of the array returned: the list's own when it
     * hashed its tokens as they were added (valid until it changes), else {@code into} when it is
     * long enough (what is past them is left as it was), else a new array of {@code size()}.
     */
    long[] hashes(long seed, long[] into) {
        if (hashed != null && seed == this.seed) return hashed;
        if (!seeded) {
            seeded = true;
            this.seed = seed;
        }
        long[] out = into != null && into != hashed && into.length >= size ? into : new long[size];
        byte[] bytes = null; // the text's bytes, made when the first ASCII range needs them
        for (int i = 0; i < size; i++) {
            String t = terms[i];
            if (t != null) {
                out[i] = hash(t, seed);
            } else if (isPlain(i)) {
                out[i] = tagged(hashPlain(text, starts[i], ends[i], seed), text.charAt(starts[i]));
            } else if (i < headsUpTo && heads[i] != 0) {
                out[i] = tagged(Hash64.hashLowerAsciiWord(heads[i], ends[i] - starts[i], seed), (char) (heads[i] & 0xFF));
            } else {
                if (bytes == null) bytes = latin1 != null ? latin1 : LowBytes.of(text); // either is exact on ASCII ranges
                out[i] = tagged(Hash64.hashLowerAscii(bytes, starts[i], ends[i], seed), (char) (bytes[starts[i]] & 0xFF));
            }
        }
        return out;
    }

    /** {@code term(i).equals(s)}, compared with the text without building the term. */
    private boolean termEquals(int i, String s) {
        String t = terms[i];
        if (t != null) return t.equals(s);
        int start = starts[i], n = ends[i] - start;
        if (s.length() != n) return false;
        for (int k = 0; k < n; k++) if (lowered(i, start + k) != s.charAt(k)) return false;
        return true;
    }

    /** {@code term(i).equals(other.term(j))}, without building either term when both are ranges. */
    public boolean termEquals(int i, TokenList other, int j) {
        String o = other.terms[j];
        if (o != null) return termEquals(i, o);
        String t = terms[i];
        if (t != null) return other.termEquals(j, t);
        int n = ends[i] - starts[i];
        if (other.ends[j] - other.starts[j] != n) return false;
        for (int k = 0; k < n; k++) {
            if (lowered(i, starts[i] + k) != other.lowered(j, other.starts[j] + k)) return false;
        }
        return true;
    }

    /** The char of range {@code i}'s term for its text's char at {@code at}: lower-cased as an ASCII or a plain word is. */
    private char lowered(int i, int at) {
        char c = text.charAt(at);
        return isPlain(i) ? CharTable.lower(CharTable.of(c)) : lowerAscii(c);
    }

    public void clear() {
        if (seeded && hashed == null) hashed = new long[starts.length]; // from now on, tokens are hashed as they are added
        Arrays.fill(terms, 0, built, null); // dedup's ASCII words set no terms: nothing to reset for them
        built = 0;
        if (headsUpTo > 0) Arrays.fill(heads, 0, headsUpTo, 0);
        headsUpTo = 0;
        if (plainUpTo > 0) Arrays.fill(plain, 0, plainUpTo, false);
        plainUpTo = 0;
        size = 0;
        text = null;
        latin1 = null;
    }

    private static String lowerAscii(String text, int start, int end) {
        byte[] b = new byte[end - start];
        for (int i = start; i < end; i++) b[i - start] = (byte) lowerAscii(text.charAt(i));
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
