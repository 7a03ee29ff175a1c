package io.copydesk.tfidf;

import io.copydesk.tfidf.smile.SmileWeighting;
import java.util.Arrays;

/**
 * A vocabulary with document frequencies, and the weighting that turns term counts into vectors:
 * sublinear tf ({@code 1 + ln tf}) times smoothed idf ({@code ln((1 + N) / (1 + df)) + 1}, as if one
 * extra document held every term), L2-normalized. Terms are ids into {@link #term}, in lexical order.
 * Also which terms are names, from how the collection writes them ({@link #isName}).
 */
public final class TfIdfModel {
    private final String[] terms;
    private final String[] surface;
    private final int[] df;
    private final int documents;
    private final double[] idf;
    private final boolean[] names; // null: the collection says nothing of case

    /** A model without evidence of names ({@link #isName} true for every term). */
    public TfIdfModel(String[] terms, String[] surface, int[] df, int documents) {
        this(terms, surface, df, documents, null);
    }

    /** @param names which terms are names, by id; null when the collection says nothing of case (see {@link #fit}) */
    public TfIdfModel(String[] terms, String[] surface, int[] df, int documents, boolean[] names) {
        if (terms.length != df.length || terms.length != surface.length || names != null && names.length != terms.length) {
            throw new IllegalArgumentException("array lengths differ");
        }
        if (documents < 0) throw new IllegalArgumentException("documents must be >= 0, was " + documents);
        this.terms = terms;
        this.surface = surface;
        this.df = df;
        this.documents = documents;
        this.names = names;
        this.idf = new double[terms.length];
        for (int t = 0; t < terms.length; t++) idf[t] = idf(df[t]);
    }

    /**
     * Counts document frequencies of (final-id) term counts and builds the model. A term is a name when
     * more articles write it as one than as a common word ({@link TermCounts#cases}), or when its letters
     * have no case (a script without capitals gives no evidence, and such a term is not held against a
     * storyline); a number never is. When fewer than half the articles write any term as a name (headlines only,
     * text in lower case or without capitals) the collection says nothing of names, and every term counts as one.
     */
    public static TfIdfModel fit(TermDictionary.Frozen vocabulary, Iterable<TermCounts> documents) {
        String[] terms = vocabulary.terms();
        int[] df = new int[terms.length], cases = new int[terms.length];
        int n = 0, withNames = 0;
        for (TermCounts c : documents) {
            n++;
            boolean named = false;
            for (int i = 0; i < c.size(); i++) {
                int t = c.terms()[i];
                df[t]++;
                cases[t] += c.cases()[i];
                named |= c.cases()[i] > 0;
            }
            if (named) withNames++;
        }
        boolean[] names = null;
        if (n > 0 && 2 * withNames >= n) {
            names = new boolean[terms.length];
            for (int t = 0; t < terms.length; t++) names[t] = cases[t] > 0 || cases[t] == 0 && caseless(terms[t]);
        }
        return new TfIdfModel(terms, vocabulary.surface(), df, n, names);
    }

    /** Whether {@code term} has letters, none of them with a case (Chinese, Thai, Arabic, Hindi...). */
    private static boolean caseless(String term) {
        boolean letters = false;
        for (int i = 0; i < term.length(); ) {
            int cp = term.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp)) return false;
                letters = true;
            }
            i += Character.charCount(cp);
        }
        return letters;
    }

    /**
     * Whether term {@code id} is a name: written with a capital inside sentences more than in lower case across
     * the collection (see {@link #fit}); true for every term when the collection says nothing of case.
     */
    public boolean isName(int id) {
        return names == null || names[id];
    }

    /** Whether the collection tells names from common words ({@link #fit}); if not, {@link #isName} is true throughout. */
    public boolean knowsNames() {
        return names != null;
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
