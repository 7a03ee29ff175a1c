package io.copydesk.analysis.opennlp;

import io.copydesk.analysis.WordStemmer;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * OpenNLP's Porter stemmer behind {@link WordStemmer}, and its Snowball stemmers for Russian and Greek. Keeps state
 * between calls: one per thread.
 */
public final class OpenNlpStemmer implements WordStemmer {
    private final PorterStemmer porter = new PorterStemmer();
    private SnowballStemmer russian, greek; // made on first use

    /** A stemmer for English (stateful: one per thread). */
    public OpenNlpStemmer() {}

    @Override
    public String stem(String word) {
        return porter.stem(word);
    }

    @Override
    public String stem(String word, String language) {
        return switch (language) {
            case "ru" -> (russian == null ? russian = new SnowballStemmer(SnowballStemmer.ALGORITHM.RUSSIAN) : russian).stem(word).toString();
            case "el" -> (greek == null ? greek = new SnowballStemmer(SnowballStemmer.ALGORITHM.GREEK) : greek).stem(word).toString();
            default -> null;
        };
    }
}
