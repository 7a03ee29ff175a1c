package io.copydesk.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns normalized word tokens into index terms for TF-IDF: stop words are dropped, words are
 * stemmed, numbers and names are kept (a number is never stemmed; "2024" and "7-2" stay as they are).
 * Not thread-safe (the stemmer keeps state): one per thread. {@link TermLookup} memoizes it.
 */
public final class TermFilter {
    private final StopWords stopWords;
    private final WordStemmer stemmer;

    public TermFilter(StopWords stopWords, WordStemmer stemmer) {
        this.stopWords = stopWords;
        this.stemmer = stemmer;
    }

    /** The index term for a normalized token, or null when the token is not indexed. A pure function of the token. */
    public String term(String token) {
        if (token.isEmpty() || stopWords.contains(token)) return null;
        boolean letters = false;
        for (int i = 0; i < token.length(); i++) {
            if (PageRules.isLetter(token.charAt(i))) { letters = true; break; }
        }
        if (!letters) return token; // a number: kept whole
        if (token.length() == 1) return null; // stray letters ("s" of "Plosser's") carry nothing
        if (!isAsciiWord(token)) {
            String language = stemmedLanguage(token);
            String stem = language == null ? null : stemmer.stem(token, language);
            return stem == null || stem.isEmpty() || stem.equals(token) ? token : stem;
        }
        String stem = stemmer.stem(token);
        return !stem.isEmpty() && isAsciiWord(stem) ? stem : token; // Porter's always is: a stem is all of a-z (isOnlyTokenOf)
    }

    /**
     * The languages in which the normalized token, of two chars or more, is a function word: {@link StopWords#languagesOf}'s
     * bits, and {@link StopWords#ENGLISH_BIT} for one of English's (this filter's stop words).
     */
    public int languages(String token) {
        if (token.length() < 2 || !StopWords.mayBeFunctionWord(token)) return 0; // "a", "e", "y", "и": in too many languages to tell one
        return StopWords.languagesOf(token) | (stopWords.contains(token) ? StopWords.ENGLISH_BIT : 0);
    }

    /**
     * The other languages {@code term} is the term of a function word of: the word itself, or its stem (Porter's rules
     * stem every word of plain ASCII letters: French "dans" is the term "dan"). A pure function of the term, so an
     * article's terms do not depend on which tokens the memo met before it.
     */
    public int termLanguages(String term) {
        if (!StopWords.mayBeFunctionWord(term)) return 0; // a stem is ASCII
        if (stemLanguages == null) {
            Map<String, Integer> stems = new HashMap<>();
            StopWords.forEachOther((word, languages) -> {
                String t = term(word);
                if (t != null && !t.equals(word)) stems.merge(t, languages, (a, b) -> a | b);
            });
            stemLanguages = stems;
        }
        return StopWords.languagesOf(term) | stemLanguages.getOrDefault(term, 0);
    }

    private Map<String, Integer> stemLanguages; // a function word's stem -> its languages, made on first use

    /**
     * Whether {@code term}, given by {@link #term} for {@code token}, is given for no other token: a token kept
     * whole (a number, a word of other scripts or with digits: not all of a-z) is its own term, and a stem is all
     * of a-z, or, for a word of Cyrillic or Greek letters ({@link #stemmedLanguage}), of that script's letters: such a
     * word kept whole may be another's stem ("бюджет" of "бюджета"), so it is never the only token of its term.
     */
    static boolean isOnlyTokenOf(String term, String token) {
        return term == token && !isAsciiWord(token) && stemmedLanguage(token) == null;
    }

    /**
     * The language whose rules stem {@code token} beyond ASCII: Russian's for a word of Cyrillic letters (Ukrainian's,
     * Bulgarian's too: one rule for the script, as Porter's for every plain ASCII word, so a word's term never depends on
     * the article's language), Greek's for a word of Greek letters; else null (kept whole).
     */
    static String stemmedLanguage(String token) {
        char c = token.charAt(0);
        boolean cyrillic = c >= '\u0400' && c <= '\u04FF';
        if (!cyrillic && (c < '\u0370' || c > '\u03FF')) return null;
        char low = cyrillic ? '\u0400' : '\u0370', high = cyrillic ? '\u04FF' : '\u03FF'; // the script's block
        for (int i = 0; i < token.length(); i++) {
            char d = token.charAt(i);
            if (d < low || d > high || !Character.isLetter(d)) return null;
        }
        return cyrillic ? "ru" : "el";
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
