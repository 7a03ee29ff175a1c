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
     * occurrences. One map per thread, so the hot loop has no shared map to contend on and finds
     * a term's id and its words with one look-up; {@link #freeze} adds them up.
     */
    private final Queue<Map<String, Seen>> surfaceParts = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Map<String, Seen>> surface = ThreadLocal.withInitial(() -> {
        Map<String, Seen> part = new HashMap<>();
        surfaceParts.add(part);
        return part;
    });
    private final AtomicInteger next = new AtomicInteger();

    /** A term as one thread saw it: its id and its words' occurrences (the last word counted kept at hand). */
    private static final class Seen {
        final int id;
        final Map<String, long[]> words = new HashMap<>(4);
        String lastWord;
        long[] lastCount;

        Seen(int id) {
            this.id = id;
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
        Map<String, Seen> part = surface.get();
        Seen s = part.get(term);
        if (s == null) part.put(term, s = new Seen(id(term)));
        if (!word.equals(s.lastWord)) {
            s.lastCount = s.words.computeIfAbsent(word, w -> new long[1]);
            s.lastWord = word;
        }
        s.lastCount[0] += n;
        return s.id;
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
        Map<String, Map<String, long[]>> total = new HashMap<>();
        for (Map<String, Seen> part : surfaceParts) {
            part.forEach((term, seen) -> {
                Map<String, long[]> sum = total.computeIfAbsent(term, t -> new HashMap<>(4));
                seen.words.forEach((word, c) -> sum.computeIfAbsent(word, w -> new long[1])[0] += c[0]);
            });
        }
        Map<String, String> best = new HashMap<>();
        total.forEach((term, seen) -> {
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
            best.put(term, chosen);
        });
        for (int k = 0; k < n; k++) {
            remap[order[k]] = k;
            terms[k] = byOld[order[k]];
            words[k] = best.getOrDefault(terms[k], terms[k]);
        }
        return new Frozen(terms, words, remap);
    }

    /** Terms in lexical order, their surface forms, and {@code remap[provisional] = final}. */
    public record Frozen(String[] terms, String[] surface, int[] remap) {}
}
