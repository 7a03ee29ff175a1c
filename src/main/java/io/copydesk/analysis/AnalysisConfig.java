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
 * @param titleBelow  a body left with fewer shingles than this after cleaning has its title's shingles added to its set
 *                    (0: never; a body with none is always replaced by its title): a few words are no evidence that
 *                    two texts are one story (the dividend notices of two companies, "Qtly div ten cts vs ten cts",
 *                    once their pay and record dates went as labels), their headlines are
 */
public record AnalysisConfig(int shingle, long seed, TokenizerKind tokenizer, BoilerplateConfig boilerplate, int hashes, int titleBelow) {
    public static final int DEFAULT_SHINGLE = 4;
    public static final long DEFAULT_SEED = 0x636F70796465736BL; // "copydesk"
    public static final int DEFAULT_HASHES = 128;
    /** Shingles of a body below which its title's join them: as few as {@code dedup --min-contained}'s default asks of a brief. */
    public static final int DEFAULT_TITLE_BELOW = 15;
    public static final AnalysisConfig DEFAULT = new AnalysisConfig(DEFAULT_SHINGLE, DEFAULT_SEED, TokenizerKind.simple,
            BoilerplateConfig.DEFAULT, DEFAULT_HASHES);

    public AnalysisConfig {
        if (shingle < 1 || shingle > 16) throw new IllegalArgumentException("shingle size must be in [1, 16], was " + shingle);
        if (hashes < 8 || hashes > 4096) throw new IllegalArgumentException("hashes must be in [8, 4096], was " + hashes);
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(boilerplate, "boilerplate");
        if (titleBelow < 0) throw new IllegalArgumentException("title-below must be >= 0, was " + titleBelow);
    }

    /** The settings with the default {@link #titleBelow}. */
    public AnalysisConfig(int shingle, long seed, TokenizerKind tokenizer, BoilerplateConfig boilerplate, int hashes) {
        this(shingle, seed, tokenizer, boilerplate, hashes, DEFAULT_TITLE_BELOW);
    }

    public AnalysisConfig withShingle(int k) {
        return new AnalysisConfig(k, seed, tokenizer, boilerplate, hashes, titleBelow);
    }

    public AnalysisConfig withHashes(int k) {
        return new AnalysisConfig(shingle, seed, tokenizer, boilerplate, k, titleBelow);
    }

    public AnalysisConfig withTitleBelow(int shingles) {
        return new AnalysisConfig(shingle, seed, tokenizer, boilerplate, hashes, shingles);
    }
}
