package io.copydesk.report;

import io.copydesk.document.Dates;
import io.copydesk.engine.ArticleLevels;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.DuplicateGroup;
import io.copydesk.engine.StoryCluster;
import io.copydesk.engine.Storyline;
import io.copydesk.internal.json.JsonWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The data of a report as one JSON object, read by the page's script: the run's summary, the
 * articles that belong to a duplicate group or a storyline of two or more (others are only
 * counted), duplicate groups, storylines with their events, and the distributions the charts draw
 * ({@link ReportCharts}). Arrays rather than objects for the bulky parts keep big reports small.
 */
final class ReportData {
    /** Storylines drawn as lanes of the timeline, the largest ones. */
    static final int TIMELINE_LANES = 30;

    private final ReportInput in;
    private final List<ArticleMeta> articles;
    private final int[] ref;      // article index -> position in the "articles" array, or -1
    private final int[] groupOf;  // article index -> duplicate group, or -1
    private final ArticleLevels levels;
    private final List<Integer> shown = new ArrayList<>();

    private ReportData(ReportInput in) {
        this.in = in;
        this.articles = in.stories().articles();
        this.ref = new int[articles.size()];
        this.groupOf = new int[articles.size()];
        this.levels = in.stories().levels();
        Arrays.fill(ref, -1);
        Arrays.fill(groupOf, -1);
        List<DuplicateGroup> groups = in.stories().dedup().groups();
        for (int g = 0; g < groups.size(); g++) for (DuplicateGroup.Member m : groups.get(g).members()) groupOf[m.index()] = g;
        for (int i = 0; i < articles.size(); i++) {
            if (groupOf[i] >= 0 || in.stories().storylines().get(levels.storyline(i)).size() > 1) {
                ref[i] = shown.size();
                shown.add(i);
            }
        }
    }

    /** Parts of the JSON, for progress: summary, articles, groups, stories, timeline, charts. */
    static final int PARTS = 6;

    /** The report's JSON; {@code partDone} runs after each of its {@link #PARTS} parts. */
    static String json(ReportInput in, Runnable partDone) {
        return new ReportData(in).write(partDone);
    }

    private String write(Runnable partDone) {
        JsonWriter w = new JsonWriter().beginObject();
        summary(w.name("summary"));
        partDone.run();
        articles(w.name("articles"));
        partDone.run();
        groups(w.name("groups"));
        partDone.run();
        List<Integer> stories = stories();
        stories(w.name("stories"), stories);
        partDone.run();
        timeline(w.name("timeline"), stories);
        partDone.run();
        new ReportCharts(in).write(w);
        partDone.run();
        return w.endObject().toString();
    }

    private void summary(JsonWriter w) {
        ClusterResult r = in.stories();
        DedupResult d = r.dedup();
        long inGroups = d.groups().stream().mapToLong(g -> g.members().size()).sum();
        long stories = in.storylinesOfTwoOrMore();
        long events = in.eventsOfTwoOrMore();
        long dated = articles.stream().filter(a -> a.date() != null).count();
        w.beginObject().field("title", in.title()).field("articles", articles.size()).field("groups", d.groups().size())
                .field("inGroups", inGroups).field("unique", d.kept().cardinality()).field("pairs", d.pairs().size())
                .field("candidates", d.candidates()).field("stories", stories).field("events", events)
                .field("singletons", r.storylines().size() - stories)
                .field("jaccard", in.dedup().threshold()).field("containment", in.dedup().containment())
                .field("minContained", in.dedup().minContainedShingles()).field("figures", in.dedup().compareFigures())
                .field("exact", in.dedup().exact())
                .field("bands", in.dedup().banding().bands()).field("rows", in.dedup().banding().rows())
                .field("shingle", in.dedup().analysis().shingle()).field("hashes", in.dedup().hashes())
                .field("eventThreshold", r.thresholds().event())
                .field("storylineThreshold", r.thresholds().storyline()).field("dated", dated)
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

    /** The storylines of two or more articles (positions in the result), largest first as the engine orders them. */
    private List<Integer> stories() {
        List<Integer> out = new ArrayList<>();
        List<Storyline> lines = in.stories().storylines();
        for (int s = 0; s < lines.size(); s++) if (lines.get(s).size() > 1) out.add(s);
        return out;
    }

    /**
     * {number, label, size, canonical, events: [{number, label, groups: [group numbers], loose:
     * [article refs in no group]}]} per storyline; numbers are those cluster prints.
     */
    private void stories(JsonWriter w, List<Integer> stories) {
        List<StoryCluster> clusters = in.stories().clusters();
        w.beginArray();
        for (int s : stories) {
            Storyline line = in.stories().storylines().get(s);
            w.beginObject().field("number", s + 1).field("label", line.label()).field("size", line.size())
                    .field("canonical", ref[line.canonical()]).name("events").beginArray();
            for (int e : line.events()) {
                List<Integer> members = clusters.get(e).members().stream().sorted().toList();
                w.beginObject().field("number", e + 1).field("label", clusters.get(e).label()).name("groups").beginArray();
                members.stream().mapToInt(m -> groupOf[m]).filter(g -> g >= 0).distinct().forEach(w::value);
                w.endArray().name("loose").beginArray();
                for (int m : members) if (groupOf[m] < 0) w.value(ref[m]);
                w.endArray().endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
    }

    /** [story number, article ref] per dated article of the largest stories, for the timeline. */
    private void timeline(JsonWriter w, List<Integer> stories) {
        w.beginArray();
        for (int s = 0; s < Math.min(TIMELINE_LANES, stories.size()); s++) {
            List<Integer> members = in.stories().storylines().get(stories.get(s)).members().stream().sorted().toList();
            for (int m : members) if (articles.get(m).date() != null) w.beginArray().value(s).value(ref[m]).endArray();
        }
        w.endArray();
    }
}
