package io.copydesk.report;

import io.copydesk.document.Dates;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.DuplicateGroup;
import io.copydesk.engine.StoryCluster;
import io.copydesk.internal.json.JsonWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of a report as one JSON object, read by the page's script: the run's summary, the
 * articles that belong to a duplicate group or a story of two or more (others are only counted),
 * duplicate groups, stories with their events, and the distributions the charts draw
 * ({@link ReportCharts}). Arrays rather than objects for the bulky parts keep big reports small.
 */
final class ReportData {
    /** Stories drawn as lanes of the timeline, the largest ones. */
    static final int TIMELINE_LANES = 30;

    private final ReportInput in;
    private final List<ArticleMeta> articles;
    private final int[] ref;      // article index -> position in the "articles" array, or -1
    private final int[] groupOf;  // article index -> duplicate group, or -1
    private final List<Integer> shown = new ArrayList<>();

    private ReportData(ReportInput in) {
        this.in = in;
        this.articles = in.stories().articles();
        this.ref = new int[articles.size()];
        this.groupOf = new int[articles.size()];
        Arrays.fill(ref, -1);
        Arrays.fill(groupOf, -1);
        List<DuplicateGroup> groups = in.stories().dedup().groups();
        for (int g = 0; g < groups.size(); g++) for (DuplicateGroup.Member m : groups.get(g).members()) groupOf[m.index()] = g;
        for (int i = 0; i < articles.size(); i++) {
            if (groupOf[i] >= 0 || in.stories().clusters().get(in.levels().eventOf(i)).size() > 1) {
                ref[i] = shown.size();
                shown.add(i);
            }
        }
    }

    /** The report's JSON. */
    static String json(ReportInput in) {
        return new ReportData(in).write();
    }

    private String write() {
        JsonWriter w = new JsonWriter().beginObject();
        summary(w.name("summary"));
        articles(w.name("articles"));
        groups(w.name("groups"));
        List<List<Integer>> stories = stories();
        stories(w.name("stories"), stories);
        timeline(w.name("timeline"), stories);
        new ReportCharts(in).write(w);
        return w.endObject().toString();
    }

    private void summary(JsonWriter w) {
        ClusterResult r = in.stories();
        DedupResult d = r.dedup();
        long inGroups = d.groups().stream().mapToLong(g -> g.members().size()).sum();
        long stories = r.clusters().stream().filter(c -> c.size() > 1).count();
        long dated = articles.stream().filter(a -> a.date() != null).count();
        w.beginObject().field("title", in.title()).field("articles", articles.size()).field("groups", d.groups().size())
                .field("inGroups", inGroups).field("unique", d.kept().cardinality()).field("pairs", d.pairs().size())
                .field("candidates", d.candidates()).field("stories", stories).field("singletons", r.clusters().size() - stories)
                .field("levels", in.levels().hasStorylines() ? "storylines and events" : "events")
                .field("jaccard", in.dedup().threshold()).field("containment", in.dedup().containment())
                .field("minContained", in.dedup().minContainedShingles())
                .field("exact", in.dedup().exact())
                .field("bands", in.dedup().banding().bands()).field("rows", in.dedup().banding().rows())
                .field("shingle", in.dedup().analysis().shingle()).field("hashes", in.dedup().hashes())
                .field("clusterThreshold", r.threshold()).field("dated", dated)
                .field("outlets", articles.stream().map(a -> CleaningTally.outletName(a.source())).distinct().count());
        articles.stream().map(ArticleMeta::date).filter(x -> x != null).min(java.util.Comparator.naturalOrder())
                .ifPresent(x -> w.field("from", Dates.format(x)));
        articles.stream().map(ArticleMeta::date).filter(x -> x != null).max(java.util.Comparator.naturalOrder())
                .ifPresent(x -> w.field("to", Dates.format(x)));
        w.endObject();
    }

    /** [id, title, outlet, date text, epoch millis or null] per shown article. */
    private void articles(JsonWriter w) {
        w.beginArray();
        for (int i : shown) {
            ArticleMeta a = articles.get(i);
            w.beginArray().value(a.id()).value(a.title() == null ? "" : a.title()).value(CleaningTally.outletName(a.source()))
                    .value(a.date() == null ? "" : Dates.format(a.date()));
            if (a.date() == null) w.nullValue(); else w.value(a.date().toEpochMilli());
            w.endArray();
        }
        w.endArray();
    }

    /** [[article ref, jaccard, containment] per member, canonical first] per group. */
    private void groups(JsonWriter w) {
        w.beginArray();
        for (DuplicateGroup g : in.stories().dedup().groups()) {
            w.beginArray();
            for (DuplicateGroup.Member m : g.members()) w.beginArray().value(ref[m.index()]).value(m.jaccard()).value(m.containment()).endArray();
            w.endArray();
        }
        w.endArray();
    }

    /**
     * The top level of stories, largest first: storylines when the engine made them, else events.
     * Each is its articles' indices in input order.
     */
    private List<List<Integer>> stories() {
        Map<Integer, List<Integer>> byKey = new LinkedHashMap<>();
        boolean lines = in.levels().hasStorylines();
        for (StoryCluster c : in.stories().clusters()) {
            for (int m : c.members()) {
                int key = lines ? in.levels().storylineOf(m) : in.levels().eventOf(m);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> members : byKey.values()) {
            if (members.size() < 2) continue;
            members.sort(null);
            out.add(members);
        }
        out.sort((x, y) -> Integer.compare(y.size(), x.size())); // stable: ties keep the engine's order
        return out;
    }

    /** {label, events: [{label, groups: [group numbers], loose: [article refs in no group]}]} per story. */
    private void stories(JsonWriter w, List<List<Integer>> stories) {
        List<StoryCluster> clusters = in.stories().clusters();
        w.beginArray();
        for (List<Integer> story : stories) {
            Map<Integer, List<Integer>> events = new LinkedHashMap<>();
            for (int m : story) events.computeIfAbsent(in.levels().eventOf(m), k -> new ArrayList<>()).add(m);
            StoryCluster first = clusters.get(in.levels().eventOf(story.getFirst()));
            w.beginObject().field("label", first.label()).field("size", story.size()).field("canonical", ref[first.canonical()]).name("events").beginArray();
            for (Map.Entry<Integer, List<Integer>> e : events.entrySet()) {
                w.beginObject().field("label", clusters.get(e.getKey()).label()).name("groups").beginArray();
                e.getValue().stream().mapToInt(m -> groupOf[m]).filter(g -> g >= 0).distinct().forEach(w::value);
                w.endArray().name("loose").beginArray();
                for (int m : e.getValue()) if (groupOf[m] < 0) w.value(ref[m]);
                w.endArray().endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
    }

    /** [story number, article ref] per dated article of the largest stories, for the timeline. */
    private void timeline(JsonWriter w, List<List<Integer>> stories) {
        w.beginArray();
        for (int s = 0; s < Math.min(TIMELINE_LANES, stories.size()); s++) {
            for (int m : stories.get(s)) if (articles.get(m).date() != null) w.beginArray().value(s).value(ref[m]).endArray();
        }
        w.endArray();
    }
}
