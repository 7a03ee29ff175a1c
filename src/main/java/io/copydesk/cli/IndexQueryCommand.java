package io.copydesk.cli;

import io.copydesk.document.ArticleRecord;
import io.copydesk.document.BadInputException;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexException;
import io.copydesk.index.IndexSearcher;
import io.copydesk.internal.LongList;
import io.copydesk.internal.json.JsonWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copydesk index query}: the indexed duplicates of each input article. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints, for each input article, the indexed articles it duplicates, as pairs "
                + "(a = the input article, b = the indexed one; best first), in the shape of dedup --pairs.",
            "Without --add the index is only read, so queries run while another process adds articles. "
                + "With --add each article is checked against everything indexed before it (earlier input articles included) "
                + "and then added, as index add does."},
        footer = {"%nOutput (JSONL): {\"a\":\"incoming-17\",\"b\":\"wire-2024-0311\",\"jaccard\":0.9120,\"containment\":0.9800}",
            "%nExamples:%n  copydesk index query --index news.idx incoming.jsonl"
                + "%n  copydesk index query --index news.idx --add --format tsv incoming.jsonl", ExitCode.HELP})
public final class IndexQueryCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin IndexCommand.Location index;
    @Mixin InputOptions input;
    @Mixin DedupOptions dedup;
    @Mixin OutputOptions output;

    @Option(names = "--add", description = "Add each article to the index after querying it.")
    boolean add;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + IndexAddCommand.DEFAULT_BATCH,
            description = "With --add: articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    private PrintWriter out;
    private OutputOptions.Format format;
    private final LongList nanos = new LongList();
    private long pairs, withDuplicates;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        IndexAddCommand.checkBatch(cl, batch);
        ArticleIndex.SettingsChoice settings = IndexCommand.settings(cl, input, dedup);
        long start = System.nanoTime();
        try (OutputOptions.Sink sink = output.open(cl.getOut())) {
            out = sink.writer();
            format = output.format();
            if (format == OutputOptions.Format.tsv) out.println("a\tb\tjaccard\tcontainment");
            if (add) queryAndAdd(cl, settings);
            else query(cl, settings);
            sink.commit();
        }
        if (!input.quiet) cl.getErr().println(summary(System.nanoTime() - start));
        return ExitCode.OK;
    }

    private void query(CommandLine cl, ArticleIndex.SettingsChoice settings) {
        ReadProblems problems = new ReadProblems(cl.getErr(), input.strict);
        try (ArticleIndex ix = IndexCommand.openForReading(index.dir, settings);
             IndexSearcher searcher = new IndexSearcher(ix);
             InputSet inputs = input.open(cl);
             RecordStream stream = inputs.open(problems)) {
            for (ArticleRecord r; (r = stream.next()) != null; ) {
                long t0 = System.nanoTime();
                List<IndexSearcher.Match> matches = searcher.query(r.article());
                nanos.add(System.nanoTime() - t0);
                print(r.article().id(), matches);
            }
        } catch (BadInputException e) {
            throw new UserException(e.isIo() ? ExitCode.IO : ExitCode.DATA, e.getMessage());
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        }
        if (problems.summary() != null) cl.getErr().println("copydesk: " + problems.summary());
    }

    private void queryAndAdd(CommandLine cl, ArticleIndex.SettingsChoice settings) {
        try (ArticleIndex ix = IndexCommand.openForWriting(index.dir, settings, true);
             IndexSearcher searcher = new IndexSearcher(ix)) {
            IndexFeed.run(cl, input, ix, batch, (a, f) -> {
                long t0 = System.nanoTime();
                List<IndexSearcher.Match> matches = searcher.matches(a.id(), f);
                nanos.add(System.nanoTime() - t0);
                print(a.id(), matches);
            });
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        }
    }

    private void print(String id, List<IndexSearcher.Match> matches) {
        if (!matches.isEmpty()) withDuplicates++;
        for (IndexSearcher.Match m : matches) {
            pairs++;
            switch (format) {
                case jsonl -> out.println(new JsonWriter().beginObject().field("a", id).field("b", m.id())
                        .field("jaccard", m.jaccard()).field("containment", m.containment()).endObject());
                case tsv -> out.println(DedupPrinter.tsvSafe(id) + "\t" + DedupPrinter.tsvSafe(m.id()) + "\t"
                        + JsonWriter.formatScore(m.jaccard()) + "\t" + JsonWriter.formatScore(m.containment()));
                case text -> out.println(String.format(Locale.ROOT, "J %.2f  C %.2f  %s  %s", m.jaccard(), m.containment(), id, m.id()));
            }
        }
    }

    private String summary(long totalNanos) {
        long[] t = nanos.toArray();
        java.util.Arrays.sort(t);
        String latency = t.length == 0 ? "" : String.format(Locale.ROOT, "; %s per article p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                add ? "lookup and verification" : "analysis, lookup and verification",
                t[(t.length - 1) / 2] / 1e6, t[(int) Math.ceil(t.length * 0.99) - 1] / 1e6, t[t.length - 1] / 1e6);
        return String.format(Locale.ROOT, "copydesk: %,d articles queried%s, %,d with duplicates, %,d duplicate pairs in %.1f s%s",
                t.length, add ? " and added" : "", withDuplicates, pairs, totalNanos / 1e9, latency);
    }
}
