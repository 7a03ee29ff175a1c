package io.copydesk.cli;

import io.copydesk.document.Dates;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.DuplicateGroup;
import io.copydesk.internal.json.JsonWriter;
import io.copydesk.internal.Printable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints duplicate groups and pairs as text, TSV or JSONL. */
final class DedupPrinter {
    private final PrintWriter out;
    private final OutputOptions.Format format;

    DedupPrinter(PrintWriter out, OutputOptions.Format format) {
        this.out = out;
        this.format = format;
    }

    void groups(DedupResult r) {
        List<ArticleMeta> a = r.articles();
        if (format == OutputOptions.Format.tsv) out.println("group\tid\tcanonical\tjaccard\tcontainment\tdate\ttitle");
        int n = 0;
        for (DuplicateGroup g : r.groups()) {
            n++;
            switch (format) {
                case jsonl -> {
                    JsonWriter w = new JsonWriter().beginObject().field("group", n).name("members").beginArray();
                    for (DuplicateGroup.Member m : g.members()) {
                        w.beginObject().field("id", a.get(m.index()).id()).field("jaccard", m.jaccard())
                                .field("containment", m.containment()).endObject();
                    }
                    out.println(w.endArray().endObject());
                }
                case tsv -> {
                    for (DuplicateGroup.Member m : g.members()) {
                        ArticleMeta x = a.get(m.index());
                        out.println(n + "\t" + Printable.tsv(x.id()) + "\t" + (m.index() == g.canonical()) + "\t" + JsonWriter.formatScore(m.jaccard())
                                + "\t" + JsonWriter.formatScore(m.containment()) + "\t" + nullToEmpty(Dates.format(x.date()))
                                + "\t" + Printable.tsv(x.title()));
                    }
                }
                case text -> {
                    out.println(String.format(Locale.ROOT, "group %d (%d articles)", n, g.members().size()));
                    for (DuplicateGroup.Member m : g.members()) {
                        ArticleMeta x = a.get(m.index());
                        String scores = m.index() == g.canonical() ? "canonical        "
                                : String.format(Locale.ROOT, "J %.2f  C %.2f  ", m.jaccard(), m.containment());
                        out.println("  " + scores + " " + Printable.inline(x.id()) + dateSuffix(x) + titleSuffix(x));
                    }
                    out.println();
                }
            }
        }
        if (format == OutputOptions.Format.text && n == 0) out.println("no duplicates found among " + a.size() + " articles");
    }

    void pairs(DedupResult r) {
        List<ArticleMeta> a = r.articles();
        if (format == OutputOptions.Format.tsv) out.println("a\tb\tjaccard\tcontainment");
        r.forEachPair(p -> {
            String ida = a.get(p.a()).id(), idb = a.get(p.b()).id();
            switch (format) {
                case jsonl -> out.println(new JsonWriter().beginObject().field("a", ida).field("b", idb)
                        .field("jaccard", p.jaccard()).field("containment", p.containment()).endObject());
                case tsv -> out.println(Printable.tsv(ida) + "\t" + Printable.tsv(idb) + "\t" + JsonWriter.formatScore(p.jaccard()) + "\t" + JsonWriter.formatScore(p.containment()));
                case text -> out.println(String.format(Locale.ROOT, "J %.2f  C %.2f  %s  %s", p.jaccard(), p.containment(), Printable.inline(ida), Printable.inline(idb)));
            }
        });
        if (format == OutputOptions.Format.text && r.pairCount() == 0) out.println("no duplicates found among " + a.size() + " articles");
    }

    private static String dateSuffix(ArticleMeta x) {
        return x.date() == null ? "" : "  " + Dates.format(x.date()).replace("T", " ").replace("Z", "");
    }

    private static String titleSuffix(ArticleMeta x) {
        if (x.title() == null || x.title().isBlank()) return "";
        String t = x.title().strip();
        return "  \"" + Printable.inline(t.length() > 70 ? t.substring(0, 67) + "..." : t) + "\"";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
