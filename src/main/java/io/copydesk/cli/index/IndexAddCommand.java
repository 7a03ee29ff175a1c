package io.copydesk.cli.index;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.options.DedupOptions;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code copydesk index add}: adds articles to an index, creating it when needed. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds articles to the index in DIR, creating it with the given settings when there is none.",
            "Idempotent by id: an article already indexed with the same content is left alone, a changed one replaces it. "
                + "Articles are committed in batches (--batch); a run that is killed keeps every committed batch, and "
                + "running the same command again completes it.",
            "Boilerplate: each batch first adds its lines to the index's line counts, then is cleaned with the counts as "
                + "they are then; a run of more than one batch then reads its input again and cleans those of its articles "
                + "whose lines have become frequent since with the run's counts, so one run over a collection cleans it as "
                + "dedup does. Articles added by earlier runs keep their cleaning (index check counts them; index rebuild "
                + "cleans them again)."},
        footer = {"%nExamples:%n  ./copydesk index add --index news.idx corpus"
                + "%n  ./copydesk index add --index archive.idx --shingle 5 --threshold 0.6 archive/", ExitCode.HELP})
public final class IndexAddCommand implements Callable<Integer> {
    static final int DEFAULT_BATCH = 1000;

    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin IndexCommand.Location index;
    @Mixin InputOptions input;
    @Mixin DedupOptions dedup;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + DEFAULT_BATCH,
            description = "Articles per transaction, 1-1000000 (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--title-weight", paramLabel = "W",
            description = "When creating the index: how many times a title word counts against a body word in the TF-IDF term "
                    + "counts, 0-10 (default: 2, as related and cluster).")
    Double titleWeight;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        checkBatch(cl, batch);
        checkTitleWeight(cl, titleWeight);
        try (ArticleIndex ix = IndexCommand.openForWriting(index.dir, IndexCommand.settings(cl, input, dedup, titleWeight), true)) {
            IndexFeed.Totals t = IndexFeed.run(cl, input, ix, batch, null, true);
            if (!input.quiet) {
                ix.checkpoint();
                IndexStats s = IndexStats.of(ix);
                cl.getErr().println(Terminal.summary(String.format(Locale.ROOT, "indexed %s; index holds %s, %,d bytes (%,d per article)",
                        IndexFeed.summary(t), Terminal.count(s.articles(), "article"), s.bytes(), s.bytesPerArticle())));
            }
        }
        return input.exitCode(spec.commandLine().getErr());
    }

    private static void checkTitleWeight(CommandLine cl, Double w) {
        if (w != null && !(w >= 0 && w <= 10)) throw new CommandLine.ParameterException(cl, "--title-weight must be in [0, 10], was " + w);
    }

    static void checkBatch(CommandLine cl, int batch) {
        if (batch < 1 || batch > 1_000_000) throw new CommandLine.ParameterException(cl, "--batch must be in [1, 1000000], was " + batch);
    }
}
