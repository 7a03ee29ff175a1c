package io.copydesk.tfidf;

import io.copydesk.fingerprint.ArticleTerms;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

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
    /** Occurrences per term and word, keyed {@code term + '\0' + word}. */
    private final ConcurrentHashMap<String, LongAdder> surface = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The provisional id of {@code term}, assigning one the first time. Thread-safe. */
    public int id(String term) {
        Integer i = ids.get(term);
        return i != null ? i : ids.computeIfAbsent(term, t -> next.getAndIncrement());
    }

    /** Counts {@code n} occurrences of {@code word} (as written, normalized) for {@code term}. Thread-safe. */
    public void addSurface(String term, String word, int n) {
        surface.computeIfAbsent(term + '\0' + word, k -> new LongAdder()).add(n);
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
        Map<String, String> best = new HashMap<>();
        Map<String, Long> bestCount = new HashMap<>();
        surface.forEach((key, count) -> {
            int cut = key.indexOf('\0');
            String term = key.substring(0, cut), word = key.substring(cut + 1);
            long c = count.sum();
            String old = best.get(term);
            long oldCount = old == null ? -1 : bestCount.get(term);
            if (c > oldCount || c == oldCount && better(word, old).equals(word)) {
                best.put(term, word);
                bestCount.put(term, c);
            }
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
