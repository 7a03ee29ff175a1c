package io.copydesk.cli;

import io.copydesk.cli.index.IndexRelated;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.options.LevelOptions;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.output.Delimited;
import io.copydesk.cli.options.PlainValues;
import io.copydesk.cli.output.OutputGuard;
import io.copydesk.cli.options.TfIdfOptions;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.document.Article;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.BadInputException;
import io.copydesk.document.Dates;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordFields;
import io.copydesk.document.RecordStream;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.Progress;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedHit;
import io.copydesk.engine.RelatedLevels;
import io.copydesk.engine.StoryClusters;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.engine.RelatedStories;
import io.copydesk.internal.Parallel;
import io.copydesk.internal.json.JsonWriter;
import io.copydesk.internal.Printable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "related", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ranks the articles that cover the same event as a given one, each hit labelled with its relation and "
                + "ordered by it: duplicate (in the query's duplicate group, as dedup groups them), event (same happening, as cluster groups "
                + "events), storyline (another event of the same storyline), related (similar by TF-IDF cosine times a "
                + "time decay, but neither); by score within a relation. Members of the article's event and storyline "
                + "outside the time window are listed too, with their plain cosine. New articles (--query-file) are not in the "
                + "collection's clustering: their hits are duplicate or related.",
                "With --id: one line per hit, best first. With --all: one line per article with its hits. "
                        + "With --query-file: ranks new articles (records, or one .txt or .html page) against the collection "
                        + "(an article of the collection with a query's id is left out of its hits)."},
        footer = {"%nExamples (a # line shows part of what the example above prints):"
                + "%n  ./copydesk related corpus --id capitalobserver/hollmark-rate-cut-relief \\%n      --top 5"
                + "%n  #   0.9277  duplicate  dailyledger/hollmark-reserve-bank-trims-rate ..."
                + "%n  ./copydesk related articles.jsonl --all --top 10 --format jsonl \\%n      --out related.jsonl"
                + "%n  ./copydesk related articles.jsonl --query-file draft.txt --window none"
                + "%n  ./copydesk related --index news.idx --id wire-0311", ExitCode.HELP})
public final class RelatedCommand implements Callable<Integer>, PlainCommandLine.Command {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin InputOptions input = new InputOptions(); // the mixins made here for a run without picocli (PlainCommandLine)
    @Mixin OutputOptions output = new OutputOptions();
    @Mixin TfIdfOptions tfidf = new TfIdfOptions();
    @Mixin LevelOptions levels = new LevelOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Query query = new Query(); // for a run without picocli (picocli sets its own when one of the options is given)

    static final class Query {
        @Option(names = "--id", paramLabel = "ID", description = "Rank the collection against the article with this id.")
        String id;

        @Option(names = "--all", description = "Rank related articles for every article of the collection.")
        boolean all;

