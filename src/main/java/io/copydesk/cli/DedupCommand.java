package io.copydesk.cli;

import io.copydesk.analysis.ShingleDraft;
import io.copydesk.cli.index.IndexCommand;
import io.copydesk.cli.options.DedupOptions;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.options.ListingOptions;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.options.PlainValues;
import io.copydesk.cli.output.OutputGuard;
import io.copydesk.cli.output.DedupPrinter;
import io.copydesk.cli.output.RecordFiles;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.document.InputSet;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.DuplicateGroup;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.engine.Progress;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexException;
import io.copydesk.index.IndexSnapshot;
import io.copydesk.report.AnnotatedRecords;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        footer = {"%nExamples (a # line shows part of what the example above prints):%n  ./copydesk dedup corpus"
                + "%n  # copydesk: 77 articles, 16 duplicate groups holding 62 articles, 31 unique%n  ./copydesk dedup articles.jsonl.gz --format jsonl --out groups.jsonl \\"
                + "%n      --write-unique unique.jsonl%n  ./copydesk dedup articles.jsonl --pairs --threshold 0.7%n  ./copydesk dedup --index news.idx", ExitCode.HELP})
public final class DedupCommand implements Callable<Integer>, PlainCommandLine.Command {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin InputOptions input = new InputOptions(); // the mixins made here for a run without picocli (PlainCommandLine)
    @Mixin OutputOptions output = new OutputOptions();
    @Mixin DedupOptions dedup = new DedupOptions();
    @Mixin ListingOptions listing = new ListingOptions();

    @Option(names = "--exact", description = "Compare every pair exactly, no LSH (ground truth; quadratic: small inputs only).")
    boolean exact;

    @Option(names = "--pairs", description = "Print duplicate pairs instead of groups.")
    boolean pairs;

    @Option(names = "--index", description = "INPUT is an index folder (made by copydesk index add): print the groups of its "
            + "articles, as dedup prints them for the same articles read from files.")
    boolean fromIndex;

    @Option(names = "--write-unique", paramLabel = "FILE",
            description = "Also write the deduplicated collection as JSONL: each group's canonical copy and every article in no group, "
                    + "each record exactly as given (every field and value).")
    Path writeUnique;

