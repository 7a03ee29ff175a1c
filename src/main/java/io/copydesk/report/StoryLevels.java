package io.copydesk.report;

import io.copydesk.engine.ArticleLevels;
import io.copydesk.engine.ClusterResult;
import java.util.Arrays;

/**
 * Which event and which storyline every article belongs to (0-based numbers, -1: none). Today the
 * engine builds one level of stories, which are events; storylines are filled in once the engine
 * links events into storylines. Reports and annotated output read both levels only from here, so
 * that change is one more factory method.
 */
public final class StoryLevels {
    private final int[] event;
    private final int[] storyline;

    private StoryLevels(int[] event, int[] storyline) {
        this.event = event;
        this.storyline = storyline;
    }

    /** The engine's two levels: each article's event and the storyline that event belongs to. */
    public static StoryLevels of(ClusterResult stories) {
        ArticleLevels levels = stories.levels();
        int[] event = new int[levels.size()];
        int[] storyline = new int[levels.size()];
        for (int i = 0; i < event.length; i++) {
            event[i] = levels.event(i);
            storyline[i] = levels.storyline(i);
        }
        return new StoryLevels(event, storyline);
    }

    /** One level: each story cluster (largest first) is an event; no storylines yet. */
    public static StoryLevels singleLevel(ClusterResult stories) {
        int[] none = new int[stories.articles().size()];
        Arrays.fill(none, -1);
        return new StoryLevels(stories.assignment(), none);
    }

    /** The event of article {@code i}, numbered from 0 in the order of the cluster result. */
    public int eventOf(int i) {
        return event[i];
    }

    /** The storyline of article {@code i}, or -1 when the engine built no storylines. */
    public int storylineOf(int i) {
        return storyline[i];
    }

    public boolean hasStorylines() {
        return storyline.length > 0 && storyline[0] >= 0;
    }
}
