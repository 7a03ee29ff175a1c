package io.copydesk.cli.index;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.UserException;
import io.copydesk.cli.options.DedupOptions;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.document.Article;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.BadInputException;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedHit;
import io.copydesk.engine.TimeDecay;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexException;
import io.copydesk.index.IndexSearcher;
import io.copydesk.internal.LongList;
import io.copydesk.internal.Printable;
import io.copydesk.internal.json.JsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code copydesk index query}: the indexed duplicates and related articles of each input article. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints, for each input article, the indexed articles it duplicates (exact Jaccard and containment, "
                + "best first, as dedup --pairs scores them) and its top related articles in the index (duplicates first, "
                + "relation duplicate, then the --top best others by TF-IDF cosine times the time decay, as related ranks them).",
            "JSONL: one line per input article, {\"id\": its id, \"duplicates\": [{\"b\",\"jaccard\",\"containment\"}...], "
                + "\"related\": [{\"id\",\"score\",\"relation\"}...]}: the pair fields of dedup --pairs and the hit fields of related.",
            "Scores are exact. Related candidates are the articles sharing the query's rarer terms (postings of at most "
                + "30,000 rows in all per query); an article sharing only very common words with the query can be missed.",
            "Without --add the index is only read, so queries run while another process adds articles. "
                + "With --add each article is checked against everything indexed before it (earlier input articles included) "
                + "and then added, as index add does; the index must exist (index add creates it)."},
        footer = {"%nOutput (JSONL): {\"id\":\"incoming-17\",\"duplicates\":[{\"b\":\"wire-0311\",\"jaccard\":0.9120,\"containment\":0.9800}],"
                + "\"related\":[{\"id\":\"wire-0311\",\"score\":0.9650,\"relation\":\"duplicate\"},{\"id\":\"daily-88\",\"score\":0.4210,\"relation\":\"related\"}]}",
            "TSV: query, id, relation, score, jaccard, containment (one row per hit; jaccard and containment for duplicates only).",
            "%nExamples:%n  ./copydesk index add --index news.idx corpus && \\%n      ./copydesk index query --index news.idx corpus/metrodigest"
                + "%n  ./copydesk index query --index news.idx --top 0 --add --format tsv \\%n      incoming.jsonl", ExitCode.HELP})
