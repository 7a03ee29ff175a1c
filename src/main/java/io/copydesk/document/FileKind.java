package io.copydesk.document;

import java.util.Locale;

/**
 * What copydesk reads a file as, told from its name: the one rule for {@code copydesk}, which reads every kind, and for
 * the Spark job, which reads records only (JSONL, and Parquet) and refuses the others by it.
 */
public enum FileKind {
    /** JSONL or a JSON document, told apart by their first bytes; plain or gzip: every name not below. */
    RECORDS,
    /** A CSV file with a header row: {@code .csv}, also {@code .csv.gz}. */
    CSV,
    /** A TSV file with a header row: {@code .tsv}, also {@code .tsv.gz}. */
    TSV,
    /** A saved web page, {@code .html} or {@code .htm}: one article, in a folder or named on its own. */
    HTML_PAGE,
    /**
     * A {@code .txt} file: one article, the text of a page as it was scraped. In a folder always; named on its own,
     * records instead when its text opens as they do ({@link #opensRecords}), as JSONL saved as {@code .txt} does.
     */
    TEXT_PAGE;

    /** The kind of a file called {@code name} (a path or a file name; the case of its extension does not matter). */
    public static FileKind of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) return HTML_PAGE;
        if (n.endsWith(".txt")) return TEXT_PAGE;
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".csv")) return CSV;
        if (n.endsWith(".tsv")) return TSV;
        return RECORDS;
    }

    /** Whether a file of this kind is one article (a page), read as a folder's files are. */
    public boolean isPage() {
        return this == HTML_PAGE || this == TEXT_PAGE;
    }

    /**
     * Whether text (a file's first chars) opens as JSON records do: past a byte order mark and white space, a '{', or
     * a '[' whose next char past white space is a '{' or a ']' (a list of records; a page may well open with "[Photo]").
     */
    public static boolean opensRecords(CharSequence text) {
        int i = skipSpace(text, 0);
        if (i == text.length()) return false;
        if (text.charAt(i) == '{') return true;
        if (text.charAt(i) != '[') return false;
        int j = skipSpace(text, i + 1);
        return j < text.length() && (text.charAt(j) == '{' || text.charAt(j) == ']');
    }

    /** Whether text opens, past a byte order mark and white space, with a '[': a JSON list, not a JSONL line. */
    public static boolean opensList(CharSequence text) {
        int i = skipSpace(text, 0);
        return i < text.length() && text.charAt(i) == '[';
    }

    private static int skipSpace(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == '\uFEFF' || Character.isWhitespace(text.charAt(i)))) i++;
        return i;
    }
}
