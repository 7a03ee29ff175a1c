package io.copydesk.tfidf;

/**
 * Raw term frequencies of one article before weighting: term ids (unordered, distinct) and their
 * counts, title occurrences already multiplied by the title weight.
 */
public record TermCounts(int[] terms, float[] counts) {
    public static final TermCounts EMPTY = new TermCounts(new int[0], new float[0]);

    public TermCounts {
        if (terms.length != counts.length) throw new IllegalArgumentException("terms and counts differ in length");
    }

    public int size() {
        return terms.length;
    }

    /** The same counts with every term id {@code t} replaced by {@code remap[t]}. */
    public TermCounts remap(int[] remap) {
        int[] t = new int[terms.length];
        for (int i = 0; i < t.length; i++) t[i] = remap[terms[i]];
        return new TermCounts(t, counts);
    }
}
