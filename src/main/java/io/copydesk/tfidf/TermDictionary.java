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
     * One thread's terms in an open-addressing table of arrays (no node or entry object to follow per
     * look-up), slot {@code s} in pairs: {@code strings[2s]} the term and {@code [2s + 1]} the word being
     * counted for it, {@code numbers[2s]} the term's hash (high half) and id (low half) and
     * {@code [2s + 1]} that word's count so far; so a probe that finds its term reads two cache lines
     * of the table, not one per field. A term's other words, rarely more than one, in a map of their own.
     */
    static final class Part {
        private String[] strings = new String[2 * 1024]; // term null: empty slot
        private long[] numbers = new long[2 * 1024];
        private Object[] others = new Object[1024]; // Map<String, long[]> of the term's other words, or null
        private int size;

        int count(TermDictionary dictionary, String term, String word, int n) {
            int h = term.hashCode(), mask = others.length - 1, s = spread(h) & mask;
            for (String t; (t = strings[2 * s]) != null; s = (s + 1) & mask) {
                if (t == term || (int) (numbers[2 * s] >>> 32) == h && t.equals(term)) {
                    String w = strings[2 * s + 1];
                    if (w != word && !w.equals(word)) {
                        otherWords(s).computeIfAbsent(w, x -> new long[1])[0] += numbers[2 * s + 1];
                        strings[2 * s + 1] = word;
                        numbers[2 * s + 1] = 0;
                    }
                    numbers[2 * s + 1] += n;
                    return (int) numbers[2 * s];
                }
            }
            int id = dictionary.id(term);
            strings[2 * s] = term;
            strings[2 * s + 1] = word;
            numbers[2 * s] = (long) h << 32 | id;
            numbers[2 * s + 1] = n;
            if (++size * 2 > others.length) grow();
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
            for (int s = 0; s < others.length; s++) {
                if (strings[2 * s] == null) continue;
                int id = (int) numbers[2 * s];
                if (total[id] == null) total[id] = new HashMap<>(4);
                Map<String, long[]> sum = total[id];
                sum.computeIfAbsent(strings[2 * s + 1], x -> new long[1])[0] += numbers[2 * s + 1];
                if (others[s] != null) ((Map<String, long[]>) others[s]).forEach((w, c) -> sum.computeIfAbsent(w, x -> new long[1])[0] += c[0]);
            }
        }

        private void grow() {
            String[] str = strings;
            long[] num = numbers;
            Object[] o = others;
            int n = o.length * 2, mask = n - 1;
            strings = new String[2 * n];
            numbers = new long[2 * n];
            others = new Object[n];
            for (int i = 0; i < o.length; i++) {
                if (str[2 * i] == null) continue;
                int s = spread((int) (num[2 * i] >>> 32)) & mask;
                while (strings[2 * s] != null) s = (s + 1) & mask;
                strings[2 * s] = str[2 * i];
                strings[2 * s + 1] = str[2 * i + 1];
                numbers[2 * s] = num[2 * i];
                numbers[2 * s + 1] = num[2 * i + 1];
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
