package io.copydesk.tfidf;

import io.copydesk.fingerprint.ArticleTerms;
import java.util.Arrays;
import java.util.Comparator;
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
     * One thread's terms in an open-addressing table of parallel arrays (no node or entry object
     * to follow per look-up): a term, its id, the word being counted for it and that word's count
     * so far; a term's other words, rarely more than one, in a map of their own.
     */
    private static final class Part {
        private String[] terms = new String[1024]; // null: empty slot
        private int[] hashes = new int[1024];
        private int[] ids = new int[1024];
        private String[] words = new String[1024];
        private long[] counts = new long[1024];
        private Object[] others = new Object[1024]; // Map<String, long[]> of the term's other words, or null
        private int size;

        int count(TermDictionary dictionary, String term, String word, int n) {
            int h = term.hashCode(), mask = terms.length - 1, s = spread(h) & mask;
            for (String t; (t = terms[s]) != null; s = (s + 1) & mask) {
                if (t == term || hashes[s] == h && t.equals(term)) {
                    String w = words[s];
                    if (w != word && !w.equals(word)) {
                        otherWords(s).computeIfAbsent(w, x -> new long[1])[0] += counts[s];
                        words[s] = word;
                        counts[s] = 0;
                    }
                    counts[s] += n;
                    return ids[s];
                }
            }
            int id = dictionary.id(term);
            terms[s] = term;
            hashes[s] = h;
            ids[s] = id;
            words[s] = word;
            counts[s] = n;
            if (++size * 2 > terms.length) grow();
            return id;
        }

        @SuppressWarnings("unchecked")
        private Map<String, long[]> otherWords(int s) {
            if (others[s] == null) others[s] = new HashMap<String, long[]>(4);
            return (Map<String, long[]>) others[s];
        }

        /** Adds each term's words and their counts to {@code total[id]}. */
        @SuppressWarnings("unchecked")
        void addTo(Map<String, long[]>[] total) {
            for (int s = 0; s < terms.length; s++) {
                if (terms[s] == null) continue;
                if (total[ids[s]] == null) total[ids[s]] = new HashMap<>(4);
                Map<String, long[]> sum = total[ids[s]];
                sum.computeIfAbsent(words[s], x -> new long[1])[0] += counts[s];
                if (others[s] != null) ((Map<String, long[]>) others[s]).forEach((w, c) -> sum.computeIfAbsent(w, x -> new long[1])[0] += c[0]);
            }
        }

        private void grow() {
            String[] t = terms, w = words;
            int[] h = hashes, d = ids;
            long[] c = counts;
            Object[] o = others;
            int n = t.length * 2, mask = n - 1;
            terms = new String[n];
            hashes = new int[n];
            ids = new int[n];
            words = new String[n];
            counts = new long[n];
            others = new Object[n];
            for (int i = 0; i < t.length; i++) {
                if (t[i] == null) continue;
                int s = spread(h[i]) & mask;
                while (terms[s] != null) s = (s + 1) & mask;
                terms[s] = t[i];
                hashes[s] = h[i];
                ids[s] = d[i];
                words[s] = w[i];
                counts[s] = c[i];
                others[s] = o[i];
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

    /** Between two words seen equally often for a term: the shorter, then the lexically smaller. */
    static String better(String a, String b) {
        return ArticleTerms.better(a, b);
    }

    public int size() {
        return next.get();
    }

    /** The final vocabulary and the map from provisional to final ids. */
    public Frozen freeze() {
        int n = next.get();
        String[] byOld = new String[n];
        ids.forEach((t, i) -> byOld[i] = t);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparing(i -> byOld[i]));
        int[] remap = new int[n];
        String[] terms = new String[n];
        String[] words = new String[n];
        @SuppressWarnings("unchecked")
        Map<String, long[]>[] total = new Map[n]; // by provisional id: each word counted for the term
        for (Part p : parts) p.addTo(total);
        for (int k = 0; k < n; k++) {
            Map<String, long[]> seen = total[order[k]];
            if (seen == null) continue;
            String chosen = null;
            long chosenCount = -1;
            for (Map.Entry<String, long[]> e : seen.entrySet()) {
                String word = e.getKey();
                long c = e.getValue()[0];
                if (c > chosenCount || c == chosenCount && better(word, chosen).equals(word)) {
                    chosen = word;
                    chosenCount = c;
                }
            }
            words[k] = chosen;
        }
        for (int k = 0; k < n; k++) {
            remap[order[k]] = k;
            terms[k] = byOld[order[k]];
            if (words[k] == null) words[k] = terms[k];
        }
        return new Frozen(terms, words, remap);
    }

    /** Terms in lexical order, their surface forms, and {@code remap[provisional] = final}. */
    public record Frozen(String[] terms, String[] surface, int[] remap) {}
}
