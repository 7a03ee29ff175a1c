package io.copydesk.tfidf;

import io.copydesk.tfidf.smile.SmileWeighting;
import java.util.Arrays;

/**
 * A vocabulary with document frequencies, and the weighting that turns term counts into vectors:
 * sublinear tf ({@code 1 + ln tf}) times smoothed idf ({@code ln((1 + N) / (1 + df)) + 1}, as if one
 * extra document held every term), L2-normalized. Terms are ids into {@link #term}, in lexical order.
 */
public final class TfIdfModel {
    private final String[] terms;
    private final String[] surface;
    private final int[] df;
    private final int documents;
    private final double[] idf;

    public TfIdfModel(String[] terms, String[] surface, int[] df, int documents) {
        if (terms.length != df.length || terms.length != surface.length) throw new IllegalArgumentException("array lengths differ");
        if (documents < 0) throw new IllegalArgumentException("documents must be >= 0, was " + documents);
        this.terms = terms;
        this.surface = surface;
        this.df = df;
        this.documents = documents;
        this.idf = new double[terms.length];
        for (int t = 0; t < terms.length; t++) idf[t] = idf(df[t]);
    }

    /** Counts document frequencies of (final-id) term counts and builds the model. */
    public static TfIdfModel fit(TermDictionary.Frozen vocabulary, Iterable<TermCounts> documents) {
        int[] df = new int[vocabulary.terms().length];
        int n = 0;
        for (TermCounts c : documents) {
            n++;
            for (int t : c.terms()) df[t]++;
        }
        return new TfIdfModel(vocabulary.terms(), vocabulary.surface(), df, n);
    }

    /** Smoothed inverse document frequency of a term found in {@code df} documents. */
    public double idf(int documentFrequency) {
        return idf(documents, documentFrequency);
    }

    /** Smoothed inverse document frequency of a term found in {@code df} of {@code documents} documents. */
    public static double idf(long documents, long documentFrequency) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency)) + 1.0;
    }

    /** The idf of a term id; ids past the vocabulary are unseen terms (df 0). */
    public double idfOf(int term) {
        return term < idf.length ? idf[term] : idf(0);
    }

    /** The weighted, normalized vector of some counts (ids past the vocabulary are unseen terms). */
    public TermVector vectorize(TermCounts counts) {
        return vectorize(counts, this::idfOf);
    }

    /**
     * The weighted, normalized vector of some counts under any idf (a persistent index computes
     * idf from its stored document frequencies): the weighting of {@link #vectorize(TermCounts)}.
     */
    public static TermVector vectorize(TermCounts counts, Idf idf) {
        if (counts.size() == 0) return TermVector.EMPTY;
        SmileWeighting.Weighted w = SmileWeighting.weigh(counts.terms(), counts.counts(), idf);
        float[] f = new float[w.weights().length];
        for (int i = 0; i < f.length; i++) f[i] = (float) w.weights()[i];
        return new TermVector(w.ids(), f);
    }

    /** The id of a term, or -1 when the collection never saw it. */
    public int id(String term) {
        int i = Arrays.binarySearch(terms, term);
        return i >= 0 ? i : -1;
    }

    public int size() {
        return terms.length;
    }

    public int documents() {
        return documents;
    }

    public String term(int id) {
        return terms[id];
    }

    /** A readable form of the term (a word it was stemmed from). */
    public String surface(int id) {
        return surface[id];
    }

    public int documentFrequency(int id) {
        return df[id];
    }
}
