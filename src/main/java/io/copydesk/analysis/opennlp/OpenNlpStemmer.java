package io.copydesk.analysis.opennlp;

import io.copydesk.analysis.WordStemmer;
import opennlp.tools.stemmer.PorterStemmer;

/** OpenNLP's Porter stemmer behind {@link WordStemmer}. Keeps state between calls: one per thread. */
public final class OpenNlpStemmer implements WordStemmer {
    private final PorterStemmer porter = new PorterStemmer();

    /** A stemmer for English (stateful: one per thread). */
    public OpenNlpStemmer() {}

    @Override
    public String stem(String word) {
        return porter.stem(word);
    }
}
