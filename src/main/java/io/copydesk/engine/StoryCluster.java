package io.copydesk.engine;

import java.util.List;

/**
 * One story: articles covering the same event.
 *
 * @param canonical  the article most central to the story (closest to its TF-IDF centroid)
 * @param label      the story's top terms
 * @param members    article indices, the canonical first, then in input order
 * @param duplicates the duplicate groups inside the story (article indices, canonical copy first)
 */
public record StoryCluster(int canonical, String label, List<Integer> members, List<List<Integer>> duplicates) {
    public StoryCluster {
        members = List.copyOf(members);
        duplicates = duplicates.stream().map(List::copyOf).toList();
    }

    public int size() {
        return members.size();
    }
}
