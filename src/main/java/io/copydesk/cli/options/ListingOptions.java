package io.copydesk.cli.options;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which duplicate groups or stories to print, in which order, with how much about each article. */
public final class ListingOptions {
    public enum Sort { size, date, score }

    @Option(names = "--min-size", paramLabel = "N", defaultValue = "1",
            description = "Print only groups or stories of at least N articles (the summary still counts all). Default: ${DEFAULT-VALUE}.")
    int minSize = 1; // as in the annotation (a run without picocli starts from it)

    @Option(names = "--sort", paramLabel = "ORDER",
            description = "size (largest first), date (earliest article first, undated last) or score (tightest first: "
                    + "mean score against the canonical copy). Default: the order of the input (groups), largest first (stories).")
    Sort sort;

    @Option(names = "--with-meta", description = "JSONL, TSV and CSV: also give each article's title, source and date.")
    public boolean withMeta;

    /** As {@link InputOptions#take}: sets this class's option from a plain command line; false when not one of them or not plain. */
    public boolean take(String name, String value) {
        switch (name) {
            case "--min-size" -> { return (minSize = PlainValues.toInt(value)) >= 0; }
            case "--sort" -> { return (sort = PlainValues.toEnum(Sort.class, value)) != null; }
            case "--with-meta" -> { return withMeta = value == null; }
            default -> { return false; }
        }
    }

    /**
     * The items to print (0-based), those of at least {@code --min-size} articles in the order asked;
     * ties and the default keep the given order, so the numbers printed stay those of the full list.
     */
    public List<Integer> order(CommandLine cl, int count, IntToLongFunction size, IntToLongFunction date, IntToDoubleFunction score) {
        if (minSize < 1) throw new CommandLine.ParameterException(cl, "--min-size must be at least 1, was " + minSize);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) if (size.applyAsLong(i) >= minSize) out.add(i);
        if (sort == null) return out;
        Comparator<Integer> by = switch (sort) {
            case size -> Comparator.comparingLong((Integer i) -> -size.applyAsLong(i));
            case date -> Comparator.comparingLong(date::applyAsLong);
            case score -> Comparator.comparingDouble((Integer i) -> -score.applyAsDouble(i));
        };
        out.sort(by);
        return out;
    }
}
