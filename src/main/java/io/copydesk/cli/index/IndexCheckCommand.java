package io.copydesk.cli.index;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.cli.terminal.TerminalProgress;
import io.copydesk.engine.Progress;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexChecker;
import io.copydesk.index.IndexException;
import io.copydesk.internal.json.JsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code copydesk index check}: integrity of an index. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks that the index is consistent: SQLite's integrity_check; every article has its signature, "
                + "shingle set, line keys, band rows and anchors, exactly as its shingles give them; no row without its "
                + "article; boilerplate line counts equal to the sums over the articles; every article has its TF-IDF term counts, "
                + "its postings are exactly its terms, each term's document frequency is the number of articles holding it, "
                + "and the stored document count is the number of articles.",
            "Prints each problem and exits with 4 when there is one. Also counts the articles cleaned with boilerplate "
                + "counts that have changed since they were added (a note: index rebuild cleans them again)."},
        footer = {"%nExample:%n  ./copydesk index add --index news.idx corpus && \\%n      ./copydesk index check --index news.idx --format text", ExitCode.HELP})
public final class IndexCheckCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin IndexCommand.Location index;
    @Mixin OutputOptions output;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr (problems are still printed).")
    boolean quiet;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        IndexChecker.Report r;
        try (ArticleIndex ix = IndexCommand.openForReading(index.dir, ArticleIndex.SettingsChoice.storedOr(null))) {
            r = IndexChecker.check(ix, quiet ? Progress.NONE : TerminalProgress.forStderr(cl.getErr()));
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        }
        try (OutputOptions.Sink sink = output.open(cl.getOut())) {
            PrintWriter out = sink.writer();
            if (output.format() == OutputOptions.Format.jsonl) {
                JsonWriter w = new JsonWriter().beginObject().field("ok", r.ok()).field("articles", r.articles())
                        .field("stale_boilerplate", r.staleBoilerplate()).name("problems").beginArray();
                r.problems().forEach(w::value);
                out.println(w.endArray().endObject());
            } else {
                for (String p : r.problems()) out.println("problem: " + p);
                if (r.ok()) out.println("ok: " + Terminal.count(r.articles(), "article") + ", every table consistent");
                if (r.staleBoilerplate() > 0) {
                    out.println("note: " + Terminal.count(r.staleBoilerplate(), "article was", "articles were")
                            + " cleaned with boilerplate counts that have changed since (index rebuild cleans them again)");
                }
            }
            sink.commit();
        }
        return r.ok() ? ExitCode.OK : ExitCode.DATA;
    }
}
