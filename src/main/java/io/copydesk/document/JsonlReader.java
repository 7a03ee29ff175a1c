package io.copydesk.document;

import io.copydesk.internal.json.Json;
import io.copydesk.internal.json.JsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.util.Map;

/** Streams articles from JSONL: one object per line with {@code id} and {@code text}. */
final class JsonlReader implements RecordSource {
    private final String name;
    private final LineReader lines;
    private final ReadProblems problems;
    private final long maxBytes;

    JsonlReader(String name, InputStream in, ReadProblems problems, long maxBytes) {
        this.name = name;
        this.lines = new LineReader(in, maxBytes);
        this.problems = problems;
        this.maxBytes = maxBytes;
    }

    @Override
    public ArticleRecord next() {
        try {
            while (lines.next()) {
                if (lines.isBlank()) continue;
                problems.countRead();
                String where = name + ":" + lines.lineNumber();
                if (lines.byteLength() > maxBytes) {
                    problems.skip(where, String.format(java.util.Locale.ROOT,
                            "record of %,d bytes exceeds --max-article-bytes %,d", lines.byteLength(), maxBytes));
                    continue;
                }
                Article a = parse(where);
                if (a != null) return new ArticleRecord(a, name, lines.lineNumber());
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ":" + (lines.lineNumber() + 1), e); // the place; RecordStream reports it
        }
    }

    private Article parse(String where) {
        String line;
        try {
            line = lines.text();
        } catch (CharacterCodingException e) {
            problems.skip(where, "invalid UTF-8");
            return null;
        }
        Map<String, Object> o;
        try {
            o = Json.parseObject(line);
        } catch (JsonException e) {
            problems.skip(where, e.getMessage());
            return null;
        }
        Object id = o.get("id");
        if (id == null) { problems.skip(where, "record has no \"id\""); return null; }
        if (!(id instanceof String || id instanceof Long)) { problems.skip(where, "\"id\" must be a string or an integer"); return null; }
        String idText = id.toString();
        if (idText.isBlank()) { problems.skip(where, "empty \"id\""); return null; }
        int lone = loneSurrogate(idText);
        if (lone >= 0) {
            // such an id has no UTF-8 form: written out (or stored in an index) it would merge with others
            problems.skip(where, String.format("\"id\" holds a lone surrogate \\u%04x at character %d, which is not valid Unicode",
                    (int) idText.charAt(lone), lone + 1));
            return null;
        }
        Object text = o.get("text");
        if (text == null) { problems.skip(where, "record " + idText + " has no \"text\""); return null; }
        if (!(text instanceof String body)) { problems.skip(where, "\"text\" of " + idText + " is not a string"); return null; }
        String title = optional(o, "title", where);
        if (body.isBlank() && (title == null || title.isBlank())) {
            problems.skip(where, "record " + idText + " has empty text");
            return null;
        }
        Instant date = null;
        String dateText = optional(o, "date", where);
        if (dateText != null && !dateText.isBlank()) {
            date = Dates.parse(dateText);
            if (date == null) problems.warn(where, "unreadable date \"" + shorten(dateText) + "\" ignored");
        }
        return new Article(idText, title, body, date, optional(o, "source", where), optional(o, "url", where));
    }

    private static String optional(Map<String, Object> o, String key, String where) {
        Object v = o.get(key);
        if (v == null) return null;
        if (v instanceof String s) return s;
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) return v.toString();
        return null; // nested values in optional fields are ignored
    }

    /** The index of the first unpaired surrogate in {@code s}, or -1. */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return i;
        }
        return -1;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
