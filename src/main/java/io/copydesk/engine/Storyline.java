package io.copydesk.engine;

import java.util.List;

/**
 * One storyline: events linked across days to months by shared distinctive terms.
 *
 * @param canonical the article most central to the storyline (closest to its TF-IDF centroid)
 * @param label     the storyline's top terms
 * @param members   article indices, the canonical first, then in input order
 * @param events    positions in {@link ClusterResult#clusters()} of the events inside, largest first
 */
public record Storyline(int canonical, String label, List<Integer> members, List<Integer> events) {
    public Storyline {
        members = List.copyOf(members);
        events = List.copyOf(events);
    }

    public int size() {
        return members.size();
    }
}
