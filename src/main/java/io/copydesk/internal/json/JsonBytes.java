package io.copydesk.internal.json;

import io.copydesk.internal.Chars;
import io.copydesk.internal.EightBytes;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The common JSONL record read straight from its line's UTF-8 bytes: one object whose values are
 * strings, numbers, {@code true}, {@code false} or {@code null}, valid UTF-8, ASCII outside its
 * strings. Each string is decoded and unescaped in one pass into a scratch array and made a
 * {@link String} once; decoding the line to a String first, then copying every escaped string
 * through a StringBuilder, allocated five times an article's text (100k generated articles: 1.1 GB).
 * Anything else (a nested value, a byte-order mark, invalid UTF-8, any syntax error) gives null: the
 * caller decodes the line and gives it to {@link Json}, whose result and error messages stand.
 * Not thread-safe (one instance a thread; it keeps its scratch array).
 */
public final class JsonBytes {
    private byte[] bytes = new byte[256]; // a string's chars while they are Latin-1
    private char[] chars = new char[256]; // ...and once one is not
    private byte[] b;
    private int end;
    private int pos;
    private boolean leadChars; // a string holds a char U+00C2-U+00FF (Json.ParsedObject)

    /**
     * What {@link Json#parseObjectNoting} gives for the first {@code length} bytes of {@code bytes}
     * decoded as UTF-8, when they are such a record; else null.
     */
    public Json.ParsedObject parseObject(byte[] bytes, int length) {
        b = bytes;
        end = length;
        pos = 0;
        leadChars = false;
        try {
            Map<String, Object> o = object();
            if (o == null) return null;
            skipWs();
            return pos == end ? new Json.ParsedObject(o, leadChars) : null;
        } finally {
            b = null;
        }
    }

    private Map<String, Object> object() {
        skipWs();
        if (pos >= end || b[pos] != '{') return null;
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipWs();
        if (pos < end && b[pos] == '}') { pos++; return map; }
        while (true) {
            skipWs();
            if (pos >= end || b[pos] != '"') return null;
            String key = string();
            if (key == null) return null;
            skipWs();
            if (pos >= end || b[pos] != ':') return null;
            pos++;
            skipWs();
            if (pos >= end) return null;
            Object value;
            byte c = b[pos];
            if (c == '"') {
                if ((value = string()) == null) return null;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                if ((value = number()) == null) return null;
            } else if (c == 't' && literal("true")) {
                value = Boolean.TRUE;
            } else if (c == 'f' && literal("false")) {
                value = Boolean.FALSE;
            } else if (c == 'n' && literal("null")) {
                value = null;
            } else {
                return null; // a nested value, or an error: Json's business
            }
            map.put(key, value);
            skipWs();
            if (pos >= end) return null;
            c = b[pos++];
            if (c == ',') continue;
            if (c == '}') return map;
            return null;
        }
    }

    /**
     * The string starting at the quote at {@code pos}, decoded; null for a control char, a bad
     * escape or invalid UTF-8. Its chars go to a scratch array of bytes while they are Latin-1 (runs
     * of plain ASCII copied eight bytes a test), then become the string in one copy; the first char
     * above U+00FF hands the rest to {@link #chars}. Through chars the string was compressed back to
     * bytes char by char, and C1, which runs inputs under 1 GiB, compiles that loop as written.
     */
    private String string() {
        final byte[] b = this.b;
        final int end = this.end;
        int i = pos + 1;
        if (bytes.length < end - i) bytes = new byte[Math.max(end - i, 2 * bytes.length)]; // decoding only shrinks
        final byte[] out = bytes;
        int n = 0;
        while (true) {
            int run = plainUpTo(b, i, end);
            System.arraycopy(b, i, out, n, run - i);
            n += run - i;
            i = run;
            if (i >= end) return null; // unterminated
            byte c = b[i];
            if (c == '"') {
                pos = i + 1;
                return new String(out, 0, n, StandardCharsets.ISO_8859_1);
            }
            int e, step;
            if (c == '\\') {
                e = escaped(b, i, end);
                if (e < 0) return null;
                step = b[i + 1] == 'u' ? 6 : 2;
            } else {
                if (c >= 0) return null; // a control char
                int len = utf8(b, i, end);
                if (len == 0) return null;
                if (len > 2) return chars(i, n); // U+0800 and above
                e = (c & 0x1F) << 6 | b[i + 1] & 0x3F;
                step = 2;
            }
            if (e > 0xFF) return chars(i, n);
            if (Chars.isLeadByteChar(e)) leadChars = true;
            out[n++] = (byte) e;
            i += step;
        }
    }

