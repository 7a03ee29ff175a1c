package io.copydesk.engine;

import io.copydesk.analysis.AnalysisConfig;

import java.util.Objects;

/**
 * Settings of related-coverage search.
 *
 * @param dedup       duplicate detection (its analysis settings also tokenize for TF-IDF)
 * @param titleWeight how many times a title word counts against a body word, in [0, 10]
 * @param time        date awareness; {@link TimeDecay#OFF} lets text alone decide
 * @param minScore    lowest score (cosine × time weight) reported as related, in [0, 1)
 * @param threads     worker threads; results do not depend on it
 */
public record RelatedConfig(DedupConfig dedup, double titleWeight, TimeDecay time, double minScore, int threads) {
    public static final double DEFAULT_TITLE_WEIGHT = 2.0;
    public static final TimeDecay DEFAULT_TIME = TimeDecay.parse("12h");
    public static final double DEFAULT_MIN_SCORE = 0.01;

    public static final RelatedConfig DEFAULT = new RelatedConfig(DedupConfig.DEFAULT, DEFAULT_TITLE_WEIGHT, DEFAULT_TIME,
            DEFAULT_MIN_SCORE, Runtime.getRuntime().availableProcessors());

    public RelatedConfig {
        Objects.requireNonNull(dedup, "dedup");
        Objects.requireNonNull(time, "time");
        if (!(titleWeight >= 0 && titleWeight <= 10)) throw new IllegalArgumentException("titleWeight must be in [0, 10], was " + titleWeight);
        if (!(minScore >= 0 && minScore < 1)) throw new IllegalArgumentException("minScore must be in [0, 1), was " + minScore);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }

    public AnalysisConfig analysis() {
        return dedup.analysis();
    }

    public RelatedConfig withThreads(int n) {
        return new RelatedConfig(dedup.withThreads(n), titleWeight, time, minScore, n);
    }

    /** These duplicate settings (their threads too: {@link #withThreads} after this sets both counts). */
    public RelatedConfig withDedup(DedupConfig d) {
        return new RelatedConfig(d, titleWeight, time, minScore, threads);
    }

    public RelatedConfig withTime(TimeDecay t) {
        return new RelatedConfig(dedup, titleWeight, t, minScore, threads);
    }
}