public final class IndexQueryCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin IndexCommand.Location index;
    @Mixin InputOptions input;
    @Mixin DedupOptions dedup;
    @Mixin OutputOptions output;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "Related articles per query after its duplicates, 0-10000; 0: duplicates only (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "12h",
            description = "Time decay of related scores, as for related: exp(-gap/DURATION), 0 past " + TimeDecay.CUTOFF
                    + " windows; none: text alone (default: ${DEFAULT-VALUE}).")
    String window;

    @Option(names = "--min-score", paramLabel = "S", defaultValue = "" + RelatedConfig.DEFAULT_MIN_SCORE,
            description = "Lowest related score reported, in [0, 1) (default: ${DEFAULT-VALUE}).")
    double minScore;

    @Option(names = "--add", description = "Add each article to the index after querying it.")
    boolean add;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + IndexAddCommand.DEFAULT_BATCH,
            description = "With --add: articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    private PrintWriter out;
    private OutputOptions.Format format;
    private final LongList nanos = new LongList();
    private long pairs, withDuplicates, related;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        IndexAddCommand.checkBatch(cl, batch);
        if (top < 0 || top > 10_000) throw new CommandLine.ParameterException(cl, "--top must be in [0, 10000], was " + top);
        if (!(minScore >= 0 && minScore < 1)) throw new CommandLine.ParameterException(cl, "--min-score must be in [0, 1), was " + minScore);
        IndexSearcher.RelatedQuery rq;
        try {
            rq = new IndexSearcher.RelatedQuery(top, TimeDecay.parse(window), minScore);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--window: " + e.getMessage());
        }
        ArticleIndex.SettingsChoice settings = IndexCommand.settings(cl, input, dedup);
        long start = System.nanoTime();
        try (OutputOptions.Sink sink = output.open(cl.getOut())) {
            out = sink.writer();
            format = output.format();
            if (format == OutputOptions.Format.tsv) out.println("query\tid\trelation\tscore\tjaccard\tcontainment");
            if (add) queryAndAdd(cl, settings, rq);
            else query(cl, settings, rq);
            sink.commit();
        }
        if (!input.quiet) cl.getErr().println(summary(System.nanoTime() - start));
        return input.exitCode(spec.commandLine().getErr());
    }

    private void query(CommandLine cl, ArticleIndex.SettingsChoice settings, IndexSearcher.RelatedQuery rq) {
        ReadProblems problems = new ReadProblems(cl.getErr(), input.strict);
        try (ArticleIndex ix = IndexCommand.openForReading(index.dir, settings);
             IndexSearcher searcher = new IndexSearcher(ix);
             InputSet inputs = input.open(cl);
             RecordStream stream = inputs.open(problems)) {
            for (ArticleRecord r; (r = stream.next()) != null; ) {
                long t0 = System.nanoTime();
                IndexSearcher.Answer answer = searcher.answer(r.article(), rq);
                nanos.add(System.nanoTime() - t0);
                print(r.article().id(), answer);
            }
        } catch (BadInputException e) {
            throw new UserException(e.isIo() ? ExitCode.IO : ExitCode.DATA, e.getMessage());
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        } finally {
            problems.printOmitted();
        }
        if (problems.summary() != null) cl.getErr().println("copydesk: " + problems.summary());
    }

    private void queryAndAdd(CommandLine cl, ArticleIndex.SettingsChoice settings, IndexSearcher.RelatedQuery rq) {
        try (ArticleIndex ix = IndexCommand.openForWriting(index.dir, settings, false);
             IndexSearcher searcher = new IndexSearcher(ix)) {
            IndexFeed.run(cl, input, ix, batch, (a, f) -> {
                long t0 = System.nanoTime();
                List<IndexSearcher.Match> matches = searcher.matches(a.id(), f);
                List<RelatedHit> hits = rq.top() == 0 ? List.of() : searcher.related(a, f, matches, rq);
                nanos.add(System.nanoTime() - t0);
                print(a.id(), new IndexSearcher.Answer(matches, hits));
            }, false); // each article is answered as it arrives: a stream is not read twice
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        }
    }

    private void print(String id, IndexSearcher.Answer answer) {
        List<IndexSearcher.Match> matches = answer.duplicates();
        if (!matches.isEmpty()) withDuplicates++;
        pairs += matches.size();
        Map<String, Double> cosine = new HashMap<>();
        for (RelatedHit h : answer.related()) {
            if (h.relation() == RelatedHit.Relation.duplicate) cosine.put(h.id(), h.score());
            else related++;
        }
        switch (format) {
            case jsonl -> {
                JsonWriter w = new JsonWriter().beginObject().field("id", id).name("duplicates").beginArray();
                for (IndexSearcher.Match m : matches) {
                    w.beginObject().field("b", m.id()).field("jaccard", m.jaccard()).field("containment", m.containment()).endObject();
                }
                w.endArray().name("related").beginArray();
                for (RelatedHit h : answer.related()) {
                    w.beginObject().field("id", h.id()).field("score", h.score()).field("relation", h.relation().name()).endObject();
                }
                out.println(w.endArray().endObject());
            }
            case tsv -> {
                for (IndexSearcher.Match m : matches) {
                    Double s = cosine.get(m.id());
                    out.println(Printable.tsv(id) + "\t" + Printable.tsv(m.id()) + "\tduplicate\t"
                            + (s == null ? "" : JsonWriter.formatScore(s)) + "\t" + JsonWriter.formatScore(m.jaccard()) + "\t"
                            + JsonWriter.formatScore(m.containment()));
                }
                for (RelatedHit h : answer.related()) {
                    if (h.relation() == RelatedHit.Relation.related) {
                        out.println(Printable.tsv(id) + "\t" + Printable.tsv(h.id()) + "\trelated\t" + JsonWriter.formatScore(h.score()) + "\t\t");
                    }
                }
            }
            case text -> {
                out.println(Printable.inline(id) + (matches.isEmpty() && answer.related().isEmpty() ? ": nothing in the index" : ""));
                for (IndexSearcher.Match m : matches) {
                    Double s = cosine.get(m.id());
                    out.println(String.format(Locale.ROOT, "  %s  duplicate  %s  J %.2f  C %.2f", s == null ? "      " : String.format(Locale.ROOT, "%.4f", s),
                            Printable.inline(m.id()), m.jaccard(), m.containment()));
                }
                for (RelatedHit h : answer.related()) {
                    if (h.relation() == RelatedHit.Relation.related) out.println(String.format(Locale.ROOT, "  %.4f  related    %s", h.score(), Printable.inline(h.id())));
                }
            }
        }
    }

    private String summary(long totalNanos) {
        long[] t = nanos.toArray();
        java.util.Arrays.sort(t);
        String latency = t.length == 0 ? "" : System.lineSeparator() + Terminal.summary(String.format(Locale.ROOT, "%s per article p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                add ? "look-ups and scoring" : "analysis, look-ups and scoring",
                t[(t.length - 1) / 2] / 1e6, t[(int) Math.ceil(t.length * 0.99) - 1] / 1e6, t[t.length - 1] / 1e6));
        return Terminal.summary(String.format(Locale.ROOT, "%s queried%s, %,d with duplicates, %s, %,d related in %.1f s",
                Terminal.count(t.length, "article"), add ? " and added" : "", withDuplicates, Terminal.count(pairs, "duplicate pair"), related,
                totalNanos / 1e9)) + latency;
    }
}
