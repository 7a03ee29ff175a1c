package io.copydesk.engine;

import io.copydesk.document.Article;
import java.time.Instant;

/**
 * What the engine keeps of an article once its text has been analyzed (the text itself is not
 * kept, so memory does not grow with the input's size in bytes).
 *
 * @param index    position among the accepted articles of the input, 0-based
 * @param length   characters of body text
 * @param location where it was read ({@code file:line})
 */
public record ArticleMeta(int index, String id, String title, Instant date, String source, String url, int length, String location) {
    static ArticleMeta of(int index, Article a, String location) {
        return new ArticleMeta(index, a.id(), a.title(), a.date(), a.source(), a.url(), a.text().length(), location);
    }
}
