package io.copydesk.tfidf;

import io.copydesk.analysis.TermFilter;
import io.copydesk.analysis.TokenList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Counts the index terms of one article: body tokens once, title tokens {@code titleWeight} times.
 * When the body is the title (headline-only input) the title is counted once. Not thread-safe
 * (the term filter is not): one per thread, sharing one {@link TermDictionary}.
 */
public final class TermCounter {
    private final TermFilter filter;
    private final TermDictionary dictionary;
    private final double titleWeight;
    private final Map<String, float[]> counts = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();

    public TermCounter(TermFilter filter, TermDictionary dictionary, double titleWeight) {
        this.filter = filter;
        this.dictionary = dictionary;
        this.titleWeight = titleWeight;
    }

    /** Counts {@code body} and {@code title} (either may be empty) into the dictionary's provisional ids. */
    public TermCounts count(TokenList body, TokenList title) {
        return count(body, title, term -> {
            dictionary.offerSurface(term, words.get(term));
            return dictionary.id(term);
        });
    }

    /** Counts {@code body} and {@code title} into the ids that {@code idOf} gives each term (a fixed vocabulary). */
    public TermCounts count(TokenList body, TokenList title, ToIntFunction<String> idOf) {
        counts.clear();
        words.clear();
        boolean titleIsBody = sameTerms(body, title);
        add(body, 1f);
        if (!titleIsBody) add(title, (float) titleWeight);
        String[] keys = counts.keySet().toArray(String[]::new);
        java.util.Arrays.sort(keys); // a fixed order, so ids handed out here never depend on hashing
        int[] t = new int[keys.length];
        float[] c = new float[keys.length];
        for (int k = 0; k < keys.length; k++) {
            t[k] = idOf.applyAsInt(keys[k]);
            c[k] = counts.get(keys[k])[0];
        }
        return new TermCounts(t, c);
    }

    /** The readable form of {@code term} in the article counted last (the shortest, then lexically smallest word), or null. */
    public String word(String term) {
        return words.get(term);
    }

    private void add(TokenList tokens, float weight) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.term(i);
            String term = filter.term(token);
            if (term == null) continue;
            counts.computeIfAbsent(term, x -> new float[1])[0] += weight;
            words.merge(term, token, TermDictionary::better);
        }
    }

    private static boolean sameTerms(TokenList a, TokenList b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!a.term(i).equals(b.term(i))) return false;
        }
        return true;
    }
}
