package io.copydesk.analysis;

import java.util.Objects;

/**
 * How an article becomes its fingerprint: the one source of truth for every setting the analysis
 * depends on, so a fingerprint, an index and a Spark job made with equal configs agree bit for bit.
 *
 * @param shingle     words per shingle, in [1, 16]
 * @param seed        seed of every hash (shingles, MinHash); fingerprints with different seeds never meet
 * @param tokenizer   which OpenNLP tokenizer splits words
 * @param boilerplate which page-furniture rules apply
 * @param hashes      MinHash signature size, in [8, 4096]
 */
public record AnalysisConfig(int shingle, long seed, TokenizerKind tokenizer, BoilerplateConfig boilerplate, int hashes) {
    public static final int DEFAULT_SHINGLE = 4;
    public static final long DEFAULT_SEED = 0x636F70796465736BL; // "copydesk"
    public static final int DEFAULT_HASHES = 128;
    public static final AnalysisConfig DEFAULT = new AnalysisConfig(DEFAULT_SHINGLE, DEFAULT_SEED, TokenizerKind.simple,
            BoilerplateConfig.DEFAULT, DEFAULT_HASHES);

    public AnalysisConfig {
        if (shingle < 1 || shingle > 16) throw new IllegalArgumentException("shingle size must be in [1, 16], was " + shingle);
        if (hashes < 8 || hashes > 4096) throw new IllegalArgumentException("hashes must be in [8, 4096], was " + hashes);
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(boilerplate, "boilerplate");
    }

    public AnalysisConfig withShingle(int k) {
        return new AnalysisConfig(k, seed, tokenizer, boilerplate, hashes);
    }

    public AnalysisConfig withHashes(int k) {
        return new AnalysisConfig(shingle, seed, tokenizer, boilerplate, k);
    }
}
