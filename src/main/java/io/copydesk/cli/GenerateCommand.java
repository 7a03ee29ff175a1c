package io.copydesk.cli;

import io.copydesk.cli.output.JsonlTarget;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code copydesk generate}: a seeded synthetic news collection with ground truth, as JSONL. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic, news-like collection with ground truth as JSONL, one article per line:"
                + " id, title, text, date, source, url, then the truth: cluster (event), storyline (an event and its follow-ups; a same-kind twin has its own), dup_group, kind"
                + " (original, related, distractor, follow-up, copy, brief, update), body_start, body_end (the story"
                + " body within text; the rest is site furniture).",
            "Same options, same bytes. Memory does not grow with --articles.",
        },
        footer = "%nExamples:%n  ./copydesk generate --articles 1000 > sample.jsonl%n"
                + "  ./copydesk generate --articles 1000000 --seed 7 --edit-rate 0.05 \\%n"
                + "      --out news.jsonl.gz --truth-pairs pairs.jsonl%n" + ExitCode.HELP)
public final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N",
            description = "Number of articles to write, exactly (1.." + GeneratorConfig.MAX_ARTICLES + ").")
    long articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + GeneratorConfig.DEFAULT_SEED,
            description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--dup-rate", paramLabel = "F", defaultValue = "" + GeneratorConfig.DEFAULT_DUP_RATE,
            description = "Probability that an article is republished by 1-5 other sites as copies, briefs"
                    + " or updates (0..1). Default: ${DEFAULT-VALUE}.")
    double dupRate;

    @Option(names = "--edit-rate", paramLabel = "F", defaultValue = "" + GeneratorConfig.DEFAULT_EDIT_RATE,
            description = "Share of words substituted, inserted or deleted in a copy (0.."
                    + GeneratorConfig.MAX_EDIT_RATE + "). Default: ${DEFAULT-VALUE}.")
    double editRate;

    @Option(names = "--related-per-event", paramLabel = "N", defaultValue = "" + GeneratorConfig.DEFAULT_RELATED_PER_EVENT,
            description = "Most independently written articles per event; each event has 1..N (1.."
                    + GeneratorConfig.MAX_RELATED_PER_EVENT + "). Default: ${DEFAULT-VALUE}.")
    int relatedPerEvent;

    @Option(names = "--distractor-rate", paramLabel = "F", defaultValue = "" + GeneratorConfig.DEFAULT_DISTRACTOR_RATE,
            description = "Probability that an event gets a same-kind twin event, months apart, with other"
                    + " names (another storyline) (0..1). Default: ${DEFAULT-VALUE}.")
    double distractorRate;

    @Option(names = "--sites", paramLabel = "N", defaultValue = "" + GeneratorConfig.DEFAULT_SITES,
            description = "Number of publishing sites, each with its own page furniture (" + GeneratorConfig.MIN_SITES
                    + ".." + GeneratorConfig.MAX_SITES + "). Default: ${DEFAULT-VALUE}.")
    int sites;

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + GeneratorConfig.DEFAULT_DAYS,
            description = "Days over which events are spread (1.." + GeneratorConfig.MAX_DAYS + "). Default: ${DEFAULT-VALUE}.")
    int days;

    @Option(names = "--start", paramLabel = "DATE", defaultValue = GeneratorConfig.DEFAULT_START_TEXT,
            description = "First day of the span, YYYY-MM-DD. Default: ${DEFAULT-VALUE}.")
    LocalDate start;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the articles to FILE (atomically) instead of stdout; gzip-compressed when FILE ends in .gz.")
    Path out;

    @Option(names = "--truth-pairs", paramLabel = "FILE",
            description = "Also write every duplicate pair as JSONL {\"a\", \"b\", \"kind\"} to FILE (kind: copy, brief or update).")
    Path truthPairs;

    @Option(names = "--gzip", description = "Compress --out and --truth-pairs with gzip whatever their names.")
    boolean gzip;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr (shown only on a terminal, with --out).")
    boolean quiet;

    @Override
    public Integer call() {
        NewsGenerator generator = new NewsGenerator(config());
        CommandLine cl = spec.commandLine();
        Progress progress = Progress.forTerminal(out != null && !quiet, articles, cl.getErr());
        try (JsonlTarget articleOut = out == null ? JsonlTarget.stdout(cl.getOut()) : JsonlTarget.file(out, compressed(out));
             JsonlTarget pairOut = truthPairs == null ? null : JsonlTarget.file(truthPairs, compressed(truthPairs))) {
            generator.generate(a -> {
                articleOut.line(a.toJson());
                progress.advance();
            }, pair -> {
                if (pairOut != null) pairOut.line(pair.toJson());
            });
            articleOut.commit();
            if (pairOut != null) pairOut.commit();
        } finally {
            progress.done();
        }
        return ExitCode.OK;
    }

    private GeneratorConfig config() {
        if (gzip && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--gzip needs --out FILE (compressed data is not written to stdout)");
        }
        if (out != null && out.equals(truthPairs)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--truth-pairs must name another file than --out");
        }
        try {
            return new GeneratorConfig(articles, seed, dupRate, editRate, relatedPerEvent, distractorRate, sites, days, start);
        } catch (GeneratorConfig.InvalidSetting e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.setting() + ": " + e.problem());
        }
    }

    private boolean compressed(Path file) {
        return gzip || file.getFileName().toString().endsWith(".gz");
    }

    /** A one-line counter on stderr, only when a person watches a terminal and stdout is not the data. */
    private static final class Progress {
        private static final long NANOS_BETWEEN = 500_000_000L;
        private final long total;
        private final PrintWriter err;
        private long count;
        private long last = System.nanoTime();

        private Progress(long total, PrintWriter err) {
            this.total = total;
            this.err = err;
        }

        static Progress forTerminal(boolean dataInFile, long total, PrintWriter err) {
            // Java cannot ask about stderr alone; an interactive console is the closest signal.
            boolean terminal = System.console() != null && System.console().isTerminal();
            return new Progress(total, dataInFile && terminal ? err : null);
        }

        void advance() {
            if (err == null || (++count & 1023) != 0) return;
            long now = System.nanoTime();
            if (now - last < NANOS_BETWEEN) return;
            last = now;
            err.print("\rgenerate: " + count + " of " + total + " articles (" + (count * 100 / total) + "%)");
            err.flush();
        }

        void done() {
            if (err == null) return;
            err.println("\rgenerate: " + count + " of " + total + " articles        ");
        }
    }
}
