package io.copydesk.spark;

import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.KeepPolicy;
import io.copydesk.lsh.LshParams;
import io.copydesk.document.RecordFields;
import java.io.Serializable;
import java.util.List;

/**
 * The options of one job, as plain values Spark can ship to executors; {@link #dedup()} turns them
 * into the engine's {@link DedupConfig}, which validates them exactly as {@code copydesk dedup} does.
 *
 * @param bands          LSH bands, or 0 to derive banding from the threshold (then {@code rows} is 0 too)
 * @param maxArticleBytes records longer than this are skipped with a warning
 * @param fields         the JSONL fields an article's parts are read from ({@link RecordFields#keys})
 * @param compareFigures whether texts whose figures differ are told apart ({@link DedupConfig#compareFigures})
 */
public record JobSettings(int shingle, TokenizerKind tokenizer, boolean keepBoilerplate, double threshold, double containment,
                          int minContained, int hashes, int bands, int rows, KeepPolicy keep, boolean strict,
                          long maxArticleBytes, List<String> fields, boolean compareFigures) implements Serializable {
    public JobSettings {
        if (maxArticleBytes < 1) throw new IllegalArgumentException("max article bytes must be positive, was " + maxArticleBytes);
        fields = List.copyOf(fields);
        RecordFields.of(fields); // checked
    }

    /** The JSONL fields the articles are read from. */
    public RecordFields recordFields() {
        return RecordFields.of(fields);
    }

    /** Checks every engine setting on the driver, before any work starts; throws {@link IllegalArgumentException}. */
    public JobSettings validated() {
        dedup();
        return this;
    }

    /** The engine's configuration for these options (threads do not apply: Spark's tasks are the workers). */
    public DedupConfig dedup() {
        AnalysisConfig analysis = new AnalysisConfig(shingle, AnalysisConfig.DEFAULT_SEED, tokenizer,
                keepBoilerplate ? BoilerplateConfig.OFF : BoilerplateConfig.DEFAULT, hashes);
        LshParams lsh = bands == 0 ? null : new LshParams(bands, rows);
        return new DedupConfig(analysis, threshold, containment, minContained, lsh, DedupConfig.DEFAULT_ANCHOR_RATE, false, keep, 1, compareFigures);
    }

    /** The defaults of {@code copydesk dedup}. */
    public static JobSettings defaults() {
        return new JobSettings(AnalysisConfig.DEFAULT_SHINGLE, TokenizerKind.simple, false, DedupConfig.DEFAULT_THRESHOLD,
                DedupConfig.DEFAULT_CONTAINMENT, DedupConfig.DEFAULT_MIN_CONTAINED_SHINGLES, DedupConfig.DEFAULT_HASHES, 0, 0,
                KeepPolicy.earliest, false, io.copydesk.document.InputSet.DEFAULT_MAX_ARTICLE_BYTES, RecordFields.DEFAULT.keys(), true);
    }

    public JobSettings withKeep(KeepPolicy k) {
        return new JobSettings(shingle, tokenizer, keepBoilerplate, threshold, containment, minContained, hashes, bands, rows, k,
                strict, maxArticleBytes, fields, compareFigures);
    }
}
