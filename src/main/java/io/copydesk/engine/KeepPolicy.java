package io.copydesk.engine;

import java.time.Instant;
import java.util.Comparator;

/** Which member of a duplicate group is the canonical copy. Every order ends on the id, so it is total. */
public enum KeepPolicy {
    /**
     * Earliest date (undated last), then the longest text, then the smallest id. A date at midnight UTC is taken for a
     * date without a time ("2024-05-14"): it could be any time of its day, so it comes after that day's stamped times
     * (a copy stamped 07:00 is known to be earlier; one dated with the day alone is not) and before the next day.
     */
    earliest,
    /** Longest text, then the earliest date, then the smallest id. */
    longest,
    /** First in input order. */
    first;

    // One method instead of Comparator.comparing(...).thenComparing(...): those combinators' lambdas are made
    // inside java.util.Comparator, which the AOT cache does not hold, and spinning them took 4 ms of every run's start.
    private final Comparator<ArticleMeta> order = this::compare;

    /** Orders articles best-first: the first is the one to keep. */
    public Comparator<ArticleMeta> order() {
        return order;
    }

    private int compare(ArticleMeta a, ArticleMeta b) {
        int c;
        if (this == earliest) {
            c = byDate(a.date(), b.date());
            if (c == 0) c = Integer.compare(b.length(), a.length());
        } else if (this == longest) {
            c = Integer.compare(b.length(), a.length());
            if (c == 0) c = byDate(a.date(), b.date());
        } else {
            c = Integer.compare(a.index(), b.index());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    /** Earlier first, no date last; a date without a time at the end of its day. */
    private static int byDate(Instant a, Instant b) {
        if (a == null) return b == null ? 0 : 1;
        return b == null ? -1 : byTheLatest(a).compareTo(byTheLatest(b));
    }

    private static final long DAY = 86_400;

    /** The latest moment {@code date} can stand for: the end of its day for a date at midnight UTC, else itself. */
    private static Instant byTheLatest(Instant date) {
        return date.getNano() == 0 && Math.floorMod(date.getEpochSecond(), DAY) == 0 ? date.plusSeconds(DAY).minusNanos(1) : date;
    }
}
