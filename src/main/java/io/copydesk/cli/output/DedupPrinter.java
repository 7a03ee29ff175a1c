package io.copydesk.cli.output;

import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.document.Dates;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.DuplicateGroup;
import io.copydesk.engine.Progress;
import io.copydesk.internal.Printable;
import io.copydesk.internal.json.JsonWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints duplicate groups and pairs as text (fitted to the terminal), TSV, CSV or JSONL. */
public final class DedupPrinter {
    private final PrintWriter out;
    private final OutputOptions.Format format;
    private final int width;
    private final boolean withMeta;
    private final Progress progress;

    /** {@code width}: columns of text output, 0 for no limit; {@code progress} hears the groups or pairs written (stage {@code writing}). */
    public DedupPrinter(PrintWriter out, OutputOptions.Format format, int width, boolean withMeta, Progress progress) {
        this.out = out;
        this.format = format;
        this.width = width;
        this.withMeta = withMeta;
        this.progress = progress;
    }

    /** Prints the groups {@code order} names (0-based positions in {@code r.groups()}), numbered from 1 by position. */
    public void groups(DedupResult r, List<Integer> order) {
        List<ArticleMeta> a = r.articles();
        boolean delimited = format == OutputOptions.Format.tsv || format == OutputOptions.Format.csv;
        if (delimited) {
            out.println(withMeta ? Delimited.row(format, "group", "id", "canonical", "jaccard", "containment", "date", "source", "title")
                    : Delimited.row(format, "group", "id", "canonical", "jaccard", "containment", "date", "title"));
        }
        progress.start("writing", order.size());
        for (int index : order) {
            progress.advance(1);
            group(r.groups().get(index), index + 1, a);
        }
        progress.finish();
        if (format == OutputOptions.Format.text && r.groups().isEmpty()) out.println("no duplicates found among " + a.size() + (a.size() == 1 ? " article" : " articles"));
    }

    /**
     * Prints group {@code g}, numbered {@code n}. One call a group: the loop over the groups runs
     * once, and a loop body in it stayed interpreted for its first thousands of groups.
     */
    private void group(DuplicateGroup g, int n, List<ArticleMeta> a) {
        switch (format) {
            case jsonl -> {
                JsonWriter w = new JsonWriter().beginObject().field("group", n).name("members").beginArray();
                for (DuplicateGroup.Member m : g.members()) {
                    w.beginObject();
                    if (withMeta) ArticleFields.write(w, a.get(m.index()));
                    else w.field("id", a.get(m.index()).id());
                    w.field("jaccard", m.jaccard()).field("containment", m.containment()).endObject();
                }
                out.println(w.endArray().endObject());
            }
            case tsv, csv -> {
                for (DuplicateGroup.Member m : g.members()) {
                    ArticleMeta x = a.get(m.index());
                    String date = x.date() == null ? "" : Dates.format(x.date());
                    String j = JsonWriter.formatScore(m.jaccard()), c = JsonWriter.formatScore(m.containment());
                    boolean canonical = m.index() == g.canonical();
                    out.println(withMeta ? Delimited.row(format, n, x.id(), canonical, j, c, date, x.source(), x.title())
                            : Delimited.row(format, n, x.id(), canonical, j, c, date, x.title()));
                }
            }
            case text -> {
                out.println(String.format(Locale.ROOT, "group %d (%d articles)", n, g.members().size()));
                List<ArticleMeta> members = g.members().stream().map(m -> a.get(m.index())).toList();
                int outletWidth = ArticleLine.outletWidth(members);
                boolean ids = ArticleLine.idsFit("  J 0.00 C 0.00  ".length(), members, outletWidth, width);
                for (DuplicateGroup.Member m : g.members()) {
                    String scores = m.index() == g.canonical() ? "canonical    "
                            : String.format(Locale.ROOT, "J %.2f C %.2f", m.jaccard(), m.containment());
                    out.println(ArticleLine.of("  " + scores + "  ", a.get(m.index()), outletWidth, width, ids));
                }
                out.println();
            }
        }
    }

    public void pairs(DedupResult r) {
        List<ArticleMeta> a = r.articles();
        if (format == OutputOptions.Format.tsv || format == OutputOptions.Format.csv) out.println(Delimited.row(format, "a", "b", "jaccard", "containment"));
        progress.start("writing", r.pairCount());
        r.forEachPair(p -> {
            progress.advance(1);
            String ida = a.get(p.a()).id(), idb = a.get(p.b()).id();
            switch (format) {
                case jsonl -> out.println(new JsonWriter().beginObject().field("a", ida).field("b", idb)
                        .field("jaccard", p.jaccard()).field("containment", p.containment()).endObject());
                case tsv, csv -> out.println(Delimited.row(format, ida, idb, JsonWriter.formatScore(p.jaccard()), JsonWriter.formatScore(p.containment())));
                case text -> out.println(Terminal.fit(String.format(Locale.ROOT, "J %.2f  C %.2f  %s  %s", p.jaccard(), p.containment(), Printable.inline(ida), Printable.inline(idb)), width));
            }
        });
        progress.finish();
        if (format == OutputOptions.Format.text && r.pairCount() == 0) out.println("no duplicates found among " + a.size() + (a.size() == 1 ? " article" : " articles"));
    }

}
