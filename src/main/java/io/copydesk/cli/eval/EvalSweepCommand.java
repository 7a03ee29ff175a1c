package io.copydesk.cli.eval;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.options.DedupOptions;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.output.TextTable;
import io.copydesk.document.InputSet;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.engine.Progress;
import io.copydesk.eval.ClusterMetrics;
import io.copydesk.eval.ClusterScores;
import io.copydesk.eval.Clustering;
import io.copydesk.eval.EvalFiles;
import io.copydesk.internal.json.JsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code copydesk eval sweep}: duplicate-detection quality and time over a grid of settings. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs dedup on a labelled collection (JSONL, a JSON list, CSV) for every combination of threshold, shingle size and "
                + "signature size, and prints the quality of the duplicate groups against \"dup_group\" and the time of each run.",
                "Use it to choose settings for your data; copydesk's defaults were chosen this way."},
        footer = {"%nExample (a # line shows part of what the example above prints):"
                + "%n  ./copydesk eval sweep corpus/corpus.jsonl --thresholds 0.3,0.5,0.7 \\%n      --shingles 3,4,5 --hashes-list 128"
                + "%n  # 0.5000           4     128  42 bands x 3 rows         121 ...",
                ExitCode.HELP})
final class EvalSweepCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOptions output;
    @Mixin DedupOptions dedup;

    @Option(names = "--thresholds", split = ",", paramLabel = "J,...", defaultValue = "0.3,0.4,0.5,0.6,0.7,0.8",
            description = "Jaccard thresholds to try (default: ${DEFAULT-VALUE}).")
    List<Double> thresholds;

    @Option(names = "--shingles", split = ",", paramLabel = "K,...", defaultValue = "3,4,5",
            description = "Shingle sizes to try (default: ${DEFAULT-VALUE}).")
    List<Integer> shingles;

    @Option(names = "--hashes-list", split = ",", paramLabel = "N,...", defaultValue = "64,128,256",
            description = "Signature sizes to try (default: ${DEFAULT-VALUE}).")
    List<Integer> hashesList;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        DedupConfig base = dedup.config(cl, input, false);
        for (double t : thresholds) if (!(t > 0 && t <= 1)) throw new CommandLine.ParameterException(cl, "--thresholds values must be in (0, 1], was " + t);
        for (int k : shingles) if (k < 1 || k > 16) throw new CommandLine.ParameterException(cl, "--shingles values must be in [1, 16], was " + k);
        for (int h : hashesList) if (h < 8 || h > 4096) throw new CommandLine.ParameterException(cl, "--hashes-list values must be in [8, 4096], was " + h);
        PrintWriter err = cl.getErr();
        try (InputSet inputs = input.open(cl); OutputOptions.Sink sink = output.open(cl.getOut())) {
            Clustering gold = EvalCommand.readGold(inputs, input.inputs.getFirst(), List.of("dup_group"), input.recordFields(cl)).getFirst();
            EvalCommand.warnUnlabelled(err, input.inputs.getFirst(), "dup_group", gold, "dedup");
            Corpus corpus = input.scan(cl, inputs, err);
            TextTable table = new TextTable("threshold", "shingle", "hashes", "banding", "candidates", "pair_precision",
                    "pair_recall", "pair_f1", "bcubed_f1", "seconds");
            for (int k : shingles) {
                for (int hashes : hashesList) {
                    for (double t : thresholds) {
                        DedupConfig c = new DedupConfig(base.analysis().withShingle(k).withHashes(hashes), t, base.containment(), base.minContainedShingles(),
                                null, base.anchorRate(), false, base.keep(), base.threads(), base.compareFigures());
                        long start = System.nanoTime();
                        DedupResult r = new NearDuplicates(c).find(corpus, Progress.NONE);
                        double seconds = (System.nanoTime() - start) / 1e9;
                        ClusterScores s = ClusterMetrics.score(gold, EvalRunCommand.groupsAsClustering(r));
                        if (output.format() == OutputOptions.Format.jsonl) {
                            sink.writer().println(new JsonWriter().beginObject().field("threshold", t).field("shingle", k)
                                    .field("hashes", hashes).field("bands", c.banding().bands()).field("rows", c.banding().rows())
                                    .field("candidates", r.candidates()).field("pair_precision", s.pairPrecision())
                                    .field("pair_recall", s.pairRecall()).field("pair_f1", s.pairF1())
                                    .field("bcubed_f1", s.bcubedF1()).field("seconds", seconds).endObject());
                        } else {
                            table.add(fmt(t), Integer.toString(k), Integer.toString(hashes), c.banding().toString(),
                                    Long.toString(r.candidates()), fmt(s.pairPrecision()), fmt(s.pairRecall()), fmt(s.pairF1()),
                                    fmt(s.bcubedF1()), String.format(Locale.ROOT, "%.2f", seconds));
                        }
                    }
                }
            }
            if (output.format() == OutputOptions.Format.tsv) table.printTsv(sink.writer());
            else if (output.format() == OutputOptions.Format.text) table.printAligned(sink.writer());
            sink.commit();
        }
        return input.exitCode(spec.commandLine().getErr());
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : JsonWriter.formatScore(v);
    }
}
