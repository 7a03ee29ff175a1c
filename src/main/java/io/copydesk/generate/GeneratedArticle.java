package io.copydesk.generate;

import io.copydesk.document.Article;
import io.copydesk.internal.json.JsonWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A generated article with its ground truth.
 *
 * @param text      the page text, site furniture included, lines joined with '\n'
 * @param cluster   the event id: articles with the same cluster are one story
 * @param storyline the storyline id: an event and its follow-ups share it; a same-kind twin has its own
 * @param dupGroup  the duplicate group id: the same for an article and its copies, briefs and
 *                  updates, unique otherwise
 * @param bodyStart offset in {@code text} where the story body starts (the furniture before it is
 *                  boilerplate)
 * @param bodyEnd   offset in {@code text} just past the story body
 */
public record GeneratedArticle(String id, String title, String text, LocalDate date, String source, String url,
                               String cluster, String storyline, String dupGroup, ArticleKind kind, int bodyStart, int bodyEnd) {

    /** The story body without site furniture. */
    public String body() {
        return text.substring(bodyStart, bodyEnd);
    }

    /** The article as the engine reads it (date at midnight UTC), without ground truth. */
    public Article toArticle() {
        return new Article(id, title, text, date.atStartOfDay(ZoneOffset.UTC).toInstant(), source, url);
    }

    /** One JSONL line (no newline): the article fields, then the ground truth. */
    public String toJson() {
        return new JsonWriter().beginObject()
                .field("id", id).field("title", title).field("text", text).field("date", date.toString())
                .field("source", source).field("url", url)
                .field("cluster", cluster).field("storyline", storyline).field("dup_group", dupGroup).field("kind", kind.label())
                .field("body_start", bodyStart).field("body_end", bodyEnd)
                .endObject().toString();
    }
}
