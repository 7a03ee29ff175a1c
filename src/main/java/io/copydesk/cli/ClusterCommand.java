package io.copydesk.cli;

import io.copydesk.document.Dates;
import io.copydesk.document.InputSet;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.ClusterConfig;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedStories;
import io.copydesk.engine.StoryCluster;
import io.copydesk.engine.StoryClusters;
import io.copydesk.internal.json.JsonWriter;
import io.copydesk.internal.Printable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cluster", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Groups articles into stories: every article lands in exactly one story (singletons included).",
                "Duplicate groups are merged first; stories then grow from TF-IDF neighbours by average linkage, "
                        + "which does not chain two events through one bridge article, and the time decay keeps "
                        + "same-kind events (two rate decisions months apart) apart."},
        footer = {"%nExamples:%n  copydesk cluster corpus"
                + "%n  copydesk cluster articles.jsonl --format jsonl --out stories.jsonl"
                + "%n  copydesk cluster headlines.jsonl --threshold 0.1 --window 1d"
                + "%n  copydesk cluster --index news.idx --format jsonl", ExitCode.HELP})
public final class ClusterCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOptions output;
    @Mixin TfIdfOptions tfidf;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "auto",
            description = "Mean pairwise score (cosine x time weight) two stories need to merge, in (0, 1], or auto: "
                    + "0.05 for headline-length texts (8 terms) up to 0.30 for texts of 16 terms and more (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Option(names = "--neighbours", paramLabel = "K", defaultValue = "" + ClusterConfig.DEFAULT_NEIGHBOURS,
            description = "Nearest neighbours per article in the candidate graph, 1-1000 (default: ${DEFAULT-VALUE}).")
    int neighbours;

    @Option(names = "--index", description = "INPUT is an index folder (made by copydesk index add): cluster its articles from "
            + "their stored shingles and term counts, with the index's settings, as cluster does the same articles read from files.")
    boolean fromIndex;

    /** A merge threshold: a number in (0, 1], or NaN for "auto". */
    static double parseThreshold(CommandLine cl, String value) {
        if (value.equalsIgnoreCase("auto")) return Double.NaN;
        double t;
        try {
            t = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(cl, "--threshold must be a number in (0, 1] or auto, was " + value);
        }
        if (!(t > 0 && t <= 1)) throw new CommandLine.ParameterException(cl, "--threshold must be in (0, 1] or auto, was " + value);
        return t;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        double t = parseThreshold(cl, threshold);
        if (neighbours < 1 || neighbours > 1000) throw new CommandLine.ParameterException(cl, "--neighbours must be in [1, 1000], was " + neighbours);
        RelatedConfig related = tfidf.config(cl, input, RelatedConfig.DEFAULT_MIN_SCORE);
        ClusterConfig config = new ClusterConfig(related, t, neighbours, ClusterConfig.DEFAULT_DENSE_LIMIT);
        PrintWriter err = cl.getErr();
        long start = System.nanoTime();
        if (fromIndex) {
            RelatedStories rs = IndexRelated.load(cl, input, tfidf, RelatedConfig.DEFAULT_MIN_SCORE);
            config = new ClusterConfig(rs.config(), t, neighbours, ClusterConfig.DEFAULT_DENSE_LIMIT);
            report(cl, new StoryClusters(config).cluster(rs, input.progress(err)), rs.config(), start);
            return ExitCode.OK;
        }
        try (InputSet inputs = input.open(cl)) {
            Corpus corpus = input.scan(cl, inputs, err);
            report(cl, new StoryClusters(config).cluster(corpus, input.progress(err)), related, start);
        }
        return input.exitCode(spec.commandLine().getErr());
    }

    private void report(CommandLine cl, ClusterResult result, RelatedConfig related, long start) {
        try (OutputOptions.Sink sink = output.open(cl.getOut())) {
            print(sink.writer(), result);
            sink.commit();
        }
        if (!input.quiet) {
            long stories = result.clusters().stream().filter(c -> c.size() > 1).count();
            cl.getErr().println(String.format(Locale.ROOT,
                    "copydesk: %,d articles in %,d clusters (%,d stories of two or more, %,d singletons); threshold %.3f, window %s, %,d candidate edges in %.1f s",
                    result.articles().size(), result.clusters().size(), stories, result.clusters().size() - stories,
                    result.threshold(), related.time(), result.edges(), (System.nanoTime() - start) / 1e9));
        }
    }

    private void print(PrintWriter out, ClusterResult r) {
        List<ArticleMeta> a = r.articles();
        OutputOptions.Format format = output.format();
        if (format == OutputOptions.Format.tsv) out.println("cluster\tid\tcanonical\tdate\ttitle\tlabel");
        int n = 0;
        for (StoryCluster c : r.clusters()) {
            n++;
            switch (format) {
                case jsonl -> {
                    JsonWriter w = new JsonWriter().beginObject().field("cluster", n).field("canonical", a.get(c.canonical()).id())
                            .field("label", c.label()).name("members").beginArray();
                    for (int m : c.members()) w.value(a.get(m).id());
                    w.endArray().name("duplicates").beginArray();
                    for (List<Integer> g : c.duplicates()) {
                        w.beginArray();
                        for (int m : g) w.value(a.get(m).id());
                        w.endArray();
                    }
                    out.println(w.endArray().endObject());
                }
                case tsv -> {
                    for (int m : c.members()) {
                        ArticleMeta x = a.get(m);
                        out.println(n + "\t" + Printable.tsv(x.id()) + "\t" + (m == c.canonical()) + "\t" + (x.date() == null ? "" : Dates.format(x.date()))
                                + "\t" + Printable.tsv(x.title()) + "\t" + Printable.tsv(Printable.inline(c.label())));
                    }
                }
                case text -> {
                    out.println(String.format(Locale.ROOT, "story %d (%d article%s%s): %s", n, c.size(), c.size() == 1 ? "" : "s",
                            c.duplicates().isEmpty() ? "" : ", " + c.duplicates().size() + " duplicate group" + (c.duplicates().size() == 1 ? "" : "s"),
                            Printable.inline(c.label())));
                    java.util.Map<Integer, Integer> groupOf = new java.util.HashMap<>();
                    for (int g = 0; g < c.duplicates().size(); g++) for (int m : c.duplicates().get(g)) groupOf.put(m, g + 1);
                    for (int m : c.members()) {
                        ArticleMeta x = a.get(m);
                        String mark = m == c.canonical() ? "*" : " ";
                        String dup = groupOf.containsKey(m) ? " [dup " + groupOf.get(m) + "]" : "";
                        out.println("  " + mark + " " + (x.date() == null ? "          " : Dates.format(x.date())) + "  " + Printable.inline(x.id()) + dup + RelatedCommand.title(x));
                    }
                    out.println();
                }
            }
        }
    }
}
