package io.copydesk.cli.options;

import io.copydesk.cluster.NeighbourSmoothing;
import io.copydesk.engine.ClusterConfig;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.TimeDecay;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of the two story levels (event, storyline), shared by cluster, related, explain and eval run. */
public final class LevelOptions {
    @Option(names = "--event-threshold", paramLabel = "T", defaultValue = "auto",
            description = "Mean pairwise score (cosine x time weight) two events need to merge, in (0, 1], or auto: the larger of the "
                    + "similarity random pairs of this collection reach only by chance and a prior for the text length, "
                    + "0.05 for headlines to 0.30 for articles (default: ${DEFAULT-VALUE}).")
    String eventThreshold = "auto"; // defaults as in the annotations (a run without picocli starts from these)

    @Option(names = "--storyline-threshold", paramLabel = "T", defaultValue = "auto",
            description = "Mean pairwise score (cosine x storyline time weight) two storylines need to merge, in (0, 1], or auto: "
                    + "the larger of 0.3 x the event threshold and the score random pairs of events within the storyline window "
                    + "reach so rarely that an event expects 0.03 chance partners (default: ${DEFAULT-VALUE}).")
    String storylineThreshold = "auto";

    @Option(names = "--storyline-window", paramLabel = "W", defaultValue = ClusterConfig.DEFAULT_STORYLINE_WINDOW_TEXT,
            description = "Time decay between the events of one storyline (12h, 30d, 8w, none = text alone); "
                    + "the event window is --window (default: ${DEFAULT-VALUE}).")
    public String storylineWindow = ClusterConfig.DEFAULT_STORYLINE_WINDOW_TEXT;

    @Option(names = "--neighbours", paramLabel = "K", defaultValue = "" + ClusterConfig.DEFAULT_NEIGHBOURS,
            description = "Nearest neighbours per article in the candidate graph, 1-1000 (default: ${DEFAULT-VALUE}).")
    int neighbours = ClusterConfig.DEFAULT_NEIGHBOURS;

    @Option(names = "--smoothing", paramLabel = "A", defaultValue = "" + NeighbourSmoothing.DEFAULT_ALPHA,
            description = "Weight of each article's " + NeighbourSmoothing.NEIGHBOURS + " nearest neighbours (at the event threshold) in the "
                    + "vector events are linked on, 0-1: reports of one event that share no word meet through the neighbours they "
                    + "share; 0 links on the articles' own words (default: ${DEFAULT-VALUE}).")
    double smoothing = NeighbourSmoothing.DEFAULT_ALPHA;

    /** As {@link InputOptions#take}: sets this class's option from a plain command line; false when not one of them or not plain. */
    public boolean take(String name, String value) {
        switch (name) {
            case "--event-threshold" -> { return (eventThreshold = PlainValues.toText(value)) != null; }
            case "--storyline-threshold" -> { return (storylineThreshold = PlainValues.toText(value)) != null; }
            case "--storyline-window" -> { return (storylineWindow = PlainValues.toText(value)) != null; }
            case "--neighbours" -> { return (neighbours = PlainValues.toInt(value)) >= 0; }
            case "--smoothing" -> { return (smoothing = PlainValues.toDouble(value)) >= 0; }
            default -> { return false; }
        }
    }

    public ClusterConfig config(CommandLine cl, RelatedConfig related) {
        if (!(smoothing >= 0 && smoothing <= 1)) throw new CommandLine.ParameterException(cl, "--smoothing must be in [0, 1], was " + smoothing);
        if (neighbours < 1 || neighbours > 1000) throw new CommandLine.ParameterException(cl, "--neighbours must be in [1, 1000], was " + neighbours);
        TimeDecay window;
        try {
            window = TimeDecay.parse(storylineWindow);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--storyline-window: " + e.getMessage());
        }
        return new ClusterConfig(related, threshold(cl, "--event-threshold", eventThreshold),
                threshold(cl, "--storyline-threshold", storylineThreshold), window, neighbours, ClusterConfig.DEFAULT_DENSE_LIMIT,
                smoothing);
    }

    /** A merge threshold: a number in (0, 1], or NaN for "auto". */
    static double threshold(CommandLine cl, String option, String value) {
        if (value.equalsIgnoreCase("auto")) return Double.NaN;
        double t;
        try {
            t = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(cl, option + " must be a number in (0, 1] or auto, was " + value);
        }
        if (!(t > 0 && t <= 1)) throw new CommandLine.ParameterException(cl, option + " must be in (0, 1] or auto, was " + value);
        return t;
    }
}
