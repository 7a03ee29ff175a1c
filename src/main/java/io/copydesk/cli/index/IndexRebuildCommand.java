package io.copydesk.cli.index;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.UserException;
import io.copydesk.cli.options.DedupOptions;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.document.BadInputException;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.engine.Progress;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexException;
import io.copydesk.index.IndexWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code copydesk index rebuild}: cleans articles again with today's boilerplate counts. */
@Command(name = "rebuild", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cleans again, with the index's current boilerplate line counts, the indexed articles that were "
                + "cleaned with counts that have changed since they were added (index check counts them), and updates "
                + "their shingles, signatures and band rows. The index does not keep article texts: give the inputs the "
                + "articles were added from. Input articles not in the index, or changed since, are left alone.",
            "After a rebuild over all its articles, dedup --index gives what dedup gives on the same input."},
        footer = {"%nExample:%n  ./copydesk index add --index news.idx corpus && \\%n      ./copydesk index rebuild --index news.idx corpus", ExitCode.HELP})
public final class IndexRebuildCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin IndexCommand.Location index;
    @Mixin InputOptions input;
    @Mixin DedupOptions dedup;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + IndexAddCommand.DEFAULT_BATCH,
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        IndexAddCommand.checkBatch(cl, batch);
        ReadProblems problems = new ReadProblems(cl.getErr(), input.strict);
        long start = System.nanoTime(), read, recleaned;
        try (ArticleIndex ix = IndexCommand.openForWriting(index.dir, IndexCommand.settings(cl, input, dedup), false);
             IndexWriter writer = new IndexWriter(ix, input.threads(cl), Clock.systemUTC());
             InputSet inputs = input.open(cl);
             RecordStream stream = inputs.open(problems)) {
            long[] done = IndexFeed.reclean(stream, writer, batch, Progress.NONE);
            read = done[0];
            recleaned = done[1];
        } catch (BadInputException e) {
            throw new UserException(e.isIo() ? ExitCode.IO : ExitCode.DATA, e.getMessage());
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        } finally {
            problems.printOmitted();
        }
        if (problems.summary() != null) cl.getErr().println("copydesk: " + problems.summary());
        if (!input.quiet) {
            cl.getErr().println(String.format(Locale.ROOT, "copydesk: cleaned %,d of %s again in %.1f s",
                    recleaned, Terminal.count(read, "input article"), (System.nanoTime() - start) / 1e9));
        }
        return input.exitCode(spec.commandLine().getErr());
    }
}
