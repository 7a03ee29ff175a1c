package io.copydesk.index;

/**
 * The TF-IDF terms of one analyzed article before they get index term ids: terms (stems) in
 * lexical order, their raw counts (title occurrences weighted, as the in-memory term counter
 * counts them), the readable word of each in this article and how it writes each ({@link io.copydesk.tfidf.TermCounts#cases}).
 */
public record ArticleTerms(String[] terms, float[] counts, String[] words, byte[] cases) {
    static final ArticleTerms EMPTY = new ArticleTerms(new String[0], new float[0], new String[0], new byte[0]);

    int size() {
        return terms.length;
    }
}
