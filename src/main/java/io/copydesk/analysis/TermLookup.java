package io.copydesk.analysis;

import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongCounter;
import io.copydesk.internal.Utf8;
import java.util.Arrays;

/**
 * {@link TermFilter} with a memo keyed by the token's 64-bit hash ({@link TokenList#hashes}, made
 * from the text eight bytes at a time): a token seen before costs one probe, with no string built,
 * no compare of characters and no stemming. Distinct tokens are told apart by their hashes alone,
 * as shingles are: with at most 65,536 tokens in the memo, two of them share a hash with
 * probability below 2^-33 (it would give one the other's term). Each
 * distinct token and each distinct term gets a small number, dense from 0, so a caller counts in
 * arrays. The numbers hold until {@link #startOverIfFull} forgets them, which the caller does only
 * between texts. Terms are told apart by their {@link #termKey keys}, here as in the vocabulary. Not
 * thread-safe (the stemmer keeps state): one per thread.
 */
public final class TermLookup {
    /** Distinct tokens remembered before {@link #startOverIfFull} starts over (about 100 bytes each). */
    static final int LIMIT = 1 << 16;

    private final TermFilter filter;
    // open addressing, linear probing, two longs a slot (read in one cache line): the token's hash, then its entry,
    // (term number + 1) << 32 | (token number + 1), 0 when the slot is empty; a token seen before then costs one line
    // of the table where a slot, the token's hash and its term number took three arrays' lines
    private long[] table;
    private String[] words = new String[1024]; // token number -> the token
    private int tokens;
    private String[] terms = new String[1024]; // term number -> term
    private long[] prefixes = new long[1024]; // term number -> prefix(term)
    private int[] tokenLanguages = new int[1024]; // token number -> the languages it is a function word of (TermFilter#languages)
    private int[] termLanguages = new int[1024]; // term number -> the other languages it is a function word's term of (TermFilter#termLanguages)
    private int termCount;
    private final LongCounter termNumbers = new LongCounter(2048); // termKey(term) -> its term number + 1 (0: none yet)

    public TermLookup(TermFilter filter) {
        this.filter = filter;
        this.table = new long[2 * 4096];
    }

    /**
     * The entry of token {@code i} of {@code list} (its normalized form), remembering it the first
     * time; {@code hash} is {@code list.hashes(seed)[i]}, with one seed for every call. The entry
     * holds the token's number ({@link #tokenOf}) and its term's ({@link #termOf}).
     */
    public long entry(TokenList list, int i, long hash) {
        long[] t = table;
        int mask = (t.length >> 1) - 1;
        for (int s = slot(hash) & mask; ; s = (s + 1) & mask) {
            long e = t[2 * s + 1];
            if (e == 0) return add(list.term(i), hash, s);
            if (t[2 * s] == hash) return e;
        }
    }

    /** The token number of an {@link #entry}: token number + 1 is its low 32 bits. */
    public static int tokenOf(long entry) {
        return (int) entry - 1;
    }

    /** The term number of an {@link #entry}, or -1 when the token is not indexed: term number + 1 is its high 32 bits. */
    public static int termOf(long entry) {
        return (int) (entry >>> 32) - 1;
    }

    /** The token (normalized, as written) of token number {@code token}. */
    public String word(int token) {
        return words[token];
    }

    /** The term of term number {@code term}. */
    public String term(int term) {
        return terms[term];
    }

    /** {@link #prefix} of the term of term number {@code term}, kept from when the term was first seen. */
    public long termPrefix(int term) {
        return prefixes[term];
    }

    /**
     * The first six bytes of {@code term}'s chars in UTF-8's encoding (each UTF-16 unit on its own, a surrogate too),
     * 0 past its end, as a 48-bit number: in unsigned order, a key that never contradicts {@link String#compareTo} (it
     * may tie), as that encoding keeps the order of the 16-bit units it encodes. Six bytes are six ASCII chars (three
     * of 16 bits tied many terms: "con", "pre", "str") and three of Cyrillic or Greek (a byte a char, each of those
     * capped, tied every such term of an article, and sorting them by their strings was most of counting their terms).
     */
    public static long prefix(String term) {
        long p = 0;
        int bytes = 0;
        for (int k = 0; k < term.length() && bytes < 6; k++) {
            char c = term.charAt(k);
            int code = Utf8.bytes(c);
            for (int s = Utf8.length(c) - 1; s >= 0 && bytes < 6; s--, bytes++) p = p << 8 | code >>> 8 * s & 0xFF;
        }
        return p << 8 * (6 - bytes);
    }

