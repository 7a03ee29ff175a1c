package io.copydesk.cli.eval;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.output.ScoreReport;
import io.copydesk.cli.output.TextTable;
import io.copydesk.cli.UserException;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.options.LevelOptions;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.options.TfIdfOptions;
import io.copydesk.document.InputSet;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.ClusterConfig;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.DuplicateGroup;
import io.copydesk.engine.Progress;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedHit;
import io.copydesk.engine.RelatedLevels;
import io.copydesk.engine.RelatedStories;
import io.copydesk.engine.StoryCluster;
import io.copydesk.engine.StoryClusters;
import io.copydesk.eval.ClusterMetrics;
import io.copydesk.eval.ClusterScores;
import io.copydesk.eval.Clustering;
import io.copydesk.eval.EvalFiles;
import io.copydesk.eval.Metric;
import io.copydesk.eval.Ranking;
import io.copydesk.eval.RankingMetrics;
import io.copydesk.eval.RankingScores;
import io.copydesk.internal.json.JsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code copydesk eval run}: runs the engine on a labelled collection and scores every output. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs dedup, related and cluster on a labelled collection (JSONL, a JSON list, CSV) and scores each against the labels:",
                "  dedup:    duplicate groups against \"dup_group\" (pair precision/recall/F1, BCubed F1), when the field is present; "
                        + "gold_groups and groups count the groups of two or more articles in the labels and found;",
                "  related:  the top-k list of every article against \"cluster\" (P@1, P@k, R@k, MRR);",
                "  clusters: events against \"cluster\" (pair P/R/F1, ARI, BCubed P/R/F1);",
                "  storylines: storylines against \"storyline\" when the file has it, else against \"cluster\".",
                "Articles without a label are singletons. JSONL output: one object with the cluster and related scores at the top "
                        + "level under their usual keys (ari, bcubed_f1, p_at_1, mrr, ...), the dedup scores under \"dedup\" and "
                        + "the time of each step under \"seconds\"."},
        footer = {"%nExamples (a # line shows part of what the example above prints):%n  ./copydesk eval run corpus/corpus.jsonl"
                + "%n  # clusters               pair_f1  1.0000%n  ./copydesk eval run labelled.jsonl --window none --format jsonl",
                ExitCode.HELP})
