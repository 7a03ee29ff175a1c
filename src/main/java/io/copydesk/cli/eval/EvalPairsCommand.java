package io.copydesk.cli.eval;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.output.ScoreReport;
import io.copydesk.eval.EvalFiles;
import io.copydesk.eval.IdPair;
import io.copydesk.eval.PairMetrics;
import io.copydesk.eval.PairScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code copydesk eval pairs}: precision, recall and the recall-per-Jaccard S-curve of duplicate pairs. */
@Command(name = "pairs",
        mixinStandardHelpOptions = true,
        description = {
            "Scores predicted duplicate pairs against truth pairs (e.g. exact Jaccard above a threshold): "
                + "precision, recall, F1 and recall per Jaccard band [0.0,0.1) .. [0.9,1.0].",
            "Pairs are unordered; repeats collapse. With no predicted (truth) pairs, precision (recall) and F1 are undefined: "
                + "null in JSON, - in tables."},
        footer = {
            "%nTruth: JSONL with \"a\", \"b\" and optionally \"jaccard\" in [0, 1] (pairs without it, such as "
                + "generate --truth-pairs output, count for P/R/F1 only; when none has it, the text output "
                + "says so in place of the band table). Pred: JSONL with \"a\" and \"b\".",
            "%nExample:%n  ./copydesk dedup corpus --pairs --exact --format jsonl \\%n      --out exact-pairs.jsonl && \\%n"
                + "      ./copydesk dedup corpus --pairs --format jsonl --out pairs.jsonl && \\%n"
                + "      ./copydesk eval pairs --truth exact-pairs.jsonl --pred pairs.jsonl%n"
                + ExitCode.HELP})
final class EvalPairsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--truth", required = true, paramLabel = "FILE", description = "Truth pairs (JSONL: a, b, and jaccard for the recall per band).")
    Path truth;

    @Option(names = "--pred", required = true, paramLabel = "FILE", description = "Predicted pairs (JSONL: a, b).")
    Path pred;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Map<IdPair, Double> truthPairs = EvalCommand.read(truth, EvalFiles::readTruthPairs);
        Set<IdPair> predPairs = EvalCommand.read(pred, EvalFiles::readPairs);
        PairScores scores = PairMetrics.score(truthPairs, predPairs);
        ScoreReport.write(output, spec.commandLine().getOut(), scores.metrics(), scores.bands());
        return ExitCode.OK;
    }
}
