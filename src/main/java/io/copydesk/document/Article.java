package io.copydesk.document;

import java.time.Instant;
import java.util.Objects;

/**
 * One news article as it enters copydesk. Only {@code id} and {@code text} are required.
 *
 * @param id     unique within one input set
 * @param title  headline, or {@code null}
 * @param text   body text as scraped (page furniture included)
 * @param date   publication time, or {@code null}; date-only values are midnight UTC
 * @param source publishing site or agency, or {@code null}
 * @param url    address of the page, or {@code null}
 */
public record Article(String id, String title, String text, Instant date, String source, String url) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Article of(String id, String text) {
        return new Article(id, null, text, null, null, null);
    }

    /**
     * This article with its title and text repaired as the readers (JSONL, text files, the Spark job) repair
     * every record: mojibake undone ({@code PresidentÃ¢â‚¬â„¢s}), then the normal form: HTML markup taken out
     * ({@code <em>Titanfall</em>}) and character references decoded ({@code communiqu&#233;}), soft hyphens and
     * zero-width spaces taken out, lone CRs and Unicode line separators made newlines, and Unicode's composed form
     * (NFC: an accent written as a mark after its letter becomes the accented letter). Itself when nothing changed.
     * Articles built in memory are repaired so where they enter the engine or the index ({@code Corpus.of}, {@code
     * NewsCollection}, {@code DuplicateIndex}, {@code RelatedStories.query}, {@code IndexWriter}, {@code
     * IndexSearcher}); the lower stages ({@code Fingerprinter}, {@code Analyzer}) take them as given.
     */
    public Article repaired() {
        return TextRepairs.repaired(this, true, true);
    }

    /** Title and body as one text, the title first, as most analyses want to see them. */
    public String fullText() {
        return title == null || title.isBlank() ? text : title + "\n" + text;
    }
}
