package io.copydesk.document;

/**
 * An article with where it came from, so problems and results can point back at the input.
 *
 * @param article the parsed article
 * @param file    input file name as the user gave it ({@code -} for stdin)
 * @param line    1-based line number in a JSONL file, or 0 for a text file
 * @param raw     the record as read, a JSON object's text for JSONL (so outputs can write it back
 *                with every field and value exactly as given), or null for a text file
 */
public record ArticleRecord(Article article, String file, long line, String raw) {
    /** A record read from a text file, which has no JSON text of its own. */
    public ArticleRecord(Article article, String file, long line) {
        this(article, file, line, null);
    }

    /** {@code file:line}, or just the file for text files. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}
