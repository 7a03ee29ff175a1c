package io.copydesk.tfidf;

import io.copydesk.fingerprint.ArticleTerms;
import java.util.function.ToIntFunction;

/**
 * Turns an article's {@link ArticleTerms} into raw term frequencies: body words once, title words
 * {@code titleWeight} times (a headline-only article's title counted once). Thread-safe.
 */
public final class TermCounter {
    private final double titleWeight;

    public TermCounter(double titleWeight) {
        this.titleWeight = titleWeight;
    }

    /** Counts into the dictionary's provisional ids, counting each term's word in this article for its readable form. */
    public TermCounts count(ArticleTerms terms, TermDictionary dictionary) {
        return count(terms, term -> dictionary.id(term), dictionary);
    }

    /** Counts into the ids that {@code idOf} gives each term (a fixed vocabulary). */
    public TermCounts count(ArticleTerms terms, ToIntFunction<String> idOf) {
        return count(terms, idOf, null);
    }

    private TermCounts count(ArticleTerms terms, ToIntFunction<String> idOf, TermDictionary surfaces) {
        int n = terms.size();
        int[] t = new int[n];
        float[] c = new float[n];
        for (int i = 0; i < n; i++) {
            if (surfaces != null) surfaces.addSurface(terms.term(i), terms.word(i), 1);
            t[i] = idOf.applyAsInt(terms.term(i));
            c[i] = terms.weightedCount(i, titleWeight);
        }
        return new TermCounts(t, c);
    }
}