        @Option(names = "--query-file", paramLabel = "FILE", description = "Rank new articles read from FILE (records, or a .txt or .html page).")
        Path file;
    }

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "Related articles per query, after all duplicates (default: ${DEFAULT-VALUE}).")
    int top = 10; // defaults as in the annotations (a run without picocli starts from these)

    @Option(names = "--min-score", paramLabel = "S", defaultValue = "" + RelatedConfig.DEFAULT_MIN_SCORE,
            description = "Lowest related score reported, in [0, 1) (default: ${DEFAULT-VALUE}).")
    double minScore = RelatedConfig.DEFAULT_MIN_SCORE;

    @Option(names = "--levels", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Cluster the collection to label hits event or storyline and order them by relation (default); "
                    + "--no-levels ranks by score alone, with relations duplicate and related, and skips the clustering.")
    boolean withLevels = true;

    @Option(names = "--index", description = "INPUT is an index folder (made by copydesk index add): rank its articles from "
            + "their stored term counts, with the index's settings, as related ranks the same articles read from files "
            + "(with --id or --all; no texts needed).")
    boolean fromIndex;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        return run(cl, cl.getOut(), cl.getErr());
    }

    @Override
    public boolean take(String name, String value) {
        switch (name) {
            case "--id" -> { return (query.id = PlainValues.toText(value)) != null; }
            case "--all" -> { return query.all = value == null; }
            case "--query-file" -> { return (query.file = PlainValues.toPath(value)) != null; }
            case "--top" -> { return (top = PlainValues.toInt(value)) >= 0; }
            case "--min-score" -> { return (minScore = PlainValues.toDouble(value)) >= 0; }
            case "--levels" -> { withLevels = true; return value == null; }
            case "--no-levels" -> { withLevels = false; return value == null; }
            default -> { return input.take(name, value) || output.take(name, value) || tfidf.take(name, value) || levels.take(name, value); }
        }
    }

    @Override
    public boolean ready(List<String> inputs) {
        int queries = (query.id != null ? 1 : 0) + (query.all ? 1 : 0) + (query.file != null ? 1 : 0);
        if (queries != 1) return false; // picocli names the problem
        input.inputs = inputs;
        checkRanges(null);
        levels.config(null, tfidf.config(null, input, minScore));
        input.checkLimits(null);
        List<String> read = new ArrayList<>(inputs);
        if (query.file != null) read.add(query.file.toString());
        return OutputGuard.passes(read, output.out());
    }

    private void checkRanges(CommandLine cl) {
        if (top < 1 || top > 10_000) throw new CommandLine.ParameterException(cl, "--top must be in [1, 10000], was " + top);
        if (!(minScore >= 0 && minScore < 1)) throw new CommandLine.ParameterException(cl, "--min-score must be in [0, 1), was " + minScore);
    }

    /**
     * The run, writing to {@code out} and {@code err}. {@code cl} names the command in usage errors;
     * it is null for a command line {@link PlainCommandLine} read, whose settings were checked before.
     */
    @Override
    public int run(CommandLine cl, PrintWriter out, PrintWriter err) {
        checkRanges(cl);
        RelatedConfig config = tfidf.config(cl, input, minScore);
        long start = System.nanoTime();
        if (fromIndex) {
            if (query.file != null) {
                throw new CommandLine.ParameterException(cl, "--query-file with --index: rank new articles against an index with copydesk index query");
            }
            RelatedStories rs = IndexRelated.load(cl, input, tfidf, minScore);
            print(cl, out, err, rs, index(rs), List.of(), start);
            return ExitCode.OK;
        }
        try (InputSet inputs = input.open(cl)) {
            List<Fingerprinter.StoryDraft> drafts = new ArrayList<>();
            Corpus corpus = input.scan(cl, inputs, err, RelatedStories.firstPass(config), drafts); // the input is read once
            int q = query.id == null ? -1 : corpus.indexOf(query.id);
            if (query.id != null && q < 0) throw noSuchId();
            List<Article> queries = query.file == null ? List.of() : readQueries(query.file, input.recordFields(cl), err);
            // the collection's shingle sets are kept only to verify the duplicates of new articles (--query-file)
            RelatedStories rs = RelatedStories.build(corpus, config, drafts, !queries.isEmpty(), input.progress(err));
            print(cl, out, err, rs, q, queries, start);
        }
        return input.exitCode(err);
    }

    /** An id the input does not hold: the command line asked for what is not there (the data are fine). */
    private UserException noSuchId() {
        return new UserException(ExitCode.USAGE, "no article with id " + query.id + " in " + String.join(", ", input.inputs));
    }

    /** The position of the --id article, or -1 without --id. */
    private int index(RelatedStories rs) {
        if (query.id == null) return -1;
        int q = rs.indexOf(query.id);
        if (q < 0) throw noSuchId();
        return q;
    }

    private void print(CommandLine cl, PrintWriter out, PrintWriter err, RelatedStories rs, int q, List<Article> queries, long start) {
        List<ArticleMeta> articles = rs.articles();
        Progress progress = input.progress(err);
        try (OutputOptions.Sink sink = output.open(out)) {
            Printer p = new Printer(sink.writer(), output.format(), articles);
            if ((q >= 0 || query.all) && withLevels) {
                RelatedLevels lv = new RelatedLevels(rs, new StoryClusters(levels.config(cl, rs.config())).cluster(rs, progress));
                if (q >= 0) p.hits(articles.get(q).id(), lv.related(q, top), false);
                else p.all(lv.relatedAll(top, progress), rs.config().threads(), output.writing(progress));
            } else if (q >= 0) {
                p.hits(articles.get(q).id(), rs.related(q, top), false);
            } else if (query.all) {
                p.all(rs.relatedAll(top, progress), rs.config().threads(), output.writing(progress));
            } else {
                for (Article a : queries) p.hits(a.id(), rs.query(a, top), queries.size() > 1);
            }
            sink.commit();
        }
        if (!input.quiet) {
            err.println(Terminal.summary(String.format(Locale.ROOT, "%s, %s, %s; window %s in %.1f s", Terminal.count(articles.size(), "article"),
                    Terminal.count(rs.model().size(), "term"), Terminal.count(rs.dedup().groups().size(), "duplicate group"), rs.config().time(),
                    (System.nanoTime() - start) / 1e9)));
        }
    }

    /** Reads query articles: a file of records read from {@code fields}, or a page ({@code .txt}, {@code .html}), as any input is. */
    static List<Article> readQueries(Path file, RecordFields fields, PrintWriter err) {
        if (!Files.isReadable(file)) throw new UserException(ExitCode.IO, file + ": no such file or not readable");
        List<Article> out = new ArrayList<>();
        ReadProblems problems = new ReadProblems(err, false);
        try (InputSet set = InputSet.of(List.of(file.toString()), System.in, InputSet.DEFAULT_MAX_ARTICLE_BYTES, InputSet.DEFAULT_MAX_INPUT_BYTES, fields);
             RecordStream stream = set.open(problems)) {
            for (ArticleRecord r; (r = stream.next()) != null; ) out.add(r.article());
        } catch (BadInputException e) {
            throw new UserException(e.isIo() ? ExitCode.IO : ExitCode.DATA, e.getMessage());
        } finally {
            problems.printOmitted();
        }
        if (out.isEmpty()) throw new UserException(ExitCode.DATA, "no usable article in " + file);
        return out;
    }

    /** Prints hits as text, TSV, CSV or JSONL. */
    static final class Printer {
        private static final int CHUNK = 512;
        private final PrintWriter out;
        private final OutputOptions.Format format;
        private final List<ArticleMeta> articles;
        private final int chunk; // articles whose lines one task makes
        private boolean header;
        // by article: its id, and what a hit on it prints after the score and relation (text) or as its id (JSONL),
        // made once per article rather than once per hit on it
        private final String[] ids;
        private final String[] textTails;
        private String[] quotedIds;

        Printer(PrintWriter out, OutputOptions.Format format, List<ArticleMeta> articles) {
            this(out, format, articles, CHUNK);
        }

        Printer(PrintWriter out, OutputOptions.Format format, List<ArticleMeta> articles, int chunk) {
            this.out = out;
            this.format = format;
            this.articles = articles;
            this.chunk = chunk;
            this.ids = new String[articles.size()];
            for (int i = 0; i < ids.length; i++) ids[i] = articles.get(i).id();
            this.textTails = new String[articles.size()];
        }

        /**
         * The hits of every article, in the counted stage {@code writing} (articles written); JSONL
         * lines are made on {@code threads} threads, a batch of chunks at a time, and written in order.
         */
        void all(List<List<RelatedHit>> all, int threads, Progress progress) {
            progress.start("writing", all.size());
            if (format == OutputOptions.Format.jsonl) {
                quoteIds();
                int n = all.size(), chunks = (n + chunk - 1) / chunk, batch = Math.max(1, threads) * 8;
                for (int from = 0; from < chunks; from += batch) {
                    int first = from;
                    for (String lines : Parallel.map(threads, Math.min(batch, chunks - from), c -> {
                        StringBuilder sb = new StringBuilder();
                        int start = (first + c) * chunk, end = Math.min(n, start + chunk);
                        for (int i = start; i < end; i++) sb.append(line(articles.get(i).id(), all.get(i))).append(System.lineSeparator());
                        progress.advance(end - start);
                        return sb.toString();
                    })) out.print(lines);
                }
            } else {
                for (int i = 0; i < all.size(); i++) {
                    hits(articles.get(i).id(), all.get(i), true);
                    progress.advance(1);
                }
            }
            progress.finish();
        }

        /** The JSON string of every article's id, made before lines are made on several threads. */
        private void quoteIds() {
            if (quotedIds != null) return;
            quotedIds = new String[articles.size()];
            for (int i = 0; i < quotedIds.length; i++) quotedIds[i] = JsonWriter.quote(ids[i]);
        }

        /** True when {@code h} names the article at its index (whose id, quoted or not, may then be reused). */
        private boolean namesItsArticle(RelatedHit h) {
            return h.id().equals(ids[h.index()]);
        }

        /**
         * One query's hits as one JSONL line (no line end): {@code {"id":…,"related":[{"id":…,"score":…,"relation":…},…]}},
         * as {@link JsonWriter} writes it, each hit's id quoted once per article.
         */
        private String line(String queryId, List<RelatedHit> hits) {
            StringBuilder sb = new StringBuilder(64 + 64 * hits.size()).append("{\"id\":");
            JsonWriter.quote(sb, queryId);
            sb.append(",\"related\":[");
            for (int i = 0; i < hits.size(); i++) {
                RelatedHit h = hits.get(i);
                if (i > 0) sb.append(',');
                sb.append("{\"id\":");
                if (quotedIds != null && namesItsArticle(h)) sb.append(quotedIds[h.index()]);
                else JsonWriter.quote(sb, h.id());
                sb.append(",\"score\":").append(JsonWriter.formatScore(h.score())).append(",\"relation\":\"").append(h.relation().name()).append("\"}");
            }
            return sb.append("]}").toString();
        }

        /** One query's hits; {@code grouped}: one JSONL line for the query instead of one per hit. */
        void hits(String queryId, List<RelatedHit> hits, boolean grouped) {
            switch (format) {
                case jsonl -> {
                    if (grouped) {
                        out.println(line(queryId, hits));
                    } else {
                        for (RelatedHit h : hits) out.println(hit(new JsonWriter(), h));
                    }
                }
                case tsv, csv -> {
                    if (!header) { out.println(Delimited.row(format, "query", "id", "score", "relation", "date", "title")); header = true; }
                    for (RelatedHit h : hits) {
                        ArticleMeta m = articles.get(h.index());
                        out.println(Delimited.row(format, queryId, h.id(), JsonWriter.formatScore(h.score()), h.relation(),
                                m.date() == null ? "" : Dates.format(m.date()), m.title()));
                    }
                }
                case text -> {
                    out.println(Printable.inline(queryId) + (hits.isEmpty() ? ": nothing related" : ""));
                    for (RelatedHit h : hits) out.println(textLine(h));
                    if (grouped) out.println();
                }
            }
        }

        /**
         * A hit as text: {@code "  %.4f  %-9s  %s%s%s"} of the score, the relation, the id, the date and the title,
         * without a format string to parse per hit; what follows the relation is made once per article.
         */
        private String textLine(RelatedHit h) {
            double score = h.score();
            String relation = h.relation().name();
            StringBuilder sb = new StringBuilder(128).append("  ")
                    .append(Double.isFinite(score) ? JsonWriter.formatScore(score) : String.format(Locale.ROOT, "%.4f", score)).append("  ")
                    .append(relation);
            for (int pad = relation.length(); pad < 9; pad++) sb.append(' ');
            sb.append("  ");
            if (!namesItsArticle(h)) return sb.append(textTail(h)).toString();
            if (textTails[h.index()] == null) textTails[h.index()] = textTail(h);
            return sb.append(textTails[h.index()]).toString();
        }

        private String textTail(RelatedHit h) {
            ArticleMeta m = articles.get(h.index());
            return Printable.inline(h.id()) + (m.date() == null ? "" : "  " + Dates.format(m.date())) + title(m);
        }

        private static JsonWriter hit(JsonWriter w, RelatedHit h) {
            return w.beginObject().field("id", h.id()).field("score", h.score()).field("relation", h.relation().name()).endObject();
        }
    }

    static String title(ArticleMeta m) {
        if (m.title() == null || m.title().isBlank()) return "";
        String t = m.title().strip();
        return "  \"" + Printable.inline(t.length() > 70 ? t.substring(0, 67) + "..." : t) + "\"";
    }
}
