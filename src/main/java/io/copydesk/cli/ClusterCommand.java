package io.copydesk.cli;

import io.copydesk.cli.index.IndexRelated;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.options.LevelOptions;
import io.copydesk.cli.options.ListingOptions;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.options.PlainValues;
import io.copydesk.cli.options.TfIdfOptions;
import io.copydesk.cli.output.ClusterPrinter;
import io.copydesk.cli.output.OutputGuard;
import io.copydesk.cli.output.RecordFiles;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.document.InputSet;
import io.copydesk.engine.ClusterConfig;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.Progress;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedStories;
import io.copydesk.engine.StoryClusters;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.report.AnnotatedRecords;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cluster", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Groups articles into stories at two levels: every article lands in exactly one event (one happening: "
                + "a meeting, a quake, a rate decision), and every event in exactly one storyline (a thread of events over days "
                + "to months). Duplicate groups are merged first; events grow from TF-IDF neighbours by average linkage, which "
                + "does not chain two events through one bridge article; storylines link events by shared distinctive terms "
                + "over a longer time window. Thresholds not given are chosen from the collection's own similarities and "
                + "printed on stderr (with how, under --verbose)."},
        footer = {"%nExamples (a # line shows part of what the example above prints):%n  ./copydesk cluster corpus"
                + "%n  # copydesk: 77 articles in 24 events (13 of two or more articles), window 12h"
                + "%n  ./copydesk cluster corpus --level storyline"
                + "%n  # copydesk: 21 storylines (3 of two or more events), storyline window 180d"
                + "%n  ./copydesk cluster articles.jsonl --format jsonl --out events.jsonl"
                + "%n  ./copydesk cluster headlines.jsonl --event-threshold 0.05 --window 1d"
                + "%n  ./copydesk cluster --index news.idx --format jsonl", ExitCode.HELP})
