package io.copydesk.engine;

import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.analysis.TokenizerKind;

/**
 * How article text becomes shingles.
 *
 * @param shingle     words per shingle, in [1, 16]
 * @param seed        seed of every hash (shingles, MinHash); signatures with different seeds never meet
 * @param tokenizer   which OpenNLP tokenizer splits words
 * @param boilerplate which page-furniture rules apply
 */
public record AnalysisConfig(int shingle, long seed, TokenizerKind tokenizer, BoilerplateConfig boilerplate) {
    public static final int DEFAULT_SHINGLE = 4;
    public static final long DEFAULT_SEED = 0x636F70796465736BL; // "copydesk"
    public static final AnalysisConfig DEFAULT = new AnalysisConfig(DEFAULT_SHINGLE, DEFAULT_SEED, TokenizerKind.simple, BoilerplateConfig.DEFAULT);

    public AnalysisConfig {
        if (shingle < 1 || shingle > 16) throw new IllegalArgumentException("shingle size must be in [1, 16], was " + shingle);
        java.util.Objects.requireNonNull(tokenizer, "tokenizer");
        java.util.Objects.requireNonNull(boilerplate, "boilerplate");
    }

    public AnalysisConfig withShingle(int k) {
        return new AnalysisConfig(k, seed, tokenizer, boilerplate);
    }
}
