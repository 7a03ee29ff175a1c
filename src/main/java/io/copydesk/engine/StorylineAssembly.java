package io.copydesk.engine;

import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Storylines put together from the events and the storyline each was linked into. */
final class StorylineAssembly {
    private StorylineAssembly() {}

    /** Storylines from each event's storyline label, largest first (ties: smallest article); one step per event. */
    static List<Storyline> storylines(TfIdfModel model, List<StoryCluster> events, int[] storylineOf, int[] unitOf,
                                              List<TermVector> vectors, Progress progress) {
        int count = 0;
        for (int s : storylineOf) count = Math.max(count, s + 1);
        List<List<Integer>> eventsOf = new ArrayList<>(count);
        for (int s = 0; s < count; s++) eventsOf.add(new ArrayList<>());
        for (int e = 0; e < events.size(); e++) eventsOf.get(storylineOf[e]).add(e);
        List<Storyline> out = new ArrayList<>(count);
        for (List<Integer> inside : eventsOf) {
            StoryCluster biggest = events.get(inside.getFirst());
            progress.advance(inside.size());
            if (inside.size() == 1) {
                out.add(new Storyline(biggest.canonical(), biggest.label(), biggest.members(), inside));
                continue;
            }
            TreeSet<Integer> units = new TreeSet<>();
            TreeSet<Integer> articles = new TreeSet<>();
            for (int e : inside) for (int m : events.get(e).members()) { units.add(unitOf[m]); articles.add(m); }
            TermVector centroid = TermVector.centroid(units.stream().map(vectors::get).toList());
            int canonical = biggest.canonical();
            double best = -1;
            for (int e : inside) {
                int c = events.get(e).canonical();
                double sim = vectors.get(unitOf[c]).dot(centroid);
                if (sim > best + 1e-12) { best = sim; canonical = c; }
            }
            List<Integer> members = new ArrayList<>(articles.size());
            members.add(canonical);
            for (int m : articles) if (m != canonical) members.add(m);
            out.add(new Storyline(canonical, StoryLabel.of(model, centroid, 5), members, inside));
        }
        out.sort(Comparator.comparingInt(Storyline::size).reversed()
                .thenComparingInt(s -> s.members().stream().mapToInt(Integer::intValue).min().orElse(0)));
        return out;
    }

    /** The storyline position of each event, after sorting. */
    static int[] renumber(List<Storyline> storylines, int events) {
        int[] out = new int[events];
        for (int s = 0; s < storylines.size(); s++) for (int e : storylines.get(s).events()) out[e] = s;
        return out;
    }
}