    /**
     * The char a JSON escape stands for, the backslash at {@code b[i]} and the escape before {@code
     * end}; -1 when it is not one. A {@code \\u} escape with its four hex digits takes six bytes, the others two.
     */
    private static int escaped(byte[] b, int i, int end) {
        if (i + 1 >= end) return -1;
        switch (b[i + 1]) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u': {
                if (i + 6 > end) return -1;
                int cp = 0;
                for (int k = i + 2; k < i + 6; k++) {
                    int d = Character.digit(b[k], 16); // ASCII hex digits only: a byte >= 0x80 is negative
                    if (d < 0) return -1;
                    cp = cp * 16 + d;
                }
                return cp;
            }
            default: return -1;
        }
    }

    /**
     * The index of the first byte of {@code b[from, to)} that is not plain ASCII in a JSON string
     * (a control char, a quote, a backslash or a byte of a longer UTF-8 sequence), or {@code to}.
     */
    private static int plainUpTo(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = EightBytes.at(b, i);
            // below 0x20 tested on the low seven bits of each byte (no carry between bytes): a byte
            // with its high bit set is not plain whatever they are
            long m = (w & EightBytes.HIGH) | EightBytes.inRange(w & ~EightBytes.HIGH, 0, 0x1F) | EightBytes.equalTo(w, '"')
                    | EightBytes.equalTo(w, '\\');
            if (m != 0) return i + EightBytes.first(m);
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c < 0x20 || c == '"' || c == '\\') return i; // a byte >= 0x80 is negative
        }
        return to;
    }

    /**
     * The rest of the string {@link #string} began, from {@code b[i]}, in chars: the first {@code n}
     * chars are Latin-1, decoded already into {@code bytes}.
     */
    private String chars(int i, int n) {
        final byte[] b = this.b;
        final int end = this.end;
        if (chars.length < end - pos) chars = new char[Math.max(end - pos, 2 * chars.length)]; // decoding only shrinks
        final char[] out = chars;
        for (int k = 0; k < n; k++) out[k] = (char) (bytes[k] & 0xFF);
        while (i < end) {
            // plain ASCII, most of every text: found eight bytes a test, then widened in a loop of its own
            int run = plainUpTo(b, i, end);
            for (; i < run; i++) out[n++] = (char) b[i];
            if (i >= end) break;
            byte c = b[i];
            if (c == '"') {
                pos = i + 1;
                return new String(out, 0, n);
            }
            if (c == '\\') {
                int x = escaped(b, i, end);
                if (x < 0) return null;
                char e = (char) x;
                if (b[i + 1] == 'u') i += 4;
                if (Chars.isLeadByteChar(e)) leadChars = true;
                out[n++] = e;
                i += 2;
                continue;
            }
            if (c >= 0) return null; // a control char
            int len = utf8(b, i, end);
            if (len == 0) return null;
            int b0 = c & 0xFF;
            if (len == 2) {
                out[n++] = (char) ((b0 & 0x1F) << 6 | b[i + 1] & 0x3F);
            } else if (len == 3) {
                out[n++] = (char) ((b0 & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F);
            } else {
                int cp = (b0 & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            }
            if (Chars.isLeadByteChar(out[n - 1])) leadChars = true;
            i += len;
        }
        return null; // unterminated
    }

    /**
     * The length of the well-formed UTF-8 sequence of two to four bytes at {@code b[i]} (a byte
     * at or above 0x80), or 0 where the strict decoder would fail: the ranges of the Unicode
     * standard's table of well-formed byte sequences (no overlong form, no surrogate, nothing above U+10FFFF).
     */
    static int utf8(byte[] b, int i, int end) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0xC2) return 0;
        if (b0 < 0xE0) return i + 1 < end && continuation(b[i + 1], 0x80, 0xBF) ? 2 : 0;
        if (b0 < 0xF0) {
            int lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
            return i + 2 < end && continuation(b[i + 1], lo, hi) && continuation(b[i + 2], 0x80, 0xBF) ? 3 : 0;
        }
        if (b0 < 0xF5) {
            int lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
            return i + 3 < end && continuation(b[i + 1], lo, hi) && continuation(b[i + 2], 0x80, 0xBF)
                    && continuation(b[i + 3], 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    private static boolean continuation(byte x, int lo, int hi) {
        int v = x & 0xFF;
        return v >= lo && v <= hi;
    }

    /** As {@link Json}'s number: a Long when integral and under 19 chars, else a Double; null when malformed. */
    private Number number() {
        int start = pos;
        if (b[pos] == '-') pos++;
        if (!digits()) return null;
        boolean integral = true;
        if (pos < end && b[pos] == '.') { integral = false; pos++; if (!digits()) return null; }
        if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
            integral = false;
            pos++;
            if (pos < end && (b[pos] == '+' || b[pos] == '-')) pos++;
            if (!digits()) return null;
        }
        String t = new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
        if (integral && t.length() < 19) return Long.parseLong(t);
        return Double.parseDouble(t);
    }

    private boolean digits() {
        int start = pos;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') pos++;
        return pos > start;
    }

    private boolean literal(String word) {
        if (pos + word.length() > end) return false;
        for (int k = 0; k < word.length(); k++) if (b[pos + k] != word.charAt(k)) return false;
        pos += word.length();
        return true;
    }

    private void skipWs() {
        while (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return;
            pos++;
        }
    }
}
