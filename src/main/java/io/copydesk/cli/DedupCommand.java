package io.copydesk.cli;

import io.copydesk.document.ArticleJson;
import io.copydesk.document.InputSet;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.KeepPolicy;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.internal.io.AtomicFile;
import io.copydesk.lsh.LshParams;
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

    @Option(names = "--threshold", paramLabel = "J", defaultValue = "" + DedupConfig.DEFAULT_THRESHOLD,
            description = "Jaccard similarity of shingle sets at which two articles are duplicates, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--containment", paramLabel = "C", defaultValue = "" + DedupConfig.DEFAULT_CONTAINMENT,
            description = "Share of the smaller article found in the larger at which it is a contained duplicate, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double containment;

    @Option(names = "--min-contained", paramLabel = "N", defaultValue = "" + DedupConfig.DEFAULT_MIN_CONTAINED_SHINGLES,
            description = "Shingles the smaller article needs for containment to count (default: ${DEFAULT-VALUE}).")
    int minContained;

    @Option(names = "--hashes", paramLabel = "K", defaultValue = "" + DedupConfig.DEFAULT_HASHES,
            description = "MinHash signature size, 8-4096 (default: ${DEFAULT-VALUE}).")
    int hashes;

    @Option(names = "--bands", paramLabel = "B", description = "LSH bands (with --rows; default: derived from --threshold).")
    Integer bands;

    @Option(names = "--rows", paramLabel = "R", description = "LSH rows per band (with --bands).")
    Integer rows;

    @Option(names = "--exact", description = "Compare every pair exactly, no LSH (ground truth; quadratic: small inputs only).")
    boolean exact;

    @Option(names = "--keep", paramLabel = "POLICY", defaultValue = "earliest",
            description = "Canonical copy of a group: earliest (date, then longest, then id), longest, or first (input order). Default: ${DEFAULT-VALUE}.")
    KeepPolicy keep;

    @Option(names = "--pairs", description = "Print duplicate pairs instead of groups.")
    boolean pairs;

    @Option(names = "--write-unique", paramLabel = "FILE",
            description = "Also write the deduplicated collection as JSONL: each group's canonical copy and every article in no group.")
    Path writeUnique;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        DedupConfig config = config(cl);
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

    private DedupConfig config(CommandLine cl) {
        if (!(threshold > 0 && threshold <= 1)) throw new CommandLine.ParameterException(cl, "--threshold must be in (0, 1], was " + threshold);
        if (!(containment > 0 && containment <= 1)) throw new CommandLine.ParameterException(cl, "--containment must be in (0, 1], was " + containment);
        if (minContained < 1) throw new CommandLine.ParameterException(cl, "--min-contained must be at least 1, was " + minContained);
        if (hashes < 8 || hashes > 4096) throw new CommandLine.ParameterException(cl, "--hashes must be in [8, 4096], was " + hashes);
        LshParams lsh = null;
        if (bands != null || rows != null) {
            if (bands == null || rows == null) throw new CommandLine.ParameterException(cl, "--bands and --rows go together");
            if (bands < 1 || rows < 1 || (long) bands * rows > hashes) {
                throw new CommandLine.ParameterException(cl, "--bands x --rows must be in [1, --hashes (" + hashes + ")], was " + bands + " x " + rows);
            }
            lsh = new LshParams(bands, rows);
        }
        return new DedupConfig(input.analysis(cl), threshold, containment, minContained, hashes, lsh,
                DedupConfig.DEFAULT_ANCHOR_RATE, exact, keep, input.threads(cl));
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
