package io.copydesk.cli;

import io.copydesk.cli.index.IndexRelated;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.options.LevelOptions;
import io.copydesk.cli.options.TfIdfOptions;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.document.InputSet;
import io.copydesk.engine.Progress;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedStories;
import io.copydesk.internal.io.AtomicFile;
import io.copydesk.report.HtmlReport;
import io.copydesk.report.ReportInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes one self-contained HTML page (no network needed to open it) about a collection: the run's summary, "
                + "sortable and filterable tables of stories and duplicate groups (click a story for its events, groups and "
                + "articles), a timeline of the largest stories, the Jaccard and containment of every candidate pair against "
                + "the thresholds with the LSH S-curve, story sizes, articles per outlet, which outlets republish which, and "
                + "the page furniture removed per outlet.",
                "It runs dedup and cluster with their options and defaults; charts are drawn by Apache ECharts, included in the page."},
        footer = {"%nExamples (a # line shows part of what the example above prints):%n  ./copydesk report corpus --out report.html"
                + "%n  # copydesk: report on 77 articles, 16 duplicate groups, 11 storylines ..."
                + "%n  ./copydesk report articles.jsonl.gz --window 1d --out /tmp/news-report.html"
                + "%n  ./copydesk report --index news.idx --out index-report.html", ExitCode.HELP})
public final class ReportCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin TfIdfOptions tfidf;
    @Mixin LevelOptions levels;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The HTML file to write (atomically: temp file, then rename).")
    Path out;

    @Option(names = "--index", description = "INPUT is an index folder (made by copydesk index add): report on its articles "
            + "with the index's settings (without the page furniture chart: an index keeps no texts).")
    boolean fromIndex;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        RelatedConfig related = tfidf.config(cl, input, RelatedConfig.DEFAULT_MIN_SCORE);
        PrintWriter err = cl.getErr();
        Progress progress = input.progress(err);
        long start = System.nanoTime();
        ReportInput report;
        if (fromIndex) {
            IndexRelated.Loaded loaded = IndexRelated.loadWithShingles(cl, input, tfidf, RelatedConfig.DEFAULT_MIN_SCORE);
            RelatedStories rs = loaded.related();
            report = ReportInput.of("index " + input.inputs.getFirst(), rs, loaded.shingleSets(), levels.config(cl, related).withRelated(rs.config()),
                    List.of(), progress);
        } else {
            try (InputSet inputs = input.open(cl)) {
                report = ReportInput.of(String.join(", ", input.inputs), input.scan(cl, inputs, err), levels.config(cl, related), progress);
            }
        }
        write(report, progress);
        if (!input.quiet) {
            // the page's words and numbers: "storylines of 2+ articles", "events of 2+ articles"
            err.println(Terminal.summary(String.format(Locale.ROOT, "report on %s, %s, %s and %s of two or more articles",
                    Terminal.count(report.stories().articles().size(), "article"), Terminal.count(report.stories().dedup().groups().size(), "duplicate group"),
                    Terminal.count(report.storylinesOfTwoOrMore(), "storyline"), Terminal.count(report.eventsOfTwoOrMore(), "event"))));
            err.println(Terminal.summary(String.format(Locale.ROOT, "written to %s in %.1f s", out, (System.nanoTime() - start) / 1e9)));
        }
        return input.exitCode(err);
    }

    private void write(ReportInput report, Progress progress) {
        try (AtomicFile file = new AtomicFile(out)) {
            HtmlReport.write(report, file.writer(), progress);
            file.commit();
        } catch (IOException e) {
            throw new UserException(ExitCode.IO, "cannot write " + out + ": " + e.getMessage());
        } finally {
            progress.finish();
        }
    }
}
