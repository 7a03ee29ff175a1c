package io.copydesk.cli.eval;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.output.ScoreReport;
import io.copydesk.eval.Clustering;
import io.copydesk.eval.EvalFiles;
import io.copydesk.eval.Ranking;
import io.copydesk.eval.RankingMetrics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code copydesk eval related}: P@1, P@k, R@k and MRR of related-story rankings. */
@Command(name = "related",
        mixinStandardHelpOptions = true,
        description = {
            "Scores related-story rankings against gold clusters: P@1, P@k, R@k and MRR.",
            "The relevant items of a query are the other members of its gold cluster. P@k divides by k. "
                + "Gold singletons and queries not in gold are left out of the averages and counted."},
        footer = {
            "%nGold: JSONL with \"id\" and \"cluster\". Pred: JSONL with \"id\" (the query) and "
                + "\"related\" (ids or {\"id\": ..} objects, best first).",
            "%nExample:%n  ./copydesk related corpus --all --format jsonl --out related.jsonl && \\%n"
                + "      ./copydesk eval related --gold corpus/corpus.jsonl --pred related.jsonl%n"
                + ExitCode.HELP})
final class EvalRelatedCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold labels (JSONL: id, cluster).")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "FILE", description = "Rankings (JSONL: id, related).")
    Path pred;

    @Option(names = "--k", paramLabel = "K", defaultValue = "" + RankingMetrics.DEFAULT_K,
            description = "Rank cut-off of P@k and R@k, at least 1. Default: ${DEFAULT-VALUE}.")
    int k;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (k < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--k must be at least 1, was " + k);
        Clustering goldClusters = EvalCommand.readGold(gold);
        List<Ranking> rankings = EvalCommand.read(pred, EvalFiles::readRelated);
        ScoreReport.write(output, spec.commandLine().getOut(), RankingMetrics.score(goldClusters, rankings, k).metrics(), List.of());
        return ExitCode.OK;
    }
}
