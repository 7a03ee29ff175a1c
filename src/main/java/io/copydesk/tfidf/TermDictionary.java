package io.copydesk.tfidf;

import io.copydesk.fingerprint.ArticleTerms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Assigns term ids while articles are analyzed on several threads. Ids given out during analysis
 * depend on thread timing, so {@link #freeze} renumbers terms in lexical order: the final ids,
 * and so every result, are the same for any thread count. Also counts, for each term (a stem), the
 * words written for it, so labels show its most frequent word ("israel", never the stem "isra").
 */
public final class TermDictionary {
    /** An empty dictionary. */
    public TermDictionary() {}

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
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

    /**
     * One thread's counts in an open-addressing table of arrays (no node or entry object to follow per
     * look-up), one slot per (term, word) pair, placed by the term's hash: all of a term's pairs lie on
     * the probe path from its place (nothing is removed), so the first of them found gives the term's
     * id, and a term written several ways ("says", "said" for "say") finds each word in a slot of its
     * own instead of swapping words in and out of one. Slot {@code s} in pairs: {@code strings[2s]} the
     * term and {@code [2s + 1]} the word, {@code numbers[2s]} the term's hash (high half) and id (low
     * half) and {@code [2s + 1]} the word's count; a probe that finds its pair reads two cache lines.
     */
    static final class Part {
        private String[] strings = new String[2 * 1024]; // term null: empty slot
        private long[] numbers = new long[2 * 1024];
        private int size;

        int count(TermDictionary dictionary, String term, String word, int n) {
            int h = term.hashCode(), mask = (strings.length >> 1) - 1, s = spread(h) & mask;
            long idOfTerm = -1;
            for (String t; (t = strings[2 * s]) != null; s = (s + 1) & mask) {
                if (t == term || (int) (numbers[2 * s] >>> 32) == h && t.equals(term)) {
                    // An equal string that is another object is kept in its place: a thread resolves the drafts of
                    // every reading thread, whose terms and words are each reader's own objects, and the articles
                    // that follow mostly share this one's reader, so the next look-up takes t == term, not equals
                    // (which took 1.2 million of 2.6 million look-ups of g20k, each reading two cold strings).
                    if (t != term) strings[2 * s] = term;
                    String w = strings[2 * s + 1];
                    if (w == word || w.equals(word)) {
                        if (w != word) strings[2 * s + 1] = word;
                        numbers[2 * s + 1] += n;
                        return (int) numbers[2 * s];
                    }
                    idOfTerm = numbers[2 * s];
                }
            }
            int id = idOfTerm >= 0 ? (int) idOfTerm : dictionary.id(term);
            strings[2 * s] = term;
            strings[2 * s + 1] = word;
            numbers[2 * s] = (long) h << 32 | id;
            numbers[2 * s + 1] = n;
            if (++size * 4 > strings.length) grow(); // at most half the slots taken
            return id;
        }

        /** Adds each term's words and their counts to {@code total}. */
        void addTo(Words total) {
            for (int s = 0; 2 * s < strings.length; s++) {
                if (strings[2 * s] != null) total.add((int) numbers[2 * s], strings[2 * s + 1], numbers[2 * s + 1]);
            }
        }

        private void grow() {
            String[] str = strings;
            long[] num = numbers;
            strings = new String[2 * str.length];
            numbers = new long[2 * num.length];
            int mask = (strings.length >> 1) - 1;
            for (int i = 0; 2 * i < str.length; i++) {
                if (str[2 * i] == null) continue;
                int s = spread((int) (num[2 * i] >>> 32)) & mask;
                while (strings[2 * s] != null) s = (s + 1) & mask;
                strings[2 * s] = str[2 * i];
                strings[2 * s + 1] = str[2 * i + 1];
                numbers[2 * s] = num[2 * i];
                numbers[2 * s + 1] = num[2 * i + 1];
            }
        }

        /** String hashes of short words differ mostly in their low bits: mix them before masking. */
        private static int spread(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /** The provisional id of {@code term}, assigning one the first time. Thread-safe. */
    public int id(String term) {
        Integer i = ids.get(term);
        return i != null ? i : ids.computeIfAbsent(term, t -> next.getAndIncrement());
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
        private final String[] first;
        private final long[] firstCount;
        private final Map<String, long[]>[] more;

        @SuppressWarnings("unchecked")
        Words(int terms) {
            first = new String[terms];
            firstCount = new long[terms];
            more = new Map[terms];
        }

        void add(int id, String word, long count) {
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
     * The final vocabulary and the map from provisional to final ids: the terms sorted as strings (no
     * boxed ids sorted through a comparator), each term's provisional id looked up again.
     */
    public Frozen freeze() {
        int n = next.get();
        String[] terms = new String[n];
        ids.forEach((t, i) -> terms[i] = t);
        Arrays.sort(terms); // distinct: the order of a stable or unstable sort alike
        Words total = new Words(n); // by provisional id: each word counted for the term
        for (Part p : parts) p.addTo(total);
        int[] remap = new int[n];
        String[] words = new String[n];
        for (int k = 0; k < n; k++) {
            int old = ids.get(terms[k]);
            remap[old] = k;
            String chosen = total.chosen(old);
            words[k] = chosen != null ? chosen : terms[k];
        }
        return new Frozen(terms, words, remap);
    }

    /** Terms in lexical order, their surface forms, and {@code remap[provisional] = final}. */
    public record Frozen(String[] terms, String[] surface, int[] remap) {}
}
