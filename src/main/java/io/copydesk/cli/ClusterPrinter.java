package io.copydesk.cli;

import io.copydesk.document.Dates;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.StoryCluster;
import io.copydesk.engine.Storyline;
import io.copydesk.internal.Printable;
import io.copydesk.internal.json.JsonWriter;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a two-level clustering as events (each naming its storyline) or as storylines (each listing its events). */
final class ClusterPrinter {
    enum Level { event, storyline }

    private final ClusterResult r;
    private final List<ArticleMeta> a;

    ClusterPrinter(ClusterResult r) {
        this.r = r;
        this.a = r.articles();
    }

    void print(PrintWriter out, OutputOptions.Format format, Level level) {
        if (format == OutputOptions.Format.tsv) {
            out.println("cluster\tid\tcanonical\tdate\ttitle\tlabel\t" + (level == Level.event ? "storyline" : "event"));
        }
        if (level == Level.event) {
            for (int e = 0; e < r.clusters().size(); e++) printEvent(out, format, e);
        } else {
            for (int s = 0; s < r.storylines().size(); s++) printStoryline(out, format, s);
        }
    }

    private void printEvent(PrintWriter out, OutputOptions.Format format, int e) {
        StoryCluster c = r.clusters().get(e);
        int storyline = r.storylineOf()[e] + 1;
        switch (format) {
            case jsonl -> {
                JsonWriter w = new JsonWriter().beginObject().field("cluster", e + 1).field("storyline", storyline)
                        .field("canonical", a.get(c.canonical()).id()).field("label", c.label());
                ids(w.name("members"), c.members());
                duplicates(w, c);
                out.println(w.endObject());
            }
            case tsv -> {
                for (int m : c.members()) out.println((e + 1) + "\t" + tsvRow(m, c.canonical(), c.label()) + "\t" + storyline);
            }
            case text -> {
                int events = r.storylines().get(storyline - 1).events().size();
                out.println(String.format(Locale.ROOT, "event %d (%s%s; storyline %d%s): %s", e + 1, articles(c.size()),
                        dupCount(c), storyline, events == 1 ? "" : " of " + events + " events", Printable.inline(c.label())));
                articleLines(out, c, "  ");
                out.println();
            }
        }
    }

    private void printStoryline(PrintWriter out, OutputOptions.Format format, int s) {
        Storyline line = r.storylines().get(s);
        switch (format) {
            case jsonl -> {
                JsonWriter w = new JsonWriter().beginObject().field("cluster", s + 1).field("canonical", a.get(line.canonical()).id())
                        .field("label", line.label());
                ids(w.name("members"), line.members());
                w.name("events").beginArray();
                for (int e : line.events()) {
                    StoryCluster c = r.clusters().get(e);
                    w.beginObject().field("event", e + 1).field("canonical", a.get(c.canonical()).id()).field("label", c.label());
                    ids(w.name("members"), c.members());
                    duplicates(w, c);
                    w.endObject();
                }
                out.println(w.endArray().endObject());
            }
            case tsv -> {
                for (int e : line.events()) {
                    StoryCluster c = r.clusters().get(e);
                    for (int m : c.members()) out.println((s + 1) + "\t" + tsvRow(m, line.canonical(), line.label()) + "\t" + (e + 1));
                }
            }
            case text -> {
                out.println(String.format(Locale.ROOT, "storyline %d (%d event%s, %s): %s", s + 1, line.events().size(),
                        line.events().size() == 1 ? "" : "s", articles(line.size()), Printable.inline(line.label())));
                for (int e : line.events()) {
                    StoryCluster c = r.clusters().get(e);
                    out.println(String.format(Locale.ROOT, "  event %d (%s%s): %s", e + 1, articles(c.size()), dupCount(c), Printable.inline(c.label())));
                    articleLines(out, c, "    ");
                }
                out.println();
            }
        }
    }

    private String tsvRow(int m, int canonical, String label) {
        ArticleMeta x = a.get(m);
        return Printable.tsv(x.id()) + "\t" + (m == canonical) + "\t" + (x.date() == null ? "" : Dates.format(x.date())) + "\t"
                + Printable.tsv(x.title()) + "\t" + Printable.tsv(Printable.inline(label));
    }

    private void articleLines(PrintWriter out, StoryCluster c, String indent) {
        Map<Integer, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < c.duplicates().size(); g++) for (int m : c.duplicates().get(g)) groupOf.put(m, g + 1);
        for (int m : c.members()) {
            ArticleMeta x = a.get(m);
            String mark = m == c.canonical() ? "*" : " ";
            String dup = groupOf.containsKey(m) ? " [dup " + groupOf.get(m) + "]" : "";
            out.println(indent + mark + " " + (x.date() == null ? "          " : Dates.format(x.date())) + "  " + Printable.inline(x.id()) + dup + RelatedCommand.title(x));
        }
    }

    private void ids(JsonWriter w, List<Integer> members) {
        w.beginArray();
        for (int m : members) w.value(a.get(m).id());
        w.endArray();
    }

    private void duplicates(JsonWriter w, StoryCluster c) {
        w.name("duplicates").beginArray();
        for (List<Integer> g : c.duplicates()) ids(w, g);
        w.endArray();
    }

    private static String articles(int n) {
        return n + " article" + (n == 1 ? "" : "s");
    }

    private static String dupCount(StoryCluster c) {
        int d = c.duplicates().size();
        return d == 0 ? "" : ", " + d + " duplicate group" + (d == 1 ? "" : "s");
    }
}
