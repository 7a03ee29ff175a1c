package io.copydesk.engine;

import io.copydesk.tfidf.HeldVector;
import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Storylines put together from the events and the storyline each was linked into. */
final class StorylineAssembly {
    private StorylineAssembly() {}

    /**
     * Storylines from each event's storyline label, largest first (ties: smallest article); one step per
     * event. The order is one sort of (size, smallest article) keys, each key made once (a comparator
     * looked for the smallest article among the members on every comparison).
     */
    static List<Storyline> storylines(TfIdfModel model, List<StoryCluster> events, int[] storylineOf, int[] unitOf,
                                              List<TermVector> vectors, Progress progress) {
        int count = 0;
        for (int s : storylineOf) count = Math.max(count, s + 1);
        Slices eventsOf = Slices.of(storylineOf, count);
        int[] inside = eventsOf.items();
        Storyline[] made = new Storyline[count];
        long[] keys = new long[count];
        int[] ofSmallest = new int[unitOf.length]; // the storyline by its smallest article (each article is in one)
        HeldVector held = new HeldVector();
        for (int s = 0; s < count; s++) {
            int from = eventsOf.start()[s], to = eventsOf.start()[s + 1];
            progress.advance(to - from);
            List<Integer> eventList = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) eventList.add(inside[k]);
            StoryCluster biggest = events.get(inside[from]);
            made[s] = to - from == 1 ? new Storyline(biggest.canonical(), biggest.label(), biggest.members(), eventList)
                    : storyline(model, events, eventList, unitOf, vectors, held);
            int smallest = Integer.MAX_VALUE;
            for (int m : made[s].members()) smallest = Math.min(smallest, m);
            keys[s] = Slices.largerFirst(made[s].size(), smallest);
            ofSmallest[smallest] = s;
        }
        Arrays.sort(keys);
        List<Storyline> out = new ArrayList<>(count);
        for (long key : keys) out.add(made[ofSmallest[(int) key]]);
        return out;
    }

    /**
     * The storyline of several events: the centroid of their units (ascending), the events' canonical
     * article closest to it (the centroid held in {@code held}) as its own, its label words.
     */
    private static Storyline storyline(TfIdfModel model, List<StoryCluster> events, List<Integer> inside, int[] unitOf,
                                       List<TermVector> vectors, HeldVector held) {
        int n = 0;
        for (int e : inside) n += events.get(e).size();
        int[] articles = new int[n], units = new int[n];
        n = 0;
        for (int e : inside) for (int m : events.get(e).members()) articles[n++] = m;
        Arrays.sort(articles);
        for (int i = 0; i < n; i++) units[i] = unitOf[articles[i]];
        Arrays.sort(units);
        int distinct = 0; // the members of a duplicate group share their unit
        for (int i = 0; i < n; i++) if (i == 0 || units[i] != units[distinct - 1]) units[distinct++] = units[i];
        TermVector centroid = TermVector.centroid(vectors, units, 0, distinct);
        held.hold(centroid);
        int canonical = events.get(inside.getFirst()).canonical();
        double best = -1;
        for (int e : inside) {
            int c = events.get(e).canonical();
            double sim = held.dot(vectors.get(unitOf[c]));
            if (sim > best + 1e-12) { best = sim; canonical = c; }
        }
        List<Integer> members = new ArrayList<>(n);
        members.add(canonical);
        for (int m : articles) if (m != canonical) members.add(m);
        return new Storyline(canonical, StoryLabel.of(model, centroid, 5), members, inside);
    }

    /** The storyline position of each event, after sorting. */
    static int[] renumber(List<Storyline> storylines, int events) {
        int[] out = new int[events];
        for (int s = 0; s < storylines.size(); s++) for (int e : storylines.get(s).events()) out[e] = s;
        return out;
    }
}
