package io.copydesk.analysis;

import java.util.HashMap;

/**
 * Turns normalized word tokens into index terms for TF-IDF: stop words are dropped, words are
 * stemmed, numbers and names are kept (a number is never stemmed; "2024" and "7-2" stay as they are).
 * Not thread-safe (the stemmer keeps state): one per thread.
 */
public final class TermFilter {
    private final StopWords stopWords;
    private final WordStemmer stemmer;

    public TermFilter(StopWords stopWords, WordStemmer stemmer) {
        this.stopWords = stopWords;
        this.stemmer = stemmer;
    }

    /** Tokens remembered before the memo starts over (about 100 bytes each). */
    private static final int MEMO_LIMIT = 1 << 16;
    /** The memo's mark for a token that is not indexed (compared by identity). */
    private static final String NOT_INDEXED = new String("");

    /**
     * Terms of tokens seen before: a text repeats its words, and stemming is a pure function of the
     * token, so the memo changes no term, only the cost (Porter's steps and the stop-word look-up).
     */
    private final HashMap<String, String> memo = new HashMap<>();

    /** The index term for a normalized token, or null when the token is not indexed. */
    public String term(String token) {
        String known = memo.get(token);
        if (known != null) return known == NOT_INDEXED ? null : known;
        String term = compute(token);
        if (memo.size() >= MEMO_LIMIT) memo.clear();
        memo.put(token, term == null ? NOT_INDEXED : term);
        return term;
    }

    private String compute(String token) {
        if (token.isEmpty() || stopWords.contains(token)) return null;
        boolean letters = false;
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) { letters = true; break; }
        }
        if (!letters) return token; // a number: kept whole
        if (token.length() == 1) return null; // stray letters ("s" of "Plosser's") carry nothing
        return isAsciiWord(token) ? stemmer.stem(token) : token;
    }

    /** Porter's rules are for plain English words; other scripts and mixed tokens are kept whole. */
    private static boolean isAsciiWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }
}
