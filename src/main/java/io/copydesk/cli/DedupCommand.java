package io.copydesk.cli;

import io.copydesk.document.ArticleJson;
import io.copydesk.document.InputSet;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexException;
import io.copydesk.index.IndexSnapshot;
import io.copydesk.internal.io.AtomicFile;
import io.copydesk.internal.io.IoErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "dedup", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Finds articles that are the same story: exact copies, syndicated copies with other page furniture, "
                + "lightly edited or updated versions, and briefs contained in a longer version.",
                "Prints duplicate groups (canonical copy first, scores against it) or, with --pairs, every duplicate pair."},
        footer = {"%nExamples:%n  copydesk dedup corpus%n  copydesk dedup articles.jsonl.gz --format jsonl --out groups.jsonl"
                + " --write-unique unique.jsonl%n  copydesk dedup articles.jsonl --pairs --threshold 0.7%n  copydesk dedup --index news.idx", ExitCode.HELP})
public final class DedupCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOptions output;
    @Mixin DedupOptions dedup;

    @Option(names = "--exact", description = "Compare every pair exactly, no LSH (ground truth; quadratic: small inputs only).")
    boolean exact;

    @Option(names = "--pairs", description = "Print duplicate pairs instead of groups.")
    boolean pairs;

    @Option(names = "--index", description = "INPUT is an index folder (made by copydesk index add): print the groups of its "
            + "articles, as dedup prints them for the same articles read from files.")
    boolean fromIndex;

    @Option(names = "--write-unique", paramLabel = "FILE",
            description = "Also write the deduplicated collection as JSONL: each group's canonical copy and every article in no group.")
    Path writeUnique;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        DedupConfig config = dedup.config(cl, input, exact);
        PrintWriter err = cl.getErr();
        long start = System.nanoTime();
        if (fromIndex) {
            DedupResult result = fromIndex(cl, config);
            print(cl, result);
            if (!input.quiet) err.println(summary(result, indexConfig, System.nanoTime() - start));
            return ExitCode.OK;
        }
        try (InputSet inputs = input.open(cl)) {
            Corpus corpus = input.scan(cl, inputs, err);
            DedupResult result = new NearDuplicates(config).find(corpus, input.progress(err));
            print(cl, result);
            if (writeUnique != null) writeUnique(corpus, result.kept());
            if (!input.quiet) err.println(summary(result, config, System.nanoTime() - start));
        }
        return input.exitCode(spec.commandLine().getErr());
    }

    private DedupConfig indexConfig;

    private void print(CommandLine cl, DedupResult result) {
        try (OutputOptions.Sink sink = output.open(cl.getOut())) {
            DedupPrinter printer = new DedupPrinter(sink.writer(), output.format());
            if (pairs) printer.pairs(result);
            else printer.groups(result);
            sink.commit();
        }
    }

    /** Duplicates among the articles of an index, with the index's settings (options may only repeat them). */
    private DedupResult fromIndex(CommandLine cl, DedupConfig asked) {
        if (input.inputs.size() != 1) throw new CommandLine.ParameterException(cl, "--index takes one INPUT, the index folder; got " + input.inputs.size());
        if (writeUnique != null) throw new CommandLine.ParameterException(cl, "--write-unique needs the article texts, which an index does not keep");
        try (ArticleIndex ix = IndexCommand.openForReading(Path.of(input.inputs.getFirst()), IndexCommand.settings(cl, input, dedup))) {
            DedupConfig config = indexConfig = ix.settings().dedupConfig(asked.keep(), asked.threads()).withExact(asked.exact());
            IndexSnapshot snapshot = IndexSnapshot.load(ix, input.progress(cl.getErr()));
            if (snapshot.articles().isEmpty()) throw new UserException(ExitCode.DATA, "no article in the index " + input.inputs.getFirst());
            return new NearDuplicates(config).find(snapshot.articles(), snapshot.shingleSets(), input.progress(cl.getErr()));
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        }
    }

    private void writeUnique(Corpus corpus, BitSet kept) {
        try (AtomicFile file = new AtomicFile(writeUnique)) {
            Writer w = file.writer();
            corpus.forEachArticle((a, index) -> {
                if (!kept.get(index)) return;
                try {
                    w.write(ArticleJson.toLine(a));
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            file.commit();
        } catch (IOException e) {
            throw new UserException(ExitCode.IO, "cannot write " + writeUnique + ": " + IoErrors.reason(e));
        } catch (UncheckedIOException e) {
            throw new UserException(ExitCode.IO, "cannot write " + writeUnique + ": " + IoErrors.reason(e.getCause()));
        }
    }

    private static String summary(DedupResult r, DedupConfig config, long nanos) {
        int inGroups = r.groups().stream().mapToInt(g -> g.members().size()).sum();
        return String.format(Locale.ROOT,
                "copydesk: %,d articles, %,d duplicate groups holding %,d articles, %,d unique; %,d duplicate pairs from %,d %s in %.1f s",
                r.articles().size(), r.groups().size(), inGroups, r.kept().cardinality(), r.pairCount(), r.candidates(),
                config.exact() ? "pairs compared" : "candidates (" + config.banding() + ")", nanos / 1e9);
    }
}
