package io.copydesk.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common English function words ("the", "of", "would", "said"), dropped before TF-IDF weighting
 * because they say nothing about which event a story covers. The list is copydesk's own resource
 * ({@code stopwords-en.txt}); it never holds numbers or names, which TF-IDF keeps. The function words of
 * other languages ({@link #OTHER_LANGUAGES}) are dropped from an article in that language only
 * ({@link #languagesOf}): "die", "son" and "car" are words in English.
 */
public final class StopWords {
    static final String RESOURCE = "stopwords-en.txt";
    private static final StopWords ENGLISH = load(RESOURCE);
    /** The other languages whose function words are known (ISO 639-1 codes), in the order of {@link #languagesOf}'s bits. */
    public static final List<String> OTHER_LANGUAGES = List.of("fr", "es", "pt", "it", "de", "nl", "ru", "hi", "ar", "id", "tr", "th");
    /** The bit {@link TermFilter#languages} sets for an English function word, above every other language's. */
    public static final int ENGLISH_BIT = 1 << 30;
    // every other language's function word -> its languages (languagesOf), and a char above every listed word's first
    private static final Map<String, Integer> OTHERS = new HashMap<>();
    private static final char LISTED_ABOVE;

    static {
        char above = 0;
        for (int i = 0; i < OTHER_LANGUAGES.size(); i++) {
            for (String w : load("stopwords-" + OTHER_LANGUAGES.get(i) + ".txt").words) {
                OTHERS.merge(w, 1 << i, (a, b) -> a | b);
                above = (char) Math.max(above, w.charAt(0) + 1);
            }
        }
        for (String w : ENGLISH.words) above = (char) Math.max(above, w.charAt(0) + 1);
        LISTED_ABOVE = above;
    }

    private final Set<String> words;

    private StopWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static StopWords english() {
        return ENGLISH;
    }

    /**
     * False for a token that is a function word in no language listed (English's too): one that is empty or starts
     * above every listed word's first char (Chinese, Thai, Arabic...), told without a look-up.
     */
    public static boolean mayBeFunctionWord(String token) {
        return !token.isEmpty() && token.charAt(0) < LISTED_ABOVE;
    }

    /**
     * The other languages in which the (normalized, lower-case) token is a function word: bit {@code i} for
     * {@code OTHER_LANGUAGES.get(i)}.
     */
    public static int languagesOf(String token) {
        if (!mayBeFunctionWord(token)) return 0;
        return OTHERS.getOrDefault(token, 0);
    }

    /** Calls {@code action} with each other language's function word and its languages ({@link #languagesOf}). */
    static void forEachOther(java.util.function.ObjIntConsumer<String> action) {
        OTHERS.forEach((word, languages) -> action.accept(word, languages));
    }


    /** True when the (normalized, lower-case) token is a stop word. */
    public boolean contains(String token) {
        return words.contains(token);
    }

    public int size() {
        return words.size();
    }

    private static StopWords load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("stop word list " + resource + " is not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (w.isEmpty() || w.startsWith("#")) continue;
                String token = TextNormalizer.word(w, 0, w.length()); // as the tokenizer gives it (Thai's ำ decomposed, say)
                if (token != null) out.add(token);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new StopWords(out);
    }
}
