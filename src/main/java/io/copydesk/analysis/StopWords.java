package io.copydesk.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Common English function words ("the", "of", "would", "said"), dropped before TF-IDF weighting
 * because they say nothing about which event a story covers. The list is copydesk's own resource
 * ({@code stopwords-en.txt}); it never holds numbers or names, which TF-IDF keeps.
 */
public final class StopWords {
    static final String RESOURCE = "stopwords-en.txt";
    private static final StopWords ENGLISH = load();

    private final Set<String> words;

    private StopWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static StopWords english() {
        return ENGLISH;
    }

    /** True when the (normalized, lower-case) token is a stop word. */
    public boolean contains(String token) {
        return words.contains(token);
    }

    public int size() {
        return words.size();
    }

    private static StopWords load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("stop word list " + RESOURCE + " is not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) out.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new StopWords(out);
    }
}
