package io.copydesk.tfidf;

import io.copydesk.fingerprint.ArticleTerms;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;

/**
 * Turns an article's {@link ArticleTerms} into raw term frequencies: body words once, title words
 * {@code titleWeight} times (a headline-only article's title counted once), each with the sign of
 * its name votes. Thread-safe.
 */
public final class TermCounter {
    private final double titleWeight;

    public TermCounter(double titleWeight) {
        this.titleWeight = titleWeight;
    }

    /** Counts into the dictionary's provisional ids, counting each term's word in this article for its readable form. */
    public TermCounts count(ArticleTerms terms, TermDictionary dictionary) {
        TermDictionary.Part part = dictionary.part(); // as dictionary.count, without a thread-local look-up per term
        return counted(terms, i -> part.count(dictionary, terms.term(i), terms.word(i), 1));
    }

    /** Counts into the ids that {@code idOf} gives each term (a fixed vocabulary). */
    public TermCounts count(ArticleTerms terms, ToIntFunction<String> idOf) {
        return counted(terms, i -> idOf.applyAsInt(terms.term(i)));
    }

    /** {@code idOfTerm} gives the id of term {@code i} of {@code terms}. */
    private TermCounts counted(ArticleTerms terms, IntUnaryOperator idOfTerm) {
        int n = terms.size();
        int[] t = new int[n];
        float[] c = new float[n];
        byte[] cases = new byte[n];
        for (int i = 0; i < n; i++) {
            t[i] = idOfTerm.applyAsInt(i);
            c[i] = terms.weightedCount(i, titleWeight);
            cases[i] = terms.nameCase(i);
        }
        return new TermCounts(t, c, cases);
    }
}
