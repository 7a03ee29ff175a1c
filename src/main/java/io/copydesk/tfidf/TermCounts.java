package io.copydesk.tfidf;

/**
 * Raw term frequencies of one article before weighting: term ids (unordered, distinct) and their
 * counts, title occurrences already multiplied by the title weight; and how the article writes each
 * term ({@code cases}): 1 as a name (its name votes positive, {@link io.copydesk.fingerprint.ArticleTerms#nameVotes}),
 * -1 as a common word (negative), 0 no evidence. Summed over a collection they say which terms are
 * names ({@link TfIdfModel#isName}).
 */
public record TermCounts(int[] terms, float[] counts, byte[] cases) {
    public static final TermCounts EMPTY = new TermCounts(new int[0], new float[0], new byte[0]);

    public TermCounts {
        if (terms.length != counts.length || terms.length != cases.length) throw new IllegalArgumentException("terms, counts and cases differ in length");
    }

    /** Counts without evidence of case (a query's, or a test's). */
    public TermCounts(int[] terms, float[] counts) {
        this(terms, counts, new byte[terms.length]);
    }

    public int size() {
        return terms.length;
    }

    /** The same counts with every term id {@code t} replaced by {@code remap[t]}. */
    public TermCounts remap(int[] remap) {
        int[] t = new int[terms.length];
        for (int i = 0; i < t.length; i++) t[i] = remap[terms[i]];
        return new TermCounts(t, counts, cases);
    }
}
