package io.copydesk.cli.options;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.KeepPolicy;
import io.copydesk.lsh.LshParams;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Duplicate-detection settings shared by {@code dedup}, {@code explain} and the Spark job ({@code copydesk-spark dedup}). */
public final class DedupOptions {
    @Option(names = "--threshold", paramLabel = "J", defaultValue = "" + DedupConfig.DEFAULT_THRESHOLD,
            description = "Jaccard similarity of shingle sets at which two articles are duplicates, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double threshold = DedupConfig.DEFAULT_THRESHOLD; // defaults as in the annotations (a run without picocli starts from these)

    @Option(names = "--containment", paramLabel = "C", defaultValue = "" + DedupConfig.DEFAULT_CONTAINMENT,
            description = "Share of the smaller article found in the larger at which it is a contained duplicate, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double containment = DedupConfig.DEFAULT_CONTAINMENT;

    @Option(names = "--min-contained", paramLabel = "N", defaultValue = "" + DedupConfig.DEFAULT_MIN_CONTAINED_SHINGLES,
            description = "Shingles the smaller article needs for containment to count (default: ${DEFAULT-VALUE}).")
    int minContained = DedupConfig.DEFAULT_MIN_CONTAINED_SHINGLES;

    @Option(names = "--hashes", paramLabel = "K", defaultValue = "" + DedupConfig.DEFAULT_HASHES,
            description = "MinHash signature size, 8-4096 (default: ${DEFAULT-VALUE}).")
    int hashes = DedupConfig.DEFAULT_HASHES;

    @Option(names = "--bands", paramLabel = "B", description = "LSH bands (with --rows; default: derived from --threshold).")
    Integer bands;

    @Option(names = "--rows", paramLabel = "R", description = "LSH rows per band (with --bands).")
    Integer rows;

    @Option(names = "--ignore-figures",
            description = "Count as duplicates texts whose figures differ: by default one template filled in with other numbers "
                    + "(a weekly report, a price notice, a market table of another day) is another story, not a duplicate.")
    boolean ignoreFigures;

    @Option(names = "--keep", paramLabel = "POLICY", defaultValue = "earliest",
            description = "Canonical copy of a group: earliest (date, then longest, then id), longest, or first (input order). Default: ${DEFAULT-VALUE}.")
    KeepPolicy keep = KeepPolicy.earliest;

    /** As {@link InputOptions#take}: sets this class's option from a plain command line; false when not one of them or not plain. */
    public boolean take(String name, String value) {
        switch (name) {
            case "--threshold" -> { return (threshold = PlainValues.toDouble(value)) >= 0; }
            case "--containment" -> { return (containment = PlainValues.toDouble(value)) >= 0; }
            case "--min-contained" -> { return (minContained = PlainValues.toInt(value)) >= 0; }
            case "--hashes" -> { return (hashes = PlainValues.toInt(value)) >= 0; }
            case "--keep" -> { return (keep = PlainValues.toEnum(KeepPolicy.class, value)) != null; }
            case "--ignore-figures" -> { return ignoreFigures = value == null; }
            default -> { return false; } // --bands and --rows, rare, go through picocli
        }
    }

    public DedupConfig config(CommandLine cl, InputOptions input, boolean exact) {
        return config(cl, input.analysis(cl), input.threads(cl), exact);
    }

    /**
     * The validated settings with the given analysis and thread count; a bad value is a usage error
     * naming its option. Public for the Spark job, which takes the same options.
     */
    public DedupConfig config(CommandLine cl, AnalysisConfig analysis, int threads, boolean exact) {
        if (!(threshold > 0 && threshold <= 1)) throw new CommandLine.ParameterException(cl, "--threshold must be in (0, 1], was " + threshold);
        if (!(containment > 0 && containment <= 1)) throw new CommandLine.ParameterException(cl, "--containment must be in (0, 1], was " + containment);
        if (minContained < 1) throw new CommandLine.ParameterException(cl, "--min-contained must be at least 1, was " + minContained);
        if (hashes < 8 || hashes > 4096) throw new CommandLine.ParameterException(cl, "--hashes must be in [8, 4096], was " + hashes);
        LshParams lsh = null;
        if (bands != null || rows != null) {
            if (bands == null || rows == null) throw new CommandLine.ParameterException(cl, "--bands and --rows go together");
            if (bands < 1 || rows < 1 || (long) bands * rows > hashes) {
                throw new CommandLine.ParameterException(cl, "--bands x --rows must be in [1, --hashes (" + hashes + ")], was " + bands + " x " + rows);
            }
            lsh = new LshParams(bands, rows);
        }
        return new DedupConfig(analysis.withHashes(hashes), threshold, containment, minContained, lsh,
                DedupConfig.DEFAULT_ANCHOR_RATE, exact, keep, threads, !ignoreFigures);
    }
}
