package io.copydesk.tfidf;

import io.copydesk.fingerprint.ArticleTerms;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Assigns term ids while articles are analyzed on several threads. Ids given out during analysis
 * depend on thread timing, so {@link #freeze} renumbers terms in lexical order: the final ids,
 * and so every result, are the same for any thread count. Also remembers, for each term (a stem),
 * one readable surface form for labels: the shortest, then the lexically smallest.
 */
public final class TermDictionary {
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> surface = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The provisional id of {@code term}, assigning one the first time. Thread-safe. */
    public int id(String term) {
        Integer i = ids.get(term);
        return i != null ? i : ids.computeIfAbsent(term, t -> next.getAndIncrement());
    }

    /** Offers a surface form (the word as written, normalized) for {@code term}. Thread-safe. */
    public void offerSurface(String term, String word) {
        surface.merge(term, word, ArticleTerms::better);
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
        for (int k = 0; k < n; k++) {
            remap[order[k]] = k;
            terms[k] = byOld[order[k]];
            words[k] = surface.getOrDefault(terms[k], terms[k]);
        }
        return new Frozen(terms, words, remap);
    }

    /** Terms in lexical order, their surface forms, and {@code remap[provisional] = final}. */
    public record Frozen(String[] terms, String[] surface, int[] remap) {}
}
