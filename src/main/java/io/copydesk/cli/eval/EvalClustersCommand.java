package io.copydesk.cli.eval;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.output.ScoreReport;
import io.copydesk.eval.ClusterMetrics;
import io.copydesk.eval.Clustering;
import io.copydesk.eval.EvalFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code copydesk eval clusters}: ARI, pair and BCubed scores of a predicted clustering. */
@Command(name = "clusters",
        mixinStandardHelpOptions = true,
        description = {
            "Scores a predicted clustering against gold labels: ARI, pair precision/recall/F1 and "
                + "BCubed precision/recall/F1.",
            "Gold items missing from the prediction count as singletons; predicted items not in gold are "
                + "ignored and counted. A score that would be 0/0 (pair precision with no predicted pair, pair recall with no "
                + "gold pair, and F1 with either) is undefined: null in JSON, - in tables. A gold file with no \"cluster\" "
                + "label is refused (exit 4)."},
        footer = {
            "%nGold: JSONL with \"id\" and \"cluster\" (no cluster = singleton). Pred: JSONL with "
                + "\"members\" per cluster (clusters or duplicate groups).",
            "%nExample:%n  ./copydesk cluster corpus --format jsonl --out clusters.jsonl && \\%n"
                + "      ./copydesk eval clusters --gold corpus/corpus.jsonl --pred clusters.jsonl%n"
                + ExitCode.HELP})
final class EvalClustersCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold labels (JSONL: id, cluster).")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "FILE", description = "Predicted clusters (JSONL: members).")
    Path pred;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Clustering goldClusters = EvalCommand.readGold(gold);
        Clustering predClusters = EvalCommand.read(pred, EvalFiles::readClusters);
        ScoreReport.write(output, spec.commandLine().getOut(), ClusterMetrics.score(goldClusters, predClusters).metrics(), List.of());
        return ExitCode.OK;
    }
}
