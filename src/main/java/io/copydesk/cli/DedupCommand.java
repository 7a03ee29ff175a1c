package io.copydesk.cli;

import io.copydesk.document.ArticleJson;
import io.copydesk.document.InputSet;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.internal.io.AtomicFile;
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
                + " --write-unique unique.jsonl%n  copydesk dedup articles.jsonl --pairs --threshold 0.7", ExitCode.HELP})
public final class DedupCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOptions output;
    @Mixin DedupOptions dedup;

    @Option(names = "--exact", description = "Compare every pair exactly, no LSH (ground truth; quadratic: small inputs only).")
    boolean exact;

    @Option(names = "--pairs", description = "Print duplicate pairs instead of groups.")
    boolean pairs;

    @Option(names = "--write-unique", paramLabel = "FILE",
            description = "Also write the deduplicated collection as JSONL: each group's canonical copy and every article in no group.")
    Path writeUnique;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        DedupConfig config = dedup.config(cl, input, exact);
        PrintWriter err = cl.getErr();
        long start = System.nanoTime();
        try (InputSet inputs = input.open(cl)) {
            Corpus corpus = input.scan(cl, inputs, err);
            DedupResult result = new NearDuplicates(config).find(corpus, input.progress(err));
            try (OutputOptions.Sink sink = output.open(cl.getOut())) {
                DedupPrinter printer = new DedupPrinter(sink.writer(), output.format());
                if (pairs) printer.pairs(result);
                else printer.groups(result);
                sink.commit();
            }
            if (writeUnique != null) writeUnique(corpus, result.kept());
            if (!input.quiet) err.println(summary(result, config, System.nanoTime() - start));
        }
        return ExitCode.OK;
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
        } catch (IOException | UncheckedIOException e) {
            throw new UserException(ExitCode.IO, "cannot write " + writeUnique + ": " + e.getMessage());
        }
    }

    private static String summary(DedupResult r, DedupConfig config, long nanos) {
        int inGroups = r.groups().stream().mapToInt(g -> g.members().size()).sum();
        return String.format(Locale.ROOT,
                "copydesk: %,d articles, %,d duplicate groups holding %,d articles, %,d unique; %,d duplicate pairs from %,d %s in %.1f s",
                r.articles().size(), r.groups().size(), inGroups, r.kept().cardinality(), r.pairs().size(), r.candidates(),
                config.exact() ? "pairs compared" : "candidates (" + config.banding() + ")", nanos / 1e9);
    }
}
