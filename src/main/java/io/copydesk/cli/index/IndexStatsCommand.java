package io.copydesk.cli.index;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.document.Dates;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexException;
import io.copydesk.index.IndexStats;
import io.copydesk.internal.json.JsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code copydesk index stats}: what an index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Prints the number of articles, their date range, the rows of each table (band keys, anchors, boilerplate "
                + "line keys, TF-IDF terms held by some article, postings), the size on disk and the settings.",
        footer = {"%nOutput (JSONL, one line): {\"articles\":8000,\"dated\":7990,\"oldest\":...,\"bytes\":...,\"bytes_per_article\":...,"
                + "\"terms\":...,\"postings\":...,\"format_version\":3,\"settings\":{\"shingle\":\"4\",...}}",
            "%nExample:%n  ./copydesk index add --index news.idx corpus && \\%n      ./copydesk index stats --index news.idx --format text", ExitCode.HELP})
public final class IndexStatsCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin IndexCommand.Location index;
    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        IndexStats s;
        try (ArticleIndex ix = IndexCommand.openForReading(index.dir, ArticleIndex.SettingsChoice.storedOr(null))) {
            s = IndexStats.of(ix);
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        }
        try (OutputOptions.Sink sink = output.open(cl.getOut())) {
            PrintWriter out = sink.writer();
            Map<String, String> settings = s.settings().toProperties();
            switch (output.format()) {
                case jsonl -> {
                    JsonWriter w = new JsonWriter().beginObject().field("articles", s.articles()).field("dated", s.dated())
                            .field("oldest", Dates.format(s.oldest())).field("newest", Dates.format(s.newest()))
                            .field("bytes", s.bytes()).field("bytes_per_article", s.bytesPerArticle())
                            .field("band_rows", s.bandRows()).field("anchor_rows", s.anchorRows()).field("brief_rows", s.briefRows())
                            .field("line_keys", s.lineKeys())
                            .field("terms", s.terms()).field("postings", s.postings())
                            .field("format_version", s.formatVersion()).name("settings").beginObject();
                    settings.forEach(w::field);
                    out.println(w.endObject().endObject());
                }
                case tsv -> {
                    out.println("name\tvalue");
                    rows(s).forEach((k, v) -> out.println(k + "\t" + v));
                    settings.forEach((k, v) -> out.println("setting." + k + "\t" + v));
                }
                case text -> {
                    rows(s).forEach((k, v) -> out.println(String.format(Locale.ROOT, "%-18s %s", k, v)));
                    out.println(String.format(Locale.ROOT, "%-18s %s", "settings", s.settings().describe()));
                }
            }
            sink.commit();
        }
        return ExitCode.OK;
    }

    private static Map<String, String> rows(IndexStats s) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("articles", Long.toString(s.articles()));
        m.put("dated", Long.toString(s.dated()));
        m.put("oldest", s.oldest() == null ? "" : Dates.format(s.oldest()));
        m.put("newest", s.newest() == null ? "" : Dates.format(s.newest()));
        m.put("bytes", Long.toString(s.bytes()));
        m.put("bytes_per_article", Long.toString(s.bytesPerArticle()));
        m.put("band_rows", Long.toString(s.bandRows()));
        m.put("anchor_rows", Long.toString(s.anchorRows()));
        m.put("brief_rows", Long.toString(s.briefRows()));
        m.put("line_keys", Long.toString(s.lineKeys()));
        m.put("terms", Long.toString(s.terms()));
        m.put("postings", Long.toString(s.postings()));
        m.put("format_version", Integer.toString(s.formatVersion()));
        return m;
    }
}