public final class ClusterCommand implements Callable<Integer>, PlainCommandLine.Command {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin InputOptions input = new InputOptions(); // the mixins made here for a run without picocli (PlainCommandLine)
    @Mixin OutputOptions output = new OutputOptions();
    @Mixin TfIdfOptions tfidf = new TfIdfOptions();
    @Mixin LevelOptions levels = new LevelOptions();
    @Mixin ListingOptions listing = new ListingOptions();

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "event",
            description = "What is printed as the flat clustering: event (each event names its storyline) or storyline "
                    + "(each storyline lists its events) (default: ${DEFAULT-VALUE}).")
    ClusterPrinter.Level level = ClusterPrinter.Level.event; // as in the annotation (a run without picocli starts from it)

    @Option(names = "--annotate", paramLabel = "FILE",
            description = "Also write every input record back as JSONL, exactly as given, with dup_group, canonical, jaccard, "
                    + "containment, event and storyline (the numbers printed) added.")
    Path annotate;

    @Option(names = "--index", description = "INPUT is an index folder (made by copydesk index add): cluster its articles from "
            + "their stored shingles and term counts, with the index's settings, as cluster does the same articles read from files.")
    boolean fromIndex;

    @Option(names = "--verbose", description = "Say on stderr how the thresholds not given were chosen from the collection "
            + "(by default one line gives their values).")
    boolean verbose;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        return run(cl, cl.getOut(), cl.getErr());
    }

    @Override
    public boolean take(String name, String value) {
        switch (name) {
            case "--level" -> { return (level = PlainValues.toEnum(ClusterPrinter.Level.class, value)) != null; }
            case "--annotate" -> { return (annotate = PlainValues.toPath(value)) != null; }
            case "--verbose" -> { return verbose = value == null; }
            default -> { return input.take(name, value) || output.take(name, value) || tfidf.take(name, value) || levels.take(name, value)
                    || listing.take(name, value); }
        }
    }

    @Override
    public boolean ready(List<String> inputs) {
        input.inputs = inputs;
        levels.config(null, tfidf.config(null, input, RelatedConfig.DEFAULT_MIN_SCORE));
        input.checkLimits(null);
        listing.order(null, 0, e -> 0, e -> 0, e -> 0);
        return OutputGuard.passes(inputs, output.out(), annotate);
    }

    /**
     * The run, writing to {@code out} and {@code err}. {@code cl} names the command in usage errors;
     * it is null for a command line {@link PlainCommandLine} read, whose settings were checked before.
     */
    @Override
    public int run(CommandLine cl, PrintWriter out, PrintWriter err) {
        RelatedConfig related = tfidf.config(cl, input, RelatedConfig.DEFAULT_MIN_SCORE);
        ClusterConfig config = levels.config(cl, related);
        long start = System.nanoTime();
        if (fromIndex) {
            if (annotate != null) throw new CommandLine.ParameterException(cl, "--annotate needs the input records, which an index does not keep");
            RelatedStories rs = IndexRelated.load(cl, input, tfidf, RelatedConfig.DEFAULT_MIN_SCORE);
            Progress progress = input.progress(err);
            ClusterResult result = new StoryClusters(config.withRelated(rs.config())).cluster(rs, progress);
            print(cl, out, rs, result, progress);
            summary(err, config, rs, result, start);
            return ExitCode.OK;
        }
        try (InputSet inputs = input.open(cl)) {
            List<Fingerprinter.StoryDraft> drafts = new ArrayList<>();
            Corpus corpus = input.scan(cl, inputs, err, RelatedStories.firstPass(related), drafts); // the input is read once
            Progress progress = input.progress(err);
            RelatedStories rs = RelatedStories.build(corpus, related, drafts, false, progress); // no new article is ranked
            ClusterResult result = new StoryClusters(config).cluster(rs, progress);
            print(cl, out, rs, result, progress);
            if (annotate != null) RecordFiles.writeAnnotated(annotate, corpus, AnnotatedRecords.of(result), err, progress);
            summary(err, config, rs, result, start);
        }
        return input.exitCode(err);
    }

    private void print(CommandLine cl, PrintWriter out, RelatedStories rs, ClusterResult result, Progress progress) {
        List<Integer> order = level == ClusterPrinter.Level.event
                ? listing.order(cl, result.clusters().size(), e -> result.clusters().get(e).size(),
                        e -> earliest(result, result.clusters().get(e).members()),
                        e -> cohesion(rs, result.clusters().get(e).canonical(), result.clusters().get(e).members()))
                : listing.order(cl, result.storylines().size(), s -> result.storylines().get(s).size(),
                        s -> earliest(result, result.storylines().get(s).members()),
                        s -> cohesion(rs, result.storylines().get(s).canonical(), result.storylines().get(s).members()));
        try (OutputOptions.Sink sink = output.open(out)) {
            int width = output.textWidth();
            new ClusterPrinter(result, sink.writer(), output.format(), width, listing.withMeta).print(level, order, output.writing(progress));
            sink.commit();
        }
    }

    private void summary(PrintWriter err, ClusterConfig config, RelatedStories rs, ClusterResult result, long start) {
        if (!input.quiet) {
            long events = result.clusters().stream().filter(c -> c.size() > 1).count();
            long threads = result.storylines().stream().filter(s -> s.events().size() > 1).count();
            err.println(Terminal.summary(String.format(Locale.ROOT, "%s in %s (%,d of two or more articles), window %s",
                    Terminal.count(result.articles().size(), "article"), Terminal.count(result.clusters().size(), "event"), events, rs.config().time())));
            err.println(Terminal.summary(String.format(Locale.ROOT, "%s (%,d of two or more events), storyline window %s",
                    Terminal.count(result.storylines().size(), "storyline"), threads, levels.storylineWindow)));
            err.println(Terminal.summary(String.format(Locale.ROOT, "%s in %.1f s", Terminal.count(result.edges(), "candidate edge"),
                    (System.nanoTime() - start) / 1e9)));
            boolean event = !Double.isNaN(config.eventThreshold()), storyline = !Double.isNaN(config.storylineThreshold());
            String how = verbose ? result.thresholds().reason() : event && storyline ? "both set"
                    : (event ? "event set" : storyline ? "storyline set" : "calibrated") + "; --verbose: why";
            err.println(Terminal.summary(String.format(Locale.ROOT, "thresholds event %.3f, storyline %.3f (%s)",
                    result.thresholds().event(), result.thresholds().storyline(), how)));
        }
    }

    /** The earliest date of these articles in epoch millis; undated ones sort last. */
    private static long earliest(ClusterResult result, List<Integer> members) {
        return members.stream().map(m -> result.articles().get(m).date()).filter(Objects::nonNull)
                .mapToLong(Instant::toEpochMilli).min().orElse(Long.MAX_VALUE);
    }

    /** Mean score (cosine x time weight) of a story's articles against its canonical one; 0 for a single article. */
    static double cohesion(RelatedStories rs, int canonical, List<Integer> members) {
        if (members.size() < 2) return 0;
        double sum = 0;
        for (int m : members) if (m != canonical) sum += rs.score(canonical, m);
        return sum / (members.size() - 1);
    }
}
