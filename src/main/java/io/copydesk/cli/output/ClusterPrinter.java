package io.copydesk.cli.output;

import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.document.Dates;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.Progress;
import io.copydesk.engine.StoryCluster;
import io.copydesk.engine.Storyline;
import io.copydesk.internal.Printable;
import io.copydesk.internal.json.JsonWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a two-level clustering as events (each naming its storyline) or as storylines (each
 * listing its events): text fitted to the terminal, TSV, CSV or JSONL.
 */
public final class ClusterPrinter {
    public enum Level { event, storyline }

    private final ClusterResult r;
    private final List<ArticleMeta> a;
    private final PrintWriter out;
    private final OutputOptions.Format format;
    private final int width;
    private final boolean withMeta;

    /** {@code width}: columns of text output, 0 for no limit. */
    public ClusterPrinter(ClusterResult r, PrintWriter out, OutputOptions.Format format, int width, boolean withMeta) {
        this.r = r;
        this.a = r.articles();
        this.out = out;
        this.format = format;
        this.width = width;
        this.withMeta = withMeta;
    }

    /**
     * Prints the events or storylines {@code order} names (0-based positions in {@code clusters()}
     * or {@code storylines()}), each numbered from 1 by its position, in the counted stage
     * {@code writing} (events or storylines written).
     */
    public void print(Level level, List<Integer> order, Progress progress) {
        if (format == OutputOptions.Format.tsv || format == OutputOptions.Format.csv) {
            List<Object> head = new ArrayList<>(List.of("cluster", "id", "canonical", "date"));
            if (withMeta) head.add("source");
            head.addAll(List.of("title", "label", level == Level.event ? "storyline" : "event"));
            out.println(Delimited.row(format, head.toArray()));
        }
        progress.start("writing", order.size());
        for (int i : order) {
            if (level == Level.event) printEvent(i);
            else printStoryline(i);
            progress.advance(1);
        }
        progress.finish();
    }

    private void printEvent(int e) {
        StoryCluster c = r.clusters().get(e);
        int storyline = r.storylineOf(e) + 1;
        switch (format) {
            case jsonl -> {
                JsonWriter w = new JsonWriter().beginObject().field("cluster", e + 1).field("storyline", storyline);
                eventFields(w, c);
                articles(w, c.members());
                out.println(w.endObject());
            }
            case tsv, csv -> {
                for (int m : c.members()) out.println(row(e + 1, m, c.canonical(), c.label(), storyline));
            }
            case text -> {
                int events = r.storylines().get(storyline - 1).events().size();
                out.println(Terminal.fit(String.format(Locale.ROOT, "event %d (%s%s; storyline %d%s): %s", e + 1, articles(c.size()),
                        dupCount(c), storyline, events == 1 ? "" : " of " + events + " events", Printable.inline(c.label())), width));
                articleLines(List.of(e), "");
                out.println();
            }
        }
    }

    private void printStoryline(int s) {
        Storyline line = r.storylines().get(s);
        switch (format) {
            case jsonl -> {
                JsonWriter w = new JsonWriter().beginObject().field("cluster", s + 1).field("canonical", a.get(line.canonical()).id())
                        .field("label", line.label());
                ids(w.name("members"), line.members());
                w.name("events").beginArray();
                for (int e : line.events()) eventFields(w.beginObject().field("event", e + 1), r.clusters().get(e)).endObject();
                w.endArray();
                articles(w, line.members());
                out.println(w.endObject());
            }
            case tsv, csv -> {
                for (int e : line.events()) {
                    for (int m : r.clusters().get(e).members()) out.println(row(s + 1, m, line.canonical(), line.label(), e + 1));
                }
            }
            case text -> {
                out.println(Terminal.fit(String.format(Locale.ROOT, "storyline %d (%d event%s, %s): %s", s + 1, line.events().size(),
                        line.events().size() == 1 ? "" : "s", articles(line.size()), Printable.inline(line.label())), width));
                articleLines(line.events(), "  ");
                out.println();
            }
        }
    }

    private JsonWriter eventFields(JsonWriter w, StoryCluster c) {
        w.field("canonical", a.get(c.canonical()).id()).field("label", c.label());
        ids(w.name("members"), c.members());
        w.name("duplicates").beginArray();
        for (List<Integer> g : c.duplicates()) ids(w, g);
        return w.endArray();
    }

    /** With {@code --with-meta}: {@code "articles": [{id, title, source, date}, ...]} in member order. */
    private void articles(JsonWriter w, List<Integer> members) {
        if (!withMeta) return;
        w.name("articles").beginArray();
        for (int m : members) ArticleFields.write(w.beginObject(), a.get(m)).endObject();
        w.endArray();
    }

    private String row(int n, int m, int canonical, String label, int other) {
        ArticleMeta x = a.get(m);
        String date = x.date() == null ? "" : Dates.format(x.date());
        String text = Printable.inline(label);
        return withMeta ? Delimited.row(format, n, x.id(), m == canonical, date, x.source(), x.title(), text, other)
                : Delimited.row(format, n, x.id(), m == canonical, date, x.title(), text, other);
    }

    /**
     * One line per article of these events: {@code *} marks an event's most central article and
     * {@code d1}, {@code d2} its duplicate groups; with more than one event (storyline level) each
     * event gets a heading line. Outlets line up across all the events printed together.
     */
    private void articleLines(List<Integer> events, String indent) {
        List<ArticleMeta> all = events.stream().flatMap(e -> r.clusters().get(e).members().stream()).map(a::get).toList();
        int outletWidth = ArticleLine.outletWidth(all);
        boolean ids = ArticleLine.idsFit((indent + " * d1  ").length(), all, outletWidth, width);
        for (int e : events) {
            StoryCluster c = r.clusters().get(e);
            if (!indent.isEmpty()) {
                out.println(Terminal.fit(String.format(Locale.ROOT, "%sevent %d (%s%s): %s", indent, e + 1,
                        articles(c.size()), dupCount(c), Printable.inline(c.label())), width));
            }
            Map<Integer, Integer> groupOf = new HashMap<>();
            for (int g = 0; g < c.duplicates().size(); g++) for (int m : c.duplicates().get(g)) groupOf.put(m, g + 1);
            for (int m : c.members()) {
                String mark = (m == c.canonical() ? "*" : " ")
                        + (groupOf.containsKey(m) ? String.format(Locale.ROOT, " d%-2d", groupOf.get(m)) : "    ");
                out.println(ArticleLine.of(indent + " " + mark + " ", a.get(m), outletWidth, width, ids));
            }
        }
    }

    private void ids(JsonWriter w, List<Integer> members) {
        w.beginArray();
        for (int m : members) w.value(a.get(m).id());
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
