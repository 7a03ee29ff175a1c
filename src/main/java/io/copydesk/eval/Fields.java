package io.copydesk.eval;

import io.copydesk.internal.json.JsonException;
import io.copydesk.internal.json.JsonWriter;
import java.util.List;
import java.util.Map;

/** Typed access to the fields of a parsed JSONL record; problems are {@link JsonException}s. */
final class Fields {
    private Fields() {}

    /** A required id: a non-empty string, or an integer (normalized to its decimal string). */
    static String id(Map<String, Object> record, String field) {
        if (!record.containsKey(field)) throw new JsonException("missing \"" + field + "\"");
        return idValue(record.get(field), "\"" + field + "\"");
    }

    /** A required id read as the articles' ids are ({@code value}, null when the record has none), named {@code field} in messages. */
    static String id(Object value, String field) {
        if (value == null) throw new JsonException("missing \"" + field + "\"");
        return idValue(value, "\"" + field + "\"");
    }

    /** An id given as a string or integer, or as an object with an "id" field. */
    static String member(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            if (!map.containsKey("id")) throw new JsonException(what + " has no \"id\"");
            return idValue(map.get("id"), what + " id");
        }
        return idValue(value, what);
    }

    private static String idValue(Object value, String what) {
        if (value instanceof String s && !s.isEmpty()) return s;
        if (value instanceof Long l) return l.toString();
        throw new JsonException(what + " must be a non-empty string or an integer, found " + render(value));
    }

    /** An optional label (string or number, normalized to a string); null when absent or null. */
    static String label(Map<String, Object> record, String field) {
        Object value = record.get(field);
        if (value == null || value instanceof String) return (String) value;
        if (value instanceof Long l) return l.toString();
        if (value instanceof Double d) return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        throw new JsonException("\"" + field + "\" must be a string or a number, found " + render(value));
    }

    /** A required array. */
    static List<?> array(Map<String, Object> record, String field) {
        Object value = record.get(field);
        if (value instanceof List<?> list) return list;
        throw new JsonException(record.containsKey(field)
                ? "\"" + field + "\" must be an array, found " + render(value)
                : "missing \"" + field + "\"");
    }

    /** A required number in [0, 1]. */
    static double unitInterval(Map<String, Object> record, String field) {
        Object value = record.get(field);
        if (value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) return n.doubleValue();
        throw new JsonException(record.containsKey(field)
                ? "\"" + field + "\" must be a number in [0, 1], found " + render(value)
                : "missing \"" + field + "\"");
    }

    private static String render(Object value) {
        if (value instanceof String s) return JsonWriter.quote(s);
        if (value instanceof List) return "an array";
        if (value instanceof Map) return "an object";
        return String.valueOf(value);
    }
}