    /**
     * The 64-bit key by which the tables of terms (this memo's, the vocabulary's) tell {@code term} apart from the
     * others, comparing numbers instead of strings: the hash of its UTF-8 bytes. Distinct terms are told apart by
     * their keys alone, as shingles are by their hashes: two of a million terms share a key with probability below
     * 2^-25 (one would be counted as the other).
     */
    public static long termKey(String term) {
        return Hash64.hash(term, TERM_SEED);
    }

    private static final long TERM_SEED = 0x7465726D6B657931L; // "termkey1"

    /** The languages token number {@code token} is a function word of ({@link TermFilter#languages}). */
    public int tokenLanguages(int token) {
        return tokenLanguages[token];
    }

    /** The other languages term number {@code term} is a function word's term of ({@link TermFilter#termLanguages}). */
    public int termLanguages(int term) {
        return termLanguages[term];
    }

    /** Term numbers given out so far: every term number is below this. */
    public int terms() {
        return termCount;
    }

    /** Forgets every token and term once the memo holds 65,536 tokens: call it only between texts. */
    public void startOverIfFull() {
        if (tokens < LIMIT) return;
        Arrays.fill(table, 0);
        Arrays.fill(words, 0, tokens, null);
        Arrays.fill(terms, 0, termCount, null);
        if (termNumbers.size() > 0) termNumbers.clear();
        termCount = 0;
        tokens = 0;
    }

    private long add(String word, long hash, int slot) {
        if (tokens == words.length) {
            words = Arrays.copyOf(words, tokens * 2);
            tokenLanguages = Arrays.copyOf(tokenLanguages, tokens * 2);
        }
        int t = tokens++;
        words[t] = word;
        tokenLanguages[t] = filter.languages(word);
        String term = filter.term(word);
        int n = term == null ? -1 : TermFilter.isOnlyTokenOf(term, word) ? newTerm(term) : termNumber(term);
        long e = (long) (n + 1) << 32 | (t + 1);
        table[2 * slot] = hash;
        table[2 * slot + 1] = e;
        if (tokens * 4 > table.length) rehash(table.length);
        return e;
    }

    private int termNumber(String term) {
        long key = termKey(term);
        int known = termNumbers.get(key);
        if (known != 0) return known - 1;
        int n = newTerm(term);
        termNumbers.add(key, n + 1);
        return n;
    }

    /**
     * The next term number, given to {@code term}: without placing it in the table of terms when its token is the
     * only one that gives it ({@link TermFilter#isOnlyTokenOf}), as every token of Chinese or Japanese text is.
     */
    private int newTerm(String term) {
        int n = termCount++;
        if (n == terms.length) {
            terms = Arrays.copyOf(terms, n * 2);
            prefixes = Arrays.copyOf(prefixes, n * 2);
            termLanguages = Arrays.copyOf(termLanguages, n * 2);
        }
        terms[n] = term;
        prefixes[n] = prefix(term);
        termLanguages[n] = filter.termLanguages(term);
        return n;
    }

    /** Doubles the table to {@code slots} slots, its entries placed again in token order. */
    private void rehash(int slots) {
        long[] old = table;
        long[] hashes = new long[tokens], entries = new long[tokens];
        for (int s = 0; s < old.length; s += 2) {
            long e = old[s + 1];
            if (e == 0) continue;
            int t = (int) e - 1;
            hashes[t] = old[s];
            entries[t] = e;
        }
        table = new long[2 * slots];
        int mask = slots - 1;
        for (int t = 0; t < tokens; t++) {
            int s = slot(hashes[t]) & mask;
            while (table[2 * s + 1] != 0) s = (s + 1) & mask;
            table[2 * s] = hashes[t];
            table[2 * s + 1] = entries[t];
        }
    }

    /** The hash is avalanched: its high bits are as good a slot as any. */
    private static int slot(long hash) {
        return (int) (hash >>> 32);
    }
}
