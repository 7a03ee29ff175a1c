package io.copydesk.report;

import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.DuplicateGroup;
import io.copydesk.engine.DuplicatePair;
import io.copydesk.engine.StoryCluster;
import io.copydesk.engine.Storyline;
import io.copydesk.internal.json.JsonWriter;
import io.copydesk.lsh.LshParams;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The distributions a report draws, computed here so the page only plots them. */
final class ReportCharts {
    /** Histogram bins over [0, 1]. */
    static final int BINS = 50;
    /** Points of the S-curve over [0, 1]. */
    static final int CURVE_POINTS = 101;

    private final ReportInput in;

    ReportCharts(ReportInput in) {
        this.in = in;
    }

    void write(JsonWriter w) {
        histogram(w.name("jaccardBins"), true);
        histogram(w.name("containmentBins"), false);
        sCurve(w.name("sCurve"), in.dedup().banding());
        storySizes(w.name("storySizes"));
        outlets(w.name("outlets"));
        syndication(w.name("syndication"));
        cleaning(w.name("cleaning"));
    }

    /** Candidate pairs per score bin; bin k holds [k/BINS, (k+1)/BINS), the last one also 1.0. */
    private void histogram(JsonWriter w, boolean jaccard) {
        long[] counts = new long[BINS];
        for (DuplicatePair p : in.candidates()) counts[bin(jaccard ? p.jaccard() : p.containment())]++;
        w.beginArray();
        for (long c : counts) w.value(c);
        w.endArray();
    }

    static int bin(double score) {
        return Math.clamp((int) Math.floor(score * BINS), 0, BINS - 1);
    }

    /** [Jaccard, probability of becoming a candidate] along the S-curve of the banding. */
    private static void sCurve(JsonWriter w, LshParams banding) {
        w.beginArray();
        for (int i = 0; i < CURVE_POINTS; i++) {
            double s = (double) i / (CURVE_POINTS - 1);
            w.beginArray().value(s).value(banding.probability(s)).endArray();
        }
        w.endArray();
    }

    /** [size, events of that size, storylines of that size], sizes ascending, singletons included. */
    private void storySizes(JsonWriter w) {
        Map<Integer, int[]> bySize = new TreeMap<>();
        for (StoryCluster c : in.stories().clusters()) bySize.computeIfAbsent(c.size(), k -> new int[2])[0]++;
        for (Storyline s : in.stories().storylines()) bySize.computeIfAbsent(s.size(), k -> new int[2])[1]++;
        w.beginArray();
        bySize.forEach((size, n) -> w.beginArray().value(size).value(n[0]).value(n[1]).endArray());
        w.endArray();
    }

    /** [outlet, articles, canonical copies of a group, copies of another article, events of 2+ it covers], most articles first. */
    private void outlets(JsonWriter w) {
        List<ArticleMeta> articles = in.stories().articles();
        Map<String, long[]> byOutlet = new HashMap<>();
        for (ArticleMeta a : articles) byOutlet.computeIfAbsent(CleaningTally.outletName(a.source()), k -> new long[4])[0]++;
        for (DuplicateGroup g : in.stories().dedup().groups()) {
            for (DuplicateGroup.Member m : g.members()) {
                byOutlet.get(CleaningTally.outletName(articles.get(m.index()).source()))[m.index() == g.canonical() ? 1 : 2]++;
            }
        }
        for (StoryCluster c : in.stories().clusters()) {
            if (c.size() < 2) continue;
            c.members().stream().map(m -> CleaningTally.outletName(articles.get(m).source())).distinct().forEach(o -> byOutlet.get(o)[3]++);
        }
        w.beginArray();
        byOutlet.entrySet().stream()
                .sorted((x, y) -> x.getValue()[0] != y.getValue()[0] ? Long.compare(y.getValue()[0], x.getValue()[0]) : x.getKey().compareTo(y.getKey()))
                .forEach(e -> {
                    w.beginArray().value(e.getKey());
                    for (long v : e.getValue()) w.value(v);
                    w.endArray();
                });
        w.endArray();
    }

    /**
     * [outlet of the canonical copy, outlet of a copy, copies]: who republishes whom, counted over
     * every non-canonical member of every duplicate group; most copies first.
     */
    private void syndication(JsonWriter w) {
        List<ArticleMeta> articles = in.stories().articles();
        Map<List<String>, Long> edges = new HashMap<>();
        for (DuplicateGroup g : in.stories().dedup().groups()) {
            String from = CleaningTally.outletName(articles.get(g.canonical()).source());
            for (DuplicateGroup.Member m : g.members()) {
                if (m.index() == g.canonical()) continue;
                edges.merge(List.of(from, CleaningTally.outletName(articles.get(m.index()).source())), 1L, Long::sum);
            }
        }
        w.beginArray();
        edges.entrySet().stream()
                .sorted((x, y) -> !x.getValue().equals(y.getValue()) ? Long.compare(y.getValue(), x.getValue())
                        : String.join("\t", x.getKey()).compareTo(String.join("\t", y.getKey())))
                .forEach(e -> w.beginArray().value(e.getKey().get(0)).value(e.getKey().get(1)).value(e.getValue()).endArray());
        w.endArray();
    }

    /** [outlet, articles, body characters, removed characters, removed lines], or null when unknown. */
    private void cleaning(JsonWriter w) {
        if (in.cleaning().isEmpty()) { w.nullValue(); return; }
        w.beginArray();
        for (ReportInput.OutletCleaning c : in.cleaning()) {
            w.beginArray().value(c.outlet()).value(c.articles()).value(c.bodyChars()).value(c.removedChars()).value(c.removedLines()).endArray();
        }
        w.endArray();
    }
}
