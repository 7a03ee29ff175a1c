package io.copydesk.engine;

import io.copydesk.internal.Parallel;
import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/** The vectors storylines are linked on: TF-IDF vectors leaning on the terms that mark one thread. */
final class DistinctiveVectors {
    /** Exponent of the extra idf factor that makes storylines rest on distinctive terms. */
    static final double POWER = 2;
    /** Below this many articles idf cannot tell names from common words, and the extra factor fades out. */
    static final int MIN_ARTICLES = 50;
    private static final int CHUNK = 256; // progress is told once per chunk of vectors

    private DistinctiveVectors() {}

    /**
     * The vectors storylines are linked on: each weight multiplied by (idf / max idf)^p, so terms
     * that mark one thread (names, places, rare words) count more than the vocabulary a kind of event
     * shares (quake, magnitude, rescue), which would otherwise link every quake with every other. In a
     * small collection idf says little (in two articles every shared word has the lowest idf, names
     * included), so p shrinks in proportion below {@link #MIN_ARTICLES} articles.
     */
    static List<TermVector> of(TfIdfModel model, List<TermVector> vectors, int articles, int threads, LongConsumer done) {
        double max = model.idf(1);
        double p = POWER * Math.min(1.0, (articles - 1.0) / (MIN_ARTICLES - 1.0));
        if (p <= 0) {
            done.accept(vectors.size());
            return vectors;
        }
        double[] factor = new double[model.size()]; // each term's, once: a power per term of every vector took longer
        for (int t = 0; t < factor.length; t++) factor[t] = Math.pow(model.idfOf(t) / max, p);
        int n = vectors.size(), chunks = (n + CHUNK - 1) / CHUNK;
        TermVector[] out = new TermVector[n];
        Parallel.map(threads, chunks, c -> {
            int end = Math.min(n, (c + 1) * CHUNK);
            for (int k = c * CHUNK; k < end; k++) out[k] = vectors.get(k).reweighted(t -> factor[t]);
            done.accept(end - c * CHUNK);
            return null;
        });
        return Arrays.asList(out);
    }
}