    @Option(names = "--annotate", paramLabel = "FILE",
            description = "Also write every input record back as JSONL, exactly as given, with dup_group, canonical (the id of "
                    + "its group's canonical copy, its own when kept), jaccard and containment added.")
    Path annotate;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        return run(cl, cl.getOut(), cl.getErr());
    }

    @Override
    public boolean take(String name, String value) {
        switch (name) {
            case "--exact" -> { return exact = value == null; }
            case "--pairs" -> { return pairs = value == null; }
            case "--write-unique" -> { return (writeUnique = PlainValues.toPath(value)) != null; }
            case "--annotate" -> { return (annotate = PlainValues.toPath(value)) != null; }
            default -> { return input.take(name, value) || output.take(name, value) || dedup.take(name, value) || listing.take(name, value); }
        }
    }

    @Override
    public boolean ready(List<String> inputs) {
        input.inputs = inputs;
        dedup.config(null, input, exact);
        input.checkLimits(null);
        listing.order(null, 0, g -> 0, g -> 0, g -> 0);
        return OutputGuard.passes(inputs, output.out(), writeUnique, annotate);
    }

    /**
     * The run, writing to {@code out} and {@code err}. {@code cl} names the command in usage errors;
     * it is null for a command line {@link PlainCommandLine} read, whose settings were checked before.
     */
    @Override
    public int run(CommandLine cl, PrintWriter out, PrintWriter err) {
        DedupConfig config = dedup.config(cl, input, exact);
        long start = System.nanoTime();
        if (fromIndex) {
            DedupResult result = fromIndex(cl, config);
            print(cl, out, result, input.progress(err));
            if (!input.quiet) err.println(summary(result, indexConfig, System.nanoTime() - start));
            return ExitCode.OK;
        }
        try (InputSet inputs = input.open(cl)) {
            NearDuplicates duplicates = new NearDuplicates(config);
            List<ShingleDraft> drafts = new ArrayList<>();
            Corpus corpus = input.scan(cl, inputs, err, duplicates.firstPass(), drafts); // the input is read once
            Progress progress = input.progress(err);
            DedupResult result = duplicates.find(corpus, drafts, progress);
            print(cl, out, result, progress);
            if (writeUnique != null) RecordFiles.writeUnique(writeUnique, corpus, result.kept(), progress);
            if (annotate != null) RecordFiles.writeAnnotated(annotate, corpus, AnnotatedRecords.of(result), err, progress);
            if (!input.quiet) err.println(summary(result, config, System.nanoTime() - start));
        }
        return input.exitCode(err);
    }

    private DedupConfig indexConfig;

    private void print(CommandLine cl, PrintWriter out, DedupResult result, Progress progress) {
        try (OutputOptions.Sink sink = output.open(out)) {
            DedupPrinter printer = new DedupPrinter(sink.writer(), output.format(), output.textWidth(), listing.withMeta, output.writing(progress));
            if (pairs) printer.pairs(result);
            else printer.groups(result, order(cl, result));
            sink.commit();
        }
    }

    /** The groups to print: --min-size, --sort (score: mean Jaccard of the copies against the canonical one). */
    private List<Integer> order(CommandLine cl, DedupResult r) {
        List<DuplicateGroup> groups = r.groups();
        return listing.order(cl, groups.size(), g -> groups.get(g).members().size(),
                g -> groups.get(g).members().stream().map(m -> r.articles().get(m.index()).date()).filter(d -> d != null)
                        .mapToLong(java.time.Instant::toEpochMilli).min().orElse(Long.MAX_VALUE),
                g -> groups.get(g).members().stream().skip(1).mapToDouble(DuplicateGroup.Member::jaccard).average().orElse(0));
    }

    /** Duplicates among the articles of an index, with the index's settings (options may only repeat them). */
    private DedupResult fromIndex(CommandLine cl, DedupConfig asked) {
        if (input.inputs.size() != 1) throw new CommandLine.ParameterException(cl, "--index takes one INPUT, the index folder; got " + input.inputs.size());
        if (writeUnique != null) throw new CommandLine.ParameterException(cl, "--write-unique needs the article texts, which an index does not keep");
        if (annotate != null) throw new CommandLine.ParameterException(cl, "--annotate needs the input records, which an index does not keep");
        try (ArticleIndex ix = IndexCommand.openForReading(Path.of(input.inputs.getFirst()), IndexCommand.settings(cl, input, dedup))) {
            DedupConfig config = indexConfig = ix.settings().dedupConfig(asked.keep(), asked.threads()).withExact(asked.exact());
            IndexSnapshot snapshot = IndexSnapshot.load(ix, input.progress(cl.getErr()));
            if (snapshot.articles().isEmpty()) throw new UserException(ExitCode.DATA, "no article in the index " + input.inputs.getFirst());
            return new NearDuplicates(config).find(snapshot.articles(), snapshot.shingleSets(), input.progress(cl.getErr()));
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        }
    }

    private static String summary(DedupResult r, DedupConfig config, long nanos) {
        int inGroups = r.groups().stream().mapToInt(g -> g.members().size()).sum();
        return Terminal.summary(String.format(Locale.ROOT, "%s, %s holding %s, %,d unique", Terminal.count(r.articles().size(), "article"),
                Terminal.count(r.groups().size(), "duplicate group"), Terminal.count(inGroups, "article"), r.kept().cardinality()))
                + System.lineSeparator()
                + Terminal.summary(pairs(r, config) + String.format(Locale.ROOT, " in %.1f s", nanos / 1e9));
    }

    /** The pairs and where they come from: exact copies are paired without a candidate, so they are counted apart. */
    private static String pairs(DedupResult r, DedupConfig config) {
        String candidates = config.exact() ? Terminal.count(r.candidates(), "pair compared", "pairs compared")
                : Terminal.count(r.candidates(), "candidate") + " (" + config.banding() + ")";
        String pairs = Terminal.count(r.pairCount(), "duplicate pair");
        long copies = r.exactCopyPairs();
        if (copies == 0) return pairs + " from " + candidates;
        return String.format(Locale.ROOT, "%s: %,d of exact copies, %,d from %s,", pairs, copies, r.pairCount() - copies, candidates);
    }
}
