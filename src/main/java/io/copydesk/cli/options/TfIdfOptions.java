package io.copydesk.cli.options;

import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.TimeDecay;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by {@code related} and {@code cluster}: TF-IDF weighting, dates, duplicates. */
public final class TfIdfOptions {
    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "12h",
            description = "Time decay: a pair's cosine is multiplied by exp(-gap/DURATION), and pairs more than "
                    + TimeDecay.CUTOFF + " windows apart are dropped; a date without time covers its whole day. "
                    + "12h, 3d, 90m, 2w, PT12H, or none to let text alone decide (default: ${DEFAULT-VALUE}).")
    String window = "12h"; // defaults as in the annotations (a run without picocli starts from these)

    @Option(names = "--title-weight", paramLabel = "W", defaultValue = "" + RelatedConfig.DEFAULT_TITLE_WEIGHT,
            description = "How many times a title word counts against a body word, 0-10 (default: ${DEFAULT-VALUE}).")
    double titleWeight = RelatedConfig.DEFAULT_TITLE_WEIGHT;

    @Option(names = "--dup-threshold", paramLabel = "J", defaultValue = "" + DedupConfig.DEFAULT_THRESHOLD,
            description = "Jaccard similarity of shingles at which two articles are duplicates, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double dupThreshold = DedupConfig.DEFAULT_THRESHOLD;

    @Option(names = "--ignore-figures",
            description = "Duplicates as dedup --ignore-figures finds them: texts whose figures differ can be duplicates.")
    boolean ignoreFigures;

    /** As {@link InputOptions#take}: sets this class's option from a plain command line; false when not one of them or not plain. */
    public boolean take(String name, String value) {
        switch (name) {
            case "--window" -> { return (window = PlainValues.toText(value)) != null; }
            case "--title-weight" -> { return (titleWeight = PlainValues.toDouble(value)) >= 0; }
            case "--dup-threshold" -> { return (dupThreshold = PlainValues.toDouble(value)) >= 0; }
            case "--ignore-figures" -> { return ignoreFigures = value == null; }
            default -> { return false; }
        }
    }

    public RelatedConfig config(CommandLine cl, InputOptions input, double minScore) {
        TimeDecay time;
        try {
            time = TimeDecay.parse(window);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--window: " + e.getMessage());
        }
        if (!(titleWeight >= 0 && titleWeight <= 10)) throw new CommandLine.ParameterException(cl, "--title-weight must be in [0, 10], was " + titleWeight);
        if (!(dupThreshold > 0 && dupThreshold <= 1)) throw new CommandLine.ParameterException(cl, "--dup-threshold must be in (0, 1], was " + dupThreshold);
        int threads = input.threads(cl);
        DedupConfig d = DedupConfig.DEFAULT;
        DedupConfig dedup = new DedupConfig(input.analysis(cl), dupThreshold, d.containment(), d.minContainedShingles(),
                null, d.anchorRate(), false, d.keep(), threads, !ignoreFigures);
        return new RelatedConfig(dedup, titleWeight, time, minScore, threads);
    }
}
