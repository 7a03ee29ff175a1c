package io.copydesk.testing;

import io.copydesk.generate.GeneratedArticle;

/** A generated article's copy dated {@code days} later, under the id and URL with {@code -later} added: a copy the time window keeps out. */
public final class LaterCopy {
    private LaterCopy() {}

    public static GeneratedArticle of(GeneratedArticle a, int days) {
        return new GeneratedArticle(a.id() + "-later", a.title(), a.text(), a.date().plusDays(days), a.source(), a.url() + "-later",
                a.cluster(), a.storyline(), a.dupGroup(), a.kind(), a.bodyStart(), a.bodyEnd());
    }
}
