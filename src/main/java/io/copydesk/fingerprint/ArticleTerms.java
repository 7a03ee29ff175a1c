package io.copydesk.fingerprint;

import java.util.Arrays;

/**
 * The index terms of one article before any weighting: each term (a stem, or a number or name
 * kept whole), its readable word in this article (the shortest, then lexically smallest token
 * that gave it), how often it occurs in the body and how often in the title. Terms are distinct
 * and in lexical order. When the body's tokens are the title's (headline-only input) the title
 * counts are zero, so a headline is not counted twice. Each term also has its body words' name
 * votes ({@link io.copydesk.analysis.WordCase}): those written with a capital inside a sentence less
 * those written in lower case. Immutable; {@link TermTally} counts them.
 */
public final class ArticleTerms {
    static final ArticleTerms EMPTY = new ArticleTerms(new String[0], new String[0], new int[0], new int[0], new int[0]);

    private final String[] terms;
    private final String[] words;
    private final int[] body;
    private final int[] title;
    private final int[] votes;

    ArticleTerms(String[] terms, String[] words, int[] body, int[] title, int[] votes) {
        this.terms = terms;
        this.words = words;
        this.body = body;
        this.title = title;
        this.votes = votes;
    }

    /** The better readable form of a term: the shorter word, then the lexically smaller. */
    public static String better(String a, String b) {
        if (a.length() != b.length()) return a.length() < b.length() ? a : b;
        return a.compareTo(b) <= 0 ? a : b;
    }

    public int size() {
        return terms.length;
    }

    /** Term {@code i}, in lexical order. */
    public String term(int i) {
        return terms[i];
    }

    /** The readable word of term {@code i} in this article. */
    public String word(int i) {
        return words[i];
    }

    /** Occurrences of term {@code i} in the body (in the title, for headline-only input). */
    public int bodyCount(int i) {
        return body[i];
    }

    /** Occurrences of term {@code i} in the title; 0 when the title is the body. */
    public int titleCount(int i) {
        return title[i];
    }

    /**
     * The name votes of term {@code i}: its body words written with a capital inside a sentence less those written
     * in lower case (positive: written as a name here).
     */
    public int nameVotes(int i) {
        return votes[i];
    }

    /** How this article writes term {@code i}: 1 as a name, -1 as a common word, 0 no evidence (the sign of its {@link #nameVotes}). */
    public byte nameCase(int i) {
        return (byte) Integer.signum(votes[i]);
    }

    /**
     * The raw frequency of term {@code i} with title words counting {@code titleWeight} times:
     * the body count, then the title weight added once per title occurrence (in float, in this
     * order, so every consumer gets the same bits).
     */
    public float weightedCount(int i, double titleWeight) {
        float c = body[i]; // exact: a sum of ones below 2^24
        for (int k = 0; k < title[i]; k++) c += (float) titleWeight;
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleTerms t && Arrays.equals(terms, t.terms) && Arrays.equals(words, t.words)
                && Arrays.equals(body, t.body) && Arrays.equals(title, t.title) && Arrays.equals(votes, t.votes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(terms) * 31 + Arrays.hashCode(body);
    }
}
