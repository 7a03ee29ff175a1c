package io.copydesk.document;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An article with where it came from, so problems and results can point back at the input.
 * A JSONL record keeps its line as read, in bytes, and decodes it only when {@link #raw()} is asked
 * for: the first pass of a run reads every record and asks for none (100k generated articles: 490 MB
 * of line text no longer made).
 */
public final class ArticleRecord {
    private final Article article;
    private final String file;
    private final long line;
    private final Object raw; // null, a String, or a line's valid UTF-8 bytes

    /**
     * @param article the parsed article
     * @param file    input file name as the user gave it ({@code -} for stdin)
     * @param line    1-based line number in a JSONL file, or 0 for a text file
     * @param raw     the record as read, a JSON object's text for JSONL (so outputs can write it back
     *                with every field and value exactly as given), or null for a text file
     */
    public ArticleRecord(Article article, String file, long line, String raw) {
        this(article, file, line, (Object) raw);
    }

    /** A record read from a text file, which has no JSON text of its own. */
    public ArticleRecord(Article article, String file, long line) {
        this(article, file, line, (Object) null);
    }

    /** A record whose {@link #raw()} is {@code utf8} decoded (the bytes are valid UTF-8, and not copied). */
    ArticleRecord(Article article, String file, long line, byte[] utf8) {
        this(article, file, line, (Object) utf8);
    }

    private ArticleRecord(Article article, String file, long line, Object raw) {
        this.article = article;
        this.file = file;
        this.line = line;
        this.raw = raw;
    }

    public Article article() {
        return article;
    }

    /** This record holding {@code a} instead (the record as read kept); itself when {@code a} is its article. */
    ArticleRecord with(Article a) {
        return a == article ? this : new ArticleRecord(a, file, line, raw);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The record as read (see the constructor), or null. */
    public String raw() {
        return raw instanceof byte[] utf8 ? new String(utf8, StandardCharsets.UTF_8) : (String) raw;
    }

    /** {@code file:line}, or just the file for text files. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleRecord r && Objects.equals(article, r.article) && Objects.equals(file, r.file) && line == r.line
                && Objects.equals(raw(), r.raw());
    }

    @Override
    public int hashCode() {
        return Objects.hash(article, file, line, raw());
    }

    @Override
    public String toString() {
        return "ArticleRecord[article=" + article + ", file=" + file + ", line=" + line + ", raw=" + raw() + "]";
    }
}
