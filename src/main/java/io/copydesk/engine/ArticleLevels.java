package io.copydesk.engine;

/**
 * Where each article sits at the three levels of sameness: its duplicate group (-1: none), its
 * event and its storyline (positions in {@link ClusterResult#clusters()} and
 * {@link ClusterResult#storylines()}).
 */
public final class ArticleLevels {
    /** The closest level two articles share. */
    public enum Level { duplicate, event, storyline, none }

    private final int[] group;
    private final int[] event;
    private final int[] storyline;

    ArticleLevels(int[] group, int[] event, int[] storyline) {
        this.group = group;
        this.event = event;
        this.storyline = storyline;
    }

    public int size() {
        return event.length;
    }

    public int event(int article) {
        return event[article];
    }

    public int storyline(int article) {
        return storyline[article];
    }

    /** The closest level articles {@code a} and {@code b} share. */
    public Level of(int a, int b) {
        if (a == b || (group[a] >= 0 && group[a] == group[b])) return Level.duplicate;
        if (event[a] == event[b]) return Level.event;
        if (storyline[a] == storyline[b]) return Level.storyline;
        return Level.none;
    }
}
