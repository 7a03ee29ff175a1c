package io.copydesk.document;

import io.copydesk.internal.json.Json;
import io.copydesk.internal.json.JsonBytes;
import io.copydesk.internal.json.JsonException;
import io.copydesk.internal.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

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
        return parse(line, where, problems, RecordFields.DEFAULT);
    }

    /** As {@link #parse(String, String, ReadProblems)}, reading the article's parts from the record's {@code fields}. */
    public static Article parse(String line, String where, ReadProblems problems, RecordFields fields) {
        Noted a = parseNoting(line, where, problems, fields);
        return a == null ? null : TextRepairs.repaired(a.article(), a.leadChars(), a.normalizable());
    }

    /**
     * An article as its record holds it, and whether the record's strings hold a char U+00C2-U+00FF or one that
     * may not be in composed form (see {@link Json.ParsedObject}): what {@link TextRepairs} looks at.
     */
    record Noted(Article article, boolean leadChars, boolean normalizable) {}

    /** As {@link #parse}, unrepaired, telling whether the record's strings hold a char {@link TextRepairs} looks at; null as parse. */
    static Noted parseNoting(String line, String where, ReadProblems problems, RecordFields fields) {
        Json.ParsedObject o;
        try {
            o = Json.parseObjectNoting(line);
        } catch (JsonException e) {
            problems.skip(where, e.getMessage());
            return null;
        }
        Map<String, Object> m = o.object();
        Object[] v = parts(fields, (p, c) -> lookup(m, fields.candidate(p, c)), where, problems);
        Article a = article(v, fields, () -> m, where, problems);
        return a == null ? null : new Noted(a, o.leadChars(), o.normalizable());
    }

    /** As {@link #parseNoting}, for the values {@link JsonBytes} read from {@code line} for {@link RecordFields#names}. */
    static Noted noted(JsonBytes.Fields f, byte[] line, RecordFields fields, String where, ReadProblems problems) {
        Object[] values = f.values();
        Object[] v = parts(fields, (p, c) -> fields.value(values, p, c), where, problems);
        Article a = article(v, fields, () -> Json.parseObject(new String(line, StandardCharsets.UTF_8)), where, problems);
        return a == null ? null : new Noted(a, f.leadChars(), f.normalizable());
    }

    /** The value of candidate {@code c} of part {@code p} in a record (see {@link RecordFields#candidate}). */
    private interface Candidate {
        Object value(int p, int c);
    }

    /**
     * Each part's value ({@code v} in the order of {@link RecordFields#PARTS}): its field's, or where the record has none
     * there (or an object, as NewsAPI's source), the first of the part's other names the record holds, noted once a run
     * for each such name.
     */
    private static Object[] parts(RecordFields fields, Candidate record, String where, ReadProblems problems) {
        Object[] v = new Object[RecordFields.PARTS.size()];
        for (int p = 0; p < v.length; p++) {
            int c = chosen(p, fields, record);
            v[p] = record.value(p, Math.max(c, 0)); // none usable: the part's own field's value, for its message
            if (c > 0) {
                Object own = record.value(p, 0);
                String part = RecordFields.PARTS.get(p);
                String why = own == null ? "no \"" + fields.key(p) + "\" field" : "\"" + fields.key(p) + "\" is an object";
                problems.noteOnce(where, String.format("%s: the %s is read from \"%s\", here and in every record like it "
                        + "(--field %s=NAME chooses the field)", why, part, fields.candidate(p, c), part));
            }
        }
        return v;
    }

    /** The first of part {@code p}'s names (0: its own field) whose value in the record is neither absent nor an object; -1 when none. */
    private static int chosen(int p, RecordFields fields, Candidate record) {
        for (int c = 0; c < fields.candidates(p); c++) {
            Object v = record.value(p, c);
            if (v != null && !(unwrapped(v) instanceof Map)) return c;
        }
        return -1;
    }

    /**
     * The value a record's article id is read from by {@code fields}, as the readers read it (its field or the id's other
     * names, MongoDB's wrapper taken off), for a reader of other fields of the same records (the gold labels of {@code
     * eval}); null when the record has none.
     */
    public static Object idValue(Map<String, Object> record, RecordFields fields) {
        Candidate in = (p, c) -> lookup(record, fields.candidate(p, c));
        return unwrapped(in.value(RecordFields.ID, Math.max(chosen(RecordFields.ID, fields, in), 0)));
    }

    /**
     * The value of field {@code key} of a record; where the record has no such field and the key holds a '.', the value
     * at that path through nested objects ({@code source.name}: NewsAPI's records name their source so). Null when absent.
     */
    private static Object lookup(Map<String, Object> record, String key) {
        Object v = record.get(key);
        if (v != null || key.indexOf('.') < 0) return v;
        Object at = record;
        for (String step : key.split("\\.", -1)) {
            if (!(at instanceof Map<?, ?> m)) return null;
            at = m.get(step);
        }
        return at;
    }

    /**
     * {@code v} without the wrappers of MongoDB's extended JSON, which exports of news archives hold: an object of one
     * field whose name starts with '$' stands for its value ({@code {"$oid": "..."}}, {@code {"$date": {"$numberLong":
     * "1627380000000"}}}).
     */
    private static Object unwrapped(Object v) {
        while (v instanceof Map<?, ?> m && m.size() == 1) {
            Map.Entry<?, ?> e = m.entrySet().iterator().next();
            if (!(e.getKey() instanceof String k) || !k.startsWith("$")) break;
            v = e.getValue();
        }
        return v;
    }

    /** A text given as a list of paragraphs, one string each, as one text of lines; null when an item is not a string. */
    private static String paragraphs(List<?> items) {
        StringBuilder sb = new StringBuilder();
        for (Object item : items) {
            if (!(item instanceof String s)) return null;
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(s);
        }
        return sb.toString();
    }

    /**
     * The article of a record whose parts hold these values ({@code v} in the order of {@link RecordFields#PARTS}; null:
     * absent or null), read from {@code fields}; {@code record} gives the whole record, asked only to name its fields
     * when the id or the text is missing.
     */
    private static Article article(Object[] v, RecordFields fields, Supplier<Map<String, Object>> record, String where, ReadProblems problems) {
        Object id = fields.idByPlace() ? where : unwrapped(v[RecordFields.ID]), text = v[RecordFields.TEXT];
        if (text instanceof List<?> items) {
            String joined = paragraphs(items);
            if (joined != null) text = joined;
        }
        String idKey = fields.key(RecordFields.ID), textKey = fields.key(RecordFields.TEXT);
        if (id == null) { problems.skip(where, "record has no \"" + idKey + "\"" + otherFields(record, "id", idKey, textKey)); return null; }
        if (!(id instanceof String || id instanceof Long)) { problems.skip(where, "\"" + idKey + "\" must be a string or an integer"); return null; }
        String idText = id.toString();
        if (idText.isBlank()) { problems.skip(where, "empty \"" + idKey + "\""); return null; }
        int lone = JsonlReader.loneSurrogate(idText);
        if (lone >= 0) {
            // such an id has no UTF-8 form: written out (or stored in an index) it would merge with others
            problems.skip(where, String.format("\"%s\" holds a lone surrogate \\u%04x at character %d, which is not valid Unicode",
                    idKey, (int) idText.charAt(lone), lone + 1));
            return null;
        }
        if (text == null) { problems.skip(where, "record " + idText + " has no \"" + textKey + "\"" + otherFields(record, "text", idKey, textKey)); return null; }
        if (!(text instanceof String body)) { problems.skip(where, "\"" + textKey + "\" of " + idText + " is not a string or a list of strings"); return null; }
        Object dateValue = unwrapped(v[RecordFields.DATE]);
        String title = optional(v[RecordFields.TITLE]);
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
        return new Article(idText, title, body, date, optional(v[RecordFields.SOURCE]), optional(v[RecordFields.URL]));
    }

    /**
     * For a record without its id or text: the names of its other fields, and how to read the {@code part}
     * from one of them (a collection that calls its text "content"); empty when the record has no other field.
     */
    private static String otherFields(Supplier<Map<String, Object>> record, String part, String idKey, String textKey) {
        Map<String, Object> m;
        try {
            m = record.get();
        } catch (JsonException e) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String k : m.keySet()) {
            if (k.equals(idKey) || k.equals(textKey)) continue;
            if (names.size() == 6) {
                names.add("...");
                break;
            }
            names.add("\"" + shorten(k) + "\"");
        }
        if (names.isEmpty()) return "";
        ListAt list = listOfObjects(m, 3);
        if (list != null) { // a response or export that wraps its records in a list
            return String.format(Locale.ROOT, " (it has %s; \"%s\" holds a list of %,d objects: --records %s reads them as the records)",
                    String.join(", ", names), shorten(list.path()), list.size(), list.path());
        }
        return " (it has " + String.join(", ", names) + "; --field " + part + "=NAME reads the " + part + " from another field"
                + (part.equals("id") ? ", --field id=" + RecordFields.PLACE + " names each record by its file and line)" : ")");
    }

    /** A list of objects at a path in a record. */
    private record ListAt(String path, int size) {}

    /** Where {@code m}, or an object in it down to {@code depth} levels, holds a non-empty list of objects; null when nowhere. */
    private static ListAt listOfObjects(Map<?, ?> m, int depth) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (e.getValue() instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map) return new ListAt(key, list.size());
            if (depth > 1 && e.getValue() instanceof Map<?, ?> inner) {
                ListAt in = listOfObjects(inner, depth - 1);
                if (in != null) return new ListAt(key + "." + in.path(), in.size());
            }
        }
        return null;
    }

    private static String optional(Object value) {
        Object v = unwrapped(value);
        if (v == null) return null;
        if (v instanceof String s) return s;
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) return v.toString();
        return null; // nested values in optional fields are ignored
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
