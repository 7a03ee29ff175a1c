package io.copydesk.tfidf;

import io.copydesk.analysis.TermLookup;
import io.copydesk.fingerprint.ArticleTerms;
import io.copydesk.fingerprint.TermOrder;
import io.copydesk.internal.Parallel;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Assigns term ids while articles are analyzed on several threads. Ids given out during analysis
 * depend on thread timing, so {@link #freeze} renumbers terms in lexical order: the final ids,
 * and so every result, are the same for any thread count. Also counts, for each term (a stem), the
 * words written for it, so labels show its most frequent word ("israel", never the stem "isra").
 * Terms are told apart by their {@link TermLookup#termKey(String) keys}: a look-up compares
 * numbers, not the strings of a term and its word in a table of them, which are seldom in the cache
 * (millions of distinct terms in Chinese or Japanese text, a pair of ideographs each).
 */
public final class TermDictionary {
    /** An empty dictionary. */
    public TermDictionary() {}

    // the ids given out, by key: 2^STRIPE_BITS tables, each locked on its own, chosen by the key's top bits
    private static final int STRIPE_BITS = 6;
    private final Stripe[] stripes = new Stripe[1 << STRIPE_BITS];
    {
        for (int i = 0; i < stripes.length; i++) stripes[i] = new Stripe();
    }
    /**
     * Per thread that counted: each term's provisional id and the words written for it with their
     * occurrences. One table per thread, so the hot loop has no shared map to contend on and finds
     * a term's id and its words with one probe; {@link #freeze} adds them up.
     */
    private final Queue<Part> parts = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Part> part = ThreadLocal.withInitial(() -> {
        Part p = new Part();
        parts.add(p);
        return p;
    });
    private final AtomicInteger next = new AtomicInteger();

    /** Some of the keys with the ids given out for them, and the terms (open addressing, linear probing). */
    private static final class Stripe {
        private long[] keys = new long[64];
        private int[] ids = new int[64]; // id + 1, 0: empty slot
        private String[] terms = new String[64];
        private int size;

        synchronized int id(long key, String term, AtomicInteger next) {
            int mask = keys.length - 1, s = (int) key & mask;
            for (; ids[s] != 0; s = (s + 1) & mask) if (keys[s] == key) return ids[s] - 1;
            int id = next.getAndIncrement();
            keys[s] = key;
            ids[s] = id + 1;
            terms[s] = term;
            if (++size * 2 > keys.length) grow();
            return id;
        }

        /** {@code byId[id] = term} for every id of this stripe; call once the counting threads have finished. */
        synchronized void addTo(String[] byId) {
            for (int s = 0; s < ids.length; s++) if (ids[s] != 0) byId[ids[s] - 1] = terms[s];
        }

        private void grow() {
            long[] k = keys;
            int[] i = ids;
            String[] t = terms;
            keys = new long[2 * k.length];
            ids = new int[2 * k.length];
            terms = new String[2 * k.length];
            int mask = keys.length - 1;
            for (int o = 0; o < k.length; o++) {
                if (i[o] == 0) continue;
                int s = (int) k[o] & mask;
                while (ids[s] != 0) s = (s + 1) & mask;
                keys[s] = k[o];
                ids[s] = i[o];
                terms[s] = t[o];
            }
        }
    }

    /**
     * One thread's counts in an open-addressing table of arrays (no node or entry object to follow per
     * look-up), one slot per (term, word) pair, placed by the term's key: all of a term's pairs lie on
     * the probe path from its place (nothing is removed), so the first of them found gives the term's
     * id, and a term written several ways ("says", "said" for "say") finds each word in a slot of its
     * own instead of swapping words in and out of one. Slot {@code s}: {@code cells[2s]} the term's key,
     * {@code cells[2s + 1]} its id + 1 (high half, never 0 in a taken slot) and the word's count (low
     * half); {@code words[s]} the word, null where it is the term itself (as the same object), so
     * such a pair is found without reading a string.
     */
    static final class Part {
        private long[] cells = new long[2 * 1024];
        private String[] words = new String[1024];
        private int size;
        // the keys of the term strings met last, placed by the strings' own hash codes (which a string keeps once
        // made): where the reading threads' memos keep a term's string article after article (English text), its
        // key is found again instead of hashed again (cluster of 100,000 generated articles: analyzing 0.82 -> 0.79 s,
        // and 0.73 s at the session's start, which compared strings here; interleaved runs); 384 KB
        private final String[] keyedTerms = new String[1 << KEYED_BITS];
        private final long[] keyedKeys = new long[1 << KEYED_BITS];

        int count(TermDictionary dictionary, String term, String word, int n) {
            long key = keyOf(term);
            if (word == term) word = null;
            int mask = words.length - 1, s = slot(key) & mask;
            int idOfTerm = -1;
            for (long c; (c = cells[2 * s + 1]) != 0; s = (s + 1) & mask) {
                if (cells[2 * s] != key) continue;
                String w = words[s];
                if (w == word || w != null && word != null && w.equals(word)) {
                    // An equal string that is another object is kept in its place: a thread resolves the drafts of
                    // every reading thread, whose words are each reader's own objects, and the articles that follow
                    // mostly share this one's reader, so the next look-up takes w == word, not equals.
                    if (w != word) words[s] = word;
                    if ((c & COUNT) + n > COUNT) throw new IllegalStateException("a word counted 2^32 times in one thread");
                    cells[2 * s + 1] = c + n;
                    return (int) (c >>> 32) - 1;
                }
                idOfTerm = (int) (c >>> 32) - 1;
            }
            int id = idOfTerm >= 0 ? idOfTerm : dictionary.id(key, term);
            cells[2 * s] = key;
            cells[2 * s + 1] = (long) (id + 1) << 32 | n;
            words[s] = word;
            if (++size * 2 > words.length) grow(); // at most half the slots taken
            return id;
        }

        private static final long COUNT = 0xFFFFFFFFL;
        private static final int KEYED_BITS = 15;

        /** {@link TermLookup#termKey(String)} of {@code term}. */
        private long keyOf(String term) {
            int k = term.hashCode() * 0x9E3779B9 >>> 32 - KEYED_BITS;
            if (keyedTerms[k] == term) return keyedKeys[k];
            long key = TermLookup.termKey(term);
            keyedTerms[k] = term;
            keyedKeys[k] = key;
            return key;
        }

        /** Adds each term's words and their counts to {@code total}. */
        void addTo(Words total) {
            for (int s = 0; s < words.length; s++) {
                long c = cells[2 * s + 1];
                if (c != 0) total.add((int) (c >>> 32) - 1, words[s], c & COUNT);
            }
        }

        private void grow() {
            long[] cel = cells;
            String[] wor = words;
            cells = new long[2 * cel.length];
            words = new String[2 * wor.length];
            int mask = words.length - 1;
            for (int i = 0; i < wor.length; i++) {
                if (cel[2 * i + 1] == 0) continue;
                int s = slot(cel[2 * i]) & mask;
                while (cells[2 * s + 1] != 0) s = (s + 1) & mask;
                cells[2 * s] = cel[2 * i];
                cells[2 * s + 1] = cel[2 * i + 1];
                words[s] = wor[i];
            }
        }

        /** The key is a hash: its high half is as good a place as any (the stripes take its top bits, a part the low ones of this). */
        private static int slot(long key) {
            return (int) (key >>> 32);
        }
    }

    /** The provisional id of {@code term}, assigning one the first time. Thread-safe. */
    public int id(String term) {
        return id(TermLookup.termKey(term), term);
    }

    /** The provisional id of the term of key {@code key}, {@code term}, assigning one the first time. Thread-safe. */
    private int id(long key, String term) {
        return stripes[(int) (key >>> 64 - STRIPE_BITS)].id(key, term, next);
    }

    /**
     * The provisional id of {@code term}, counting {@code n} occurrences of {@code word} (as
     * written, normalized) for it. Thread-safe; {@link #freeze} sees the counts of threads that
     * finished before it (joined).
     */
    public int count(String term, String word, int n) {
        return part.get().count(this, term, word, n);
    }

    /** This thread's table, for {@link TermCounter} to count an article's terms through with one thread-local look-up. */
    Part part() {
        return part.get();
    }

    /** Between two words seen equally often for a term: the shorter, then the lexically smaller. */
    static String better(String a, String b) {
        return ArticleTerms.better(a, b);
    }

    public int size() {
        return next.get();
    }

    /**
     * Each term's words and their counts summed over the threads' tables: the first word of a term in
     * two arrays, a map only for a term written more than one way (few are), instead of a map per term.
     */
    static final class Words {
        private final String[] termOf;
        private final String[] first;
        private final long[] firstCount;
        private final Map<String, long[]>[] more;

        /** {@code termOf[id]} is the term of provisional id {@code id}. */
        @SuppressWarnings("unchecked")
        Words(String[] termOf) {
            this.termOf = termOf;
            int terms = termOf.length;
            first = new String[terms];
            firstCount = new long[terms];
            more = new Map[terms];
        }

        /** Counts {@code count} occurrences of {@code word} for term {@code id}; a null word is the term. */
        void add(int id, String word, long count) {
            if (word == null) word = termOf[id];
            if (more[id] != null) {
                more[id].computeIfAbsent(word, x -> new long[1])[0] += count;
            } else if (first[id] == null || first[id].equals(word)) {
                first[id] = word;
                firstCount[id] += count;
            } else {
                more[id] = new HashMap<>(4);
                more[id].put(first[id], new long[] {firstCount[id]});
                more[id].put(word, new long[] {count});
            }
        }

        /** The word counted most for term {@code id}, ties to the {@link #better} one; null when none was counted. */
        String chosen(int id) {
            if (more[id] == null) return first[id];
            String chosen = null;
            long chosenCount = -1;
            for (Map.Entry<String, long[]> e : more[id].entrySet()) {
                String word = e.getKey();
                long c = e.getValue()[0];
                if (c > chosenCount || c == chosenCount && better(word, chosen).equals(word)) {
                    chosen = word;
                    chosenCount = c;
                }
            }
            return chosen;
        }
    }

    /**
     * The final vocabulary and the map from provisional to final ids: the provisional ids sorted by
     * their terms' {@link TermOrder} (a primitive sort of the terms' prefixes, strings compared only
     * where those tie).
     */
    public Frozen freeze() {
        return freeze(1);
    }

    /**
     * {@link #freeze()} on up to {@code threads} threads: the terms' order and the words' counts side by side (a
     * million terms of Chinese text: 0.25 s each on one).
     */
    public Frozen freeze(int threads) {
        int n = next.get();
        String[] byId = new String[n];
        for (Stripe s : stripes) s.addTo(byId);
        Words total = new Words(byId); // by provisional id: each word counted for the term
        int[] order = Parallel.map(threads, 2, task -> {
            if (task == 0) return TermOrder.of(byId); // distinct terms: one order
            for (Part p : parts) p.addTo(total);
            return null;
        }).get(0);
        int[] remap = new int[n];
        String[] terms = new String[n], words = new String[n];
        for (int k = 0; k < n; k++) {
            int old = order[k];
            remap[old] = k;
            terms[k] = byId[old];
            String chosen = total.chosen(old);
            words[k] = chosen != null ? chosen : terms[k];
        }
        return new Frozen(terms, words, remap);
    }

    /** Terms in lexical order, their surface forms, and {@code remap[provisional] = final}. */
    public record Frozen(String[] terms, String[] surface, int[] remap) {}
}
