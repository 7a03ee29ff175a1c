package io.copydesk.cli.output;

import io.copydesk.document.Dates;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.internal.json.JsonWriter;

/** An article's id and metadata as JSON fields (--with-meta): id, title, source, date; absent ones are null. */
public final class ArticleFields {
    private ArticleFields() {}

    static JsonWriter write(JsonWriter w, ArticleMeta a) {
        return w.field("id", a.id()).field("title", a.title()).field("source", a.source())
                .field("date", a.date() == null ? null : Dates.format(a.date()));
    }
}
