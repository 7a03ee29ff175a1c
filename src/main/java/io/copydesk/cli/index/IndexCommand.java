package io.copydesk.cli.index;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.cli.ExitCode;
import io.copydesk.cli.UserException;
import io.copydesk.cli.options.DedupOptions;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.options.TfIdfOptions;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexException;
import io.copydesk.index.IndexSettings;
import io.copydesk.lsh.LshParams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code copydesk index}: a persistent, incremental duplicate index for a stream of articles. */
@Command(name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "A persistent index in a folder (SQLite, WAL mode): add articles as they arrive, ask for each new one"
                + " which indexed articles it duplicates and which are related, expire old ones, without recomputing the collection."
                + " dedup, related and cluster --index read the indexed articles as if from files.",
            "Settings (shingle size, hashes, banding, thresholds, boilerplate) are fixed when the index is created; later"
                + " commands use them, and an option that asks for other values is refused with both values.",
            "One writer at a time (add, query --add, remove, expire, rebuild): a second one is refused (exit 3); queries run while it writes."},
        subcommands = {IndexAddCommand.class, IndexQueryCommand.class, IndexRemoveCommand.class, IndexExpireCommand.class,
            IndexStatsCommand.class, IndexCheckCommand.class, IndexRebuildCommand.class},
        footer = {"%nExamples:%n  ./copydesk index add --index news.idx corpus"
                + "%n  ./copydesk index query --index news.idx --add incoming.jsonl"
                + "%n  ./copydesk index expire --index news.idx --older-than 30d"
                + "%n  ./copydesk dedup --index news.idx"
                + "%n  ./copydesk cluster --index news.idx", ExitCode.HELP})
public final class IndexCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required (add, query, remove, expire, stats, check, rebuild)");
    }

    /** {@code --index DIR}, shared by the subcommands. */
    static final class Location {
        @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder (index add creates it).")
        Path dir;
    }

    /** The exit code and message of an index problem. */
    public static UserException userError(IndexException e) {
        int code = switch (e.kind()) {
            case IO, LOCKED -> ExitCode.IO;
            case SETTINGS -> ExitCode.USAGE;
            case FORMAT, CORRUPT -> ExitCode.DATA;
        };
        return new UserException(code, e.getMessage());
    }

    /**
     * The settings to use: for a new index, those of the options; for an existing one, its stored
     * settings with the options given on this command line put in, so that an option asking for
     * another value than the index has is refused (naming both) and options left out never are.
     *
     * @param titleWeight {@code --title-weight} when the command has it and it was given, else null
     */
    public static ArticleIndex.SettingsChoice settings(CommandLine cl, InputOptions input, DedupOptions dedup, Double titleWeight) {
        DedupConfig asked = dedup.config(cl, input, false);
        return settings(cl, asked, "--threshold", titleWeight);
    }

    public static ArticleIndex.SettingsChoice settings(CommandLine cl, InputOptions input, DedupOptions dedup) {
        return settings(cl, input, dedup, null);
    }

    /**
     * As {@link #settings(CommandLine, InputOptions, DedupOptions, Double)}, for {@code related}
     * and {@code cluster}: their {@code --dup-threshold} and {@code --title-weight}, when given,
     * must be the index's.
     */
    public static ArticleIndex.SettingsChoice settings(CommandLine cl, InputOptions input, TfIdfOptions tfidf) {
        RelatedConfig asked = tfidf.config(cl, input, RelatedConfig.DEFAULT_MIN_SCORE);
        Double titleWeight = cl.getParseResult().hasMatchedOption("--title-weight") ? asked.titleWeight() : null;
        return settings(cl, asked.dedup(), "--dup-threshold", titleWeight);
    }

    private static ArticleIndex.SettingsChoice settings(CommandLine cl, DedupConfig asked, String thresholdOption, Double titleWeight) {
        CommandLine.ParseResult parsed = cl.getParseResult();
        return stored -> {
            if (stored == null) return IndexSettings.of(asked, titleWeight != null ? titleWeight : RelatedConfig.DEFAULT_TITLE_WEIGHT);
            AnalysisConfig a = stored.analysis();
            AnalysisConfig wanted = new AnalysisConfig(
                    parsed.hasMatchedOption("--shingle") ? asked.analysis().shingle() : a.shingle(), a.seed(),
                    parsed.hasMatchedOption("--tokenizer") ? asked.analysis().tokenizer() : a.tokenizer(),
                    parsed.hasMatchedOption("--keep-boilerplate") ? BoilerplateConfig.OFF : a.boilerplate(),
                    parsed.hasMatchedOption("--hashes") ? asked.hashes() : stored.hashes(), a.titleBelow());
            int hashes = wanted.hashes();
            double threshold = parsed.hasMatchedOption(thresholdOption) ? asked.threshold() : stored.threshold();
            LshParams banding = stored.banding();
            if (parsed.hasMatchedOption("--bands")) {
                banding = asked.banding();
            } else if (stored.banding().equals(LshParams.forThreshold(Math.min(stored.threshold(), 0.99), stored.hashes()))) {
                banding = LshParams.forThreshold(Math.min(threshold, 0.99), hashes); // derived, as it was
            }
            return new IndexSettings(wanted, banding, stored.anchorRate(), threshold,
                    parsed.hasMatchedOption("--containment") ? asked.containment() : stored.containment(),
                    parsed.hasMatchedOption("--min-contained") ? asked.minContainedShingles() : stored.minContained(),
                    titleWeight != null ? titleWeight : stored.titleWeight(), stored.prefixKeys(), stored.briefKeys(),
                    parsed.hasMatchedOption("--ignore-figures") ? asked.compareFigures() : stored.compareFigures());
        };
    }

    public static ArticleIndex openForReading(Path dir, ArticleIndex.SettingsChoice choice) {
        try {
            return ArticleIndex.openForReading(dir, choice);
        } catch (IndexException e) {
            throw userError(e);
        }
    }

    static ArticleIndex openForWriting(Path dir, ArticleIndex.SettingsChoice choice, boolean create) {
        try {
            return ArticleIndex.openForWriting(dir, choice, create);
        } catch (IndexException e) {
            throw userError(e);
        }
    }
}