final class EvalRunCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOptions output;
    @Mixin TfIdfOptions tfidf;

    @Option(names = "--k", paramLabel = "K", defaultValue = "" + RankingMetrics.DEFAULT_K,
            description = "Length of the related lists scored by P@k and R@k (default: ${DEFAULT-VALUE}).")
    int k;

    @Mixin LevelOptions levels;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (k < 1) throw new CommandLine.ParameterException(cl, "--k must be at least 1, was " + k);
        RelatedConfig related = tfidf.config(cl, input, RelatedConfig.DEFAULT_MIN_SCORE);
        ClusterConfig clusterConfig = levels.config(cl, related);
        String file = labelledFile();
        List<Section> sections = new ArrayList<>();
        try (InputSet inputs = input.open(cl)) {
            List<Clustering> gold = EvalCommand.readGold(inputs, file, List.of("cluster", "dup_group", "storyline"), input.recordFields(cl));
            Clustering goldStories = gold.get(0), goldDuplicates = gold.get(1), goldStorylines = gold.get(2);
            boolean storylineGold = goldStorylines.clusterCount() < goldStorylines.size();
            EvalCommand.warnUnlabelled(cl.getErr(), file, "cluster", goldStories, storylineGold ? "clusters and related" : "clusters, storylines and related");
            Progress progress = input.progress(cl.getErr());
            long t0 = System.nanoTime();
            Corpus corpus = input.scan(cl, inputs, cl.getErr());
            Run run = run(corpus, related, clusterConfig, k, progress);
            sections.add(new Section("clusters", clusterMetrics(ClusterMetrics.score(goldStories, storiesAsClustering(run.clusters())),
                    run.clusters().thresholds().event())));
            List<Metric> storylines = new ArrayList<>();
            storylines.add(Metric.count("storyline_gold", storylineGold ? 1 : 0));
            storylines.addAll(clusterMetrics(ClusterMetrics.score(storylineGold ? goldStorylines : goldStories,
                    storylinesAsClustering(run.clusters())), run.clusters().thresholds().storyline()));
            sections.add(new Section("storylines", storylines));
            sections.add(new Section("related", RankingMetrics.score(goldStories, rankings(corpus, run.lists()), k).metrics()));
            if (goldDuplicates.clusterCount() < goldDuplicates.size()) {
                sections.add(new Section("dedup", dedupMetrics(goldDuplicates, ClusterMetrics.score(goldDuplicates, groupsAsClustering(run.dedup())),
                        run.dedup())));
            }
            sections.add(new Section("seconds", List.of(Metric.score("read_and_analyze", (run.analyzed() - t0) / 1e9),
                    Metric.score("cluster", (run.clustered() - run.analyzed()) / 1e9), Metric.score("related", (run.ranked() - run.clustered()) / 1e9))));
        }
        try (OutputOptions.Sink sink = output.open(cl.getOut())) {
            print(sink.writer(), sections);
            sink.commit();
        }
        return input.exitCode(spec.commandLine().getErr());
    }

    /**
     * What the engine gives for a scanned collection, with the {@link System#nanoTime} at the end of
     * each step: duplicates and the TF-IDF index from one more pass over the input, then events and
     * storylines, then every article's related list.
     */
    record Run(DedupResult dedup, ClusterResult clusters, List<List<RelatedHit>> lists, long analyzed, long clustered, long ranked) {}

    /** Runs the engine on {@code corpus}, reading its input once (the scan was the first read). */
    static Run run(Corpus corpus, RelatedConfig related, ClusterConfig clusterConfig, int k, Progress progress) {
        RelatedStories rs = RelatedStories.build(corpus, related, progress);
        long analyzed = System.nanoTime();
        ClusterResult clusters = new StoryClusters(clusterConfig).cluster(rs, progress);
        long clustered = System.nanoTime();
        List<List<RelatedHit>> lists = new RelatedLevels(rs, clusters).relatedAll(k, progress);
        return new Run(rs.dedup(), clusters, lists, analyzed, clustered, System.nanoTime());
    }

    /** The input, which must be one labelled file of records (JSONL, a JSON list, CSV). */
    private String labelledFile() {
        String file = input.inputs.getFirst();
        if (input.inputs.size() != 1 || Path.of(file).toFile().isDirectory()) {
            throw new UserException(ExitCode.USAGE, "eval run takes one labelled file of records (with \"cluster\", and \"dup_group\" for dedup)");
        }
        return file;
    }

    private static List<Ranking> rankings(Corpus corpus, List<List<RelatedHit>> lists) {
        List<Ranking> out = new ArrayList<>(lists.size());
        for (int i = 0; i < lists.size(); i++) {
            out.add(new Ranking(corpus.articles().get(i).id(), lists.get(i).stream().map(RelatedHit::id).toList()));
        }
        return out;
    }

    static Clustering storiesAsClustering(ClusterResult r) {
        return asClustering(r, "s", r.clusters().stream().map(StoryCluster::members).toList());
    }

    static Clustering storylinesAsClustering(ClusterResult r) {
        return asClustering(r, "l", r.storylines().stream().map(io.copydesk.engine.Storyline::members).toList());
    }

    /** Clusters of article indices as a clustering of ids, labelled {@code prefix} + their position. */
    private static Clustering asClustering(ClusterResult r, String prefix, List<List<Integer>> clusters) {
        Clustering.Builder b = Clustering.builder();
        for (int n = 0; n < clusters.size(); n++) {
            String label = prefix + n;
            for (int m : clusters.get(n)) b.add(r.articles().get(m).id(), label);
        }
        return b.build();
    }

    /** Every article in one cluster: its duplicate group, or a cluster of its own. */
    static Clustering groupsAsClustering(DedupResult r) {
        Clustering.Builder b = Clustering.builder();
        int n = 0;
        boolean[] grouped = new boolean[r.articles().size()];
        for (DuplicateGroup g : r.groups()) {
            String label = "g" + n++;
            for (DuplicateGroup.Member m : g.members()) {
                b.add(r.articles().get(m.index()).id(), label);
                grouped[m.index()] = true;
            }
        }
        for (ArticleMeta a : r.articles()) if (!grouped[a.index()]) b.add(a.id(), null);
        return b.build();
    }

    private static List<Metric> clusterMetrics(ClusterScores s, double threshold) {
        List<Metric> m = new ArrayList<>(s.metrics());
        m.add(Metric.score("threshold", threshold));
        return m;
    }

    /** The dedup scores; {@code gold_groups} and {@code groups} both count duplicate groups of two or more articles. */
    static List<Metric> dedupMetrics(Clustering gold, ClusterScores s, DedupResult r) {
        return List.of(Metric.count("articles", r.articles().size()), Metric.count("gold_groups", gold.groupCount()),
                Metric.count("groups", r.groups().size()), Metric.score("pair_precision", s.pairPrecision()),
                Metric.score("pair_recall", s.pairRecall()), Metric.score("pair_f1", s.pairF1()),
                Metric.score("bcubed_f1", s.bcubedF1()));
    }

    record Section(String name, List<Metric> metrics) {}

    private void print(PrintWriter out, List<Section> sections) {
        if (output.format() == OutputOptions.Format.jsonl) {
            JsonWriter w = new JsonWriter().beginObject();
            for (Section s : sections) { // cluster and related keys never collide, so they share the top level
                boolean topLevel = s.name().equals("clusters") || s.name().equals("related");
                if (!topLevel) w.name(s.name()).beginObject();
                for (Metric m : s.metrics()) ScoreReport.field(w, m);
                if (!topLevel) w.endObject();
            }
            out.println(w.endObject());
            return;
        }
        TextTable t = new TextTable("task", "metric", "value");
        for (Section s : sections) for (Metric m : s.metrics()) t.add(s.name(), m.key(), ScoreReport.format(m));
        if (output.format() == OutputOptions.Format.tsv) t.printTsv(out);
        else t.printAligned(out);
    }
}
