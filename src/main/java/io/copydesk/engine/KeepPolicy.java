package io.copydesk.engine;

import java.time.Instant;
import java.util.Comparator;

/** Which member of a duplicate group is the canonical copy. Every order ends on the id, so it is total. */
public enum KeepPolicy {
    /** Earliest date (undated last), then the longest text, then the smallest id. */
    earliest(Comparator.comparing(ArticleMeta::date, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(Comparator.comparingInt(ArticleMeta::length).reversed())),
    /** Longest text, then the earliest date, then the smallest id. */
    longest(Comparator.comparingInt(ArticleMeta::length).reversed()
            .thenComparing(ArticleMeta::date, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))),
    /** First in input order. */
    first(Comparator.comparingInt(ArticleMeta::index));

    private final Comparator<ArticleMeta> order;

    KeepPolicy(Comparator<ArticleMeta> order) {
        this.order = order.thenComparing(ArticleMeta::id);
    }

    /** Orders articles best-first: the first is the one to keep. */
    public Comparator<ArticleMeta> order() {
        return order;
    }
}
