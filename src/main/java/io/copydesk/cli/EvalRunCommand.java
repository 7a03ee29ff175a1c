package io.copydesk.cli;

import io.copydesk.document.InputSet;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.DuplicateGroup;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.eval.ClusterMetrics;
import io.copydesk.eval.ClusterScores;
import io.copydesk.eval.Clustering;
import io.copydesk.eval.EvalFiles;
import io.copydesk.eval.Metric;
import io.copydesk.internal.Progress;
import io.copydesk.internal.json.JsonWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code copydesk eval run}: runs the engine on a labelled collection and scores every output. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs dedup on a labelled JSONL collection and scores it against the labels: duplicate groups "
                + "against \"dup_group\" (pair precision/recall/F1 of duplicate pairs, BCubed), with the time taken.",
                "Articles without a label are singletons. Engine options are those of dedup."},
        footer = {"%nExample:%n  copydesk eval run corpus/corpus.jsonl%n  copydesk eval run labelled.jsonl --threshold 0.6 --format jsonl",
                ExitCode.HELP})
final class EvalRunCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOptions output;
    @Mixin DedupOptions dedup;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        DedupConfig config = dedup.config(cl, input, false);
        PrintWriter err = cl.getErr();
        List<Metric> dedupMetrics;
        try (InputSet inputs = input.open(cl)) {
            Clustering goldDups = readLabels("dup_group");
            long start = System.nanoTime();
            Corpus corpus = input.scan(cl, inputs, err);
            DedupResult result = new NearDuplicates(config).find(corpus, Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            dedupMetrics = dedupMetrics(ClusterMetrics.score(goldDups, groupsAsClustering(result)), result, seconds);
        }
        try (OutputOptions.Sink sink = output.open(cl.getOut())) {
            print(sink.writer(), List.of(new Section("dedup", dedupMetrics)));
            sink.commit();
        }
        return ExitCode.OK;
    }

    /** The labels of the first input, which must be a labelled JSONL file. */
    private Clustering readLabels(String field) {
        Path file = Path.of(input.inputs.getFirst());
        if (input.inputs.size() != 1 || file.toFile().isDirectory()) {
            throw new UserException(ExitCode.USAGE, "eval run takes one labelled JSONL file (with \"cluster\" and \"dup_group\")");
        }
        return EvalCommand.read(file, f -> EvalFiles.readGold(f, field));
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

    static List<Metric> dedupMetrics(ClusterScores s, DedupResult r, double seconds) {
        List<Metric> m = new ArrayList<>();
        m.add(Metric.count("articles", r.articles().size()));
        m.add(Metric.count("gold_groups", s.goldClusters()));
        m.add(Metric.count("groups", r.groups().size()));
        m.add(Metric.score("pair_precision", s.pairPrecision()));
        m.add(Metric.score("pair_recall", s.pairRecall()));
        m.add(Metric.score("pair_f1", s.pairF1()));
        m.add(Metric.score("bcubed_f1", s.bcubedF1()));
        m.add(Metric.score("seconds", seconds));
        return m;
    }

    record Section(String name, List<Metric> metrics) {}

    private void print(PrintWriter out, List<Section> sections) {
        if (output.format() == OutputOptions.Format.jsonl) {
            JsonWriter w = new JsonWriter().beginObject();
            for (Section s : sections) {
                w.name(s.name()).beginObject();
                for (Metric m : s.metrics()) ScoreReport.field(w, m);
                w.endObject();
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
