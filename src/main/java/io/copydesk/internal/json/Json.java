package io.copydesk.internal.json;

import io.copydesk.internal.Chars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON parser for JSONL records. Objects become {@link LinkedHashMap}s, arrays
 * {@link List}s, numbers {@link Long} (integral) or {@link Double}, plus {@link String},
 * {@link Boolean} and {@code null}. Errors are {@link JsonException}s with a short message fit for
 * a one-line report ({@code unterminated string starting at column 17}).
 *
 * <p>Why our own: input lines come from scrapers and must fail with precise, short messages, and
 * the whole reader stays allocation-light and dependency-free.
 */
public final class Json {
    private final String s;
    private int pos;
    private boolean leadChars; // a string holds a char U+00C2-U+00FF
    private boolean normalizable; // a string holds a char of Chars.mayNormalize

    private Json(String s) {
        this.s = s;
    }

    /** Parses one complete JSON value; trailing non-whitespace is an error. */
    public static Object parse(String text) {
        return new Json(text).complete();
    }

    private Object complete() {
        skipWs();
        if (pos >= s.length()) throw error("empty line");
        Object value = value(0);
        skipWs();
        if (pos < s.length()) throw error("unexpected '" + s.charAt(pos) + "' after the value");
        return value;
    }

    /**
     * A JSON object, and whether any of its strings (names or values, escapes decoded) holds a char
     * U+00C2-U+00FF, what a UTF-8 lead byte read as Latin-1 or Windows-1252 becomes: every run of
     * mojibake starts with one, so a text without one has nothing {@code Mojibake.repair} would
     * change (curly quotes and dashes alone, in most news text, are not such chars), and the parser
     * tells without another pass over the chars. And whether one holds a char that may not be in normal form
     * ({@link Chars#mayNormalize}): a text without one is in it already.
     */
    public record ParsedObject(Map<String, Object> object, boolean leadChars, boolean normalizable) {}

    /** As {@link #parseObject}, telling whether its strings hold chars U+00C2-U+00FF. */
    @SuppressWarnings("unchecked")
    public static ParsedObject parseObjectNoting(String text) {
        Json p = new Json(text);
        Object v = p.complete();
        if (!(v instanceof Map)) throw new JsonException("expected a JSON object, found " + describe(v));
        return new ParsedObject((Map<String, Object>) v, p.leadChars, p.normalizable);
    }

    /** Parses a line that must hold a JSON object. */
    public static Map<String, Object> parseObject(String text) {
        return parseObjectNoting(text).object();
    }

    static String describe(Object v) {
        if (v == null) return "null";
        if (v instanceof String) return "a string";
        if (v instanceof List) return "an array";
        if (v instanceof Boolean) return "a boolean";
        if (v instanceof Number) return "a number";
        return "an object";
    }

    private static final int MAX_DEPTH = 256;

    private Object value(int depth) {
        if (depth > MAX_DEPTH) throw error("nesting deeper than " + MAX_DEPTH);
        if (pos >= s.length()) throw error("unexpected end of line");
        char c = s.charAt(pos);
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return number();
                throw error("unexpected '" + printable(c) + "'");
        }
    }

    private Map<String, Object> object(int depth) {
        pos++; // '{'
        Map<String, Object> map = new LinkedHashMap<>();
        skipWs();
        if (peek() == '}') { pos++; return map; }
        while (true) {
            skipWs();
            if (peek() != '"') throw error(pos >= s.length() ? "unterminated object" : "expected a field name");
            String key = string();
            skipWs();
            if (peek() != ':') throw error("expected ':' after field name");
            pos++;
            skipWs();
            map.put(key, value(depth + 1));
            skipWs();
            char c = peek();
            if (c == ',') { pos++; continue; }
            if (c == '}') { pos++; return map; }
            throw error(pos >= s.length() ? "unterminated object" : "expected ',' or '}'");
        }
    }

    private List<Object> array(int depth) {
        pos++; // '['
        List<Object> list = new ArrayList<>();
        skipWs();
        if (peek() == ']') { pos++; return list; }
        while (true) {
            skipWs();
            list.add(value(depth + 1));
            skipWs();
            char c = peek();
            if (c == ',') { pos++; continue; }
            if (c == ']') { pos++; return list; }
            throw error(pos >= s.length() ? "unterminated array" : "expected ',' or ']'");
        }
    }

    private String string() {
        final String s = this.s; // locals: this loop runs over every char of every article
        final int n = s.length();
        int start = ++pos; // after '"'
        int i = start;
        StringBuilder sb = null;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"') {
                String out = sb == null ? s.substring(start, i) : sb.append(s, start, i).toString();
                pos = i + 1;
                return out;
            }
            if (c == '\\') {
                // sized once, to the rest of the line (unescaping only shrinks): texts escape every newline
                if (sb == null) sb = new StringBuilder(n - start);
                sb.append(s, start, i);
                pos = i + 1;
                if (pos >= n) break;
                escape(sb);
                start = i = pos;
                continue;
            }
            if (c == '&' || c == '<') normalizable = true; // may start an HTML character reference or tag
            if ((char) (c - 0x20) >= 0xAD - 0x20) { // one test for the rare chars: controls, and the soft hyphen and above
                if (c < 0x20) { pos = i; throw error("control character in string"); }
                if (Chars.isLeadByteChar(c)) leadChars = true;
                int cp = Character.codePointAt(s, i);
                if (Chars.mayNormalize(cp)) normalizable = true;
                if (cp > 0xFFFF) i++; // the pair's low half, asked with it
            }
            i++;
        }
        pos = start - 1;
        throw error("unterminated string starting");
    }

    /** Appends the escaped char at {@code pos} (after the backslash) and moves past it. */
    private void escape(StringBuilder sb) {
        char e = s.charAt(pos++);
        switch (e) {
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case '/' -> sb.append('/');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> { // a carriage return: the normal form may change it (Chars.mayNormalize)
                sb.append('\r');
                normalizable = true;
            }
            case 't' -> sb.append('\t');
            case 'u' -> {
                if (pos + 4 > s.length()) throw error("bad \\u escape");
                int cp = 0;
                for (int i = 0; i < 4; i++) {
                    int d = Character.digit(s.charAt(pos + i), 16);
                    if (d < 0) throw error("bad \\u escape");
                    cp = cp * 16 + d;
                }
                pos += 4;
                if (Chars.isLeadByteChar(cp)) leadChars = true;
                if (Chars.mayNormalize(cp)) normalizable = true;
                sb.append((char) cp);
            }
            default -> { pos--; throw error("bad escape '\\" + printable(e) + "'"); }
        }
    }

    private Object literal(String word, Object value) {
        if (!s.startsWith(word, pos)) throw error("unexpected '" + printable(s.charAt(pos)) + "'");
        pos += word.length();
        return value;
    }

    private Number number() {
        int start = pos;
        boolean integral = true;
        if (peek() == '-') pos++;
        if (!digits()) throw error("bad number");
        if (peek() == '.') { integral = false; pos++; if (!digits()) throw error("bad number"); }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            if (!digits()) throw error("bad number");
        }
        String t = s.substring(start, pos);
        if (integral && t.length() < 19) return Long.parseLong(t);
        return Double.parseDouble(t);
    }

    private boolean digits() {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') pos++;
        return pos > start;
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\uFEFF') return;
            pos++;
        }
    }

    private static String printable(char c) {
        return c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private JsonException error(String what) {
        return new JsonException(what + " at column " + (pos + 1));
    }
}
