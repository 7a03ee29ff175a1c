package io.copydesk.document;

import io.copydesk.internal.json.Json;
import io.copydesk.internal.json.JsonBytes;
import io.copydesk.internal.json.JsonException;
import io.copydesk.internal.json.JsonWriter;
import java.time.Instant;
import java.util.Map;

/** An article as one JSONL line: written with the input field names (absent fields left out), and read back by the reader's rules. */
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

    /**
     * Reads one JSONL record as the JSONL reader does: the article, its title and text repaired as every
     * reader repairs them (mojibake, the composed form: {@link Article#repaired}), or null when the record is
     * unusable (the reason reported to {@code problems} against {@code where}). Lets engines that
     * split input themselves (the Spark job) apply the same rules to each line.
     */
    public static Article parse(String line, String where, ReadProblems problems) {
        Noted a = parseNoting(line, where, problems);
        return a == null ? null : TextRepairs.repaired(a.article(), a.leadChars(), a.normalizable());
    }

    /**
     * An article as its record holds it, and whether the record's strings hold a char U+00C2-U+00FF or one that
     * may not be in composed form (see {@link Json.ParsedObject}): what {@link TextRepairs} looks at.
     */
    record Noted(Article article, boolean leadChars, boolean normalizable) {}

    /** As {@link #parse}, unrepaired, telling whether the record's strings hold a char {@link TextRepairs} looks at; null as parse. */
    static Noted parseNoting(String line, String where, ReadProblems problems) {
        Json.ParsedObject o;
        try {
            o = Json.parseObjectNoting(line);
        } catch (JsonException e) {
            problems.skip(where, e.getMessage());
            return null;
        }
        return noted(o, where, problems);
    }

    /** As {@link #parseNoting}, for an object already parsed. */
    static Noted noted(Json.ParsedObject o, String where, ReadProblems problems) {
        Map<String, Object> m = o.object();
        Article a = article(m.get("id"), m.get("title"), m.get("text"), m.get("date"), m.get("source"), m.get("url"), where, problems);
        return a == null ? null : new Noted(a, o.leadChars(), o.normalizable());
    }

    /** The fields an article is read from, in the order {@link #noted(JsonBytes.Fields, String, ReadProblems)} takes them. */
    static final JsonBytes.Names FIELDS = new JsonBytes.Names("id", "title", "text", "date", "source", "url");

    /** As {@link #noted(Json.ParsedObject, String, ReadProblems)}, for the {@link #FIELDS} of a record. */
    static Noted noted(JsonBytes.Fields f, String where, ReadProblems problems) {
        Object[] v = f.values();
        Article a = article(v[0], v[1], v[2], v[3], v[4], v[5], where, problems);
        return a == null ? null : new Noted(a, f.leadChars(), f.normalizable());
    }

    /** The article of a record whose fields hold these values (null: absent or null). */
    private static Article article(Object id, Object titleValue, Object text, Object dateValue, Object source, Object url, String where,
                                   ReadProblems problems) {
        if (id == null) { problems.skip(where, "record has no \"id\""); return null; }
        if (!(id instanceof String || id instanceof Long)) { problems.skip(where, "\"id\" must be a string or an integer"); return null; }
        String idText = id.toString();
        if (idText.isBlank()) { problems.skip(where, "empty \"id\""); return null; }
        int lone = JsonlReader.loneSurrogate(idText);
        if (lone >= 0) {
            // such an id has no UTF-8 form: written out (or stored in an index) it would merge with others
            problems.skip(where, String.format("\"id\" holds a lone surrogate \\u%04x at character %d, which is not valid Unicode",
                    (int) idText.charAt(lone), lone + 1));
            return null;
        }
        if (text == null) { problems.skip(where, "record " + idText + " has no \"text\""); return null; }
        if (!(text instanceof String body)) { problems.skip(where, "\"text\" of " + idText + " is not a string"); return null; }
        String title = optional(titleValue);
        if (body.isBlank() && (title == null || title.isBlank())) {
            problems.skip(where, "record " + idText + " has empty text");
            return null;
        }
        Instant date = null;
        if (dateValue instanceof Map || dateValue instanceof java.util.List) {
            problems.warn(where, "unreadable date " + (dateValue instanceof Map ? "{...}" : "[...]") + " ignored");
        }
        String dateText = optional(dateValue);
        if (dateText != null && !dateText.isBlank()) {
            date = Dates.parse(dateText);
            if (date == null) problems.warn(where, "unreadable date \"" + shorten(dateText) + "\" ignored");
        }
        return new Article(idText, title, body, date, optional(source), optional(url));
    }

    private static String optional(Object v) {
        if (v == null) return null;
        if (v instanceof String s) return s;
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) return v.toString();
        return null; // nested values in optional fields are ignored
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
