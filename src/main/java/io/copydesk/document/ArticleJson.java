package io.copydesk.document;

import io.copydesk.internal.json.JsonWriter;

/** Writes an article as one JSONL line with the input field names; absent fields are left out. */
public final class ArticleJson {
    private ArticleJson() {}

    public static String toLine(Article a) {
        JsonWriter w = new JsonWriter().beginObject().field("id", a.id());
        if (a.title() != null) w.field("title", a.title());
        w.field("text", a.text());
        if (a.date() != null) w.field("date", Dates.format(a.date()));
        if (a.source() != null) w.field("source", a.source());
        if (a.url() != null) w.field("url", a.url());
        return w.endObject().toString();
    }
}
