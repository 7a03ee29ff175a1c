package io.copydesk.internal.json;

import io.copydesk.internal.Chars;
import io.copydesk.internal.Utf8;
import io.copydesk.internal.EightBytes;
import java.nio.charset.StandardCharsets;

/**
 * The common JSONL record read straight from its line's UTF-8 bytes: one object whose values are
 * strings, numbers, {@code true}, {@code false} or {@code null}, valid UTF-8, ASCII outside its
 * strings. Only the fields a reader names ({@link Names}) are decoded, each string unescaped in one
 * pass into a scratch array and made a {@link String} once; the others are checked as strictly and
 * skipped, and no map is made (a record's map and its entries alone were a twentieth of what reading
 * 100k generated articles allocated, its names and unread values more). Decoding the line to a String first, then copying
 * every escaped string through a StringBuilder, allocated five times an article's text (1.1 GB).
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
    private boolean normalizable; // a string holds a char of Chars.mayNormalize (Json.ParsedObject)

    /** The names of the fields a reader wants from each record, in the order {@link Fields#values()} gives them. */
    public static final class Names {
        private final String[] names;
        private final byte[][] ascii;
        private final int[][] byLength; // a length -> the names of that length (a record's name is compared with those only)
        private final String[] paths; // the first parts of the dotted names ("source" of "source.name"): their objects are Json's
        private final byte[][] asciiPaths;

        /** {@code names}: distinct and ASCII (a record's names are compared with them as bytes). */
        public Names(String... names) {
            this.names = names.clone();
            this.ascii = new byte[names.length][];
            for (int i = 0; i < names.length; i++) {
                for (int k = 0; k < names[i].length(); k++) {
                    if (names[i].charAt(k) >= 0x80) throw new IllegalArgumentException("not ASCII: " + names[i]);
                }
                for (int j = 0; j < i; j++) if (names[j].equals(names[i])) throw new IllegalArgumentException("named twice: " + names[i]);
                ascii[i] = names[i].getBytes(StandardCharsets.US_ASCII);
            }
            java.util.LinkedHashSet<String> firsts = new java.util.LinkedHashSet<>();
            for (String name : names) if (name.indexOf('.') > 0) firsts.add(name.substring(0, name.indexOf('.')));
            paths = firsts.toArray(String[]::new);
            asciiPaths = firsts.stream().map(f -> f.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
            int longest = 0;
            for (byte[] n : ascii) longest = Math.max(longest, n.length);
            byLength = new int[longest + 1][0];
            for (int i = 0; i < ascii.length; i++) {
                int[] same = byLength[ascii[i].length];
                byLength[ascii[i].length] = java.util.Arrays.copyOf(same, same.length + 1);
                byLength[ascii[i].length][same.length] = i;
            }
        }

        public int size() {
            return names.length;
        }

        /** The position of the name held in {@code b[from, to)} (plain ASCII), {@link #PATH} for a dotted name's first part, or -1. */
        private int indexOf(byte[] b, int from, int to) {
            if (to - from < byLength.length) {
                for (int i : byLength[to - from]) {
                    if (java.util.Arrays.equals(ascii[i], 0, ascii[i].length, b, from, to)) return i;
                }
            }
            for (byte[] p : asciiPaths) if (java.util.Arrays.equals(p, 0, p.length, b, from, to)) return PATH;
            return -1;
        }

        private int indexOf(String name) {
            for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return i;
            for (String p : paths) if (p.equals(name)) return PATH;
            return -1;
        }
    }

    /**
     * What {@link Json#parseObjectNoting} gives for a record, told for the named fields only: each one's value
     * ({@code values()[i]} for name i: the last one where a name repeats, as the map keeps it; null when absent or
     * {@code null}), whether any of the record's strings, read or not, holds a char U+00C2-U+00FF, and whether one
     * holds a char that may not be in normal form ({@link Chars#mayNormalize}).
     */
    public record Fields(Object[] values, boolean leadChars, boolean normalizable) {}

    /**
     * The fields {@code names} of the record in the first {@code length} bytes of {@code bytes}, as
     * {@link Json#parseObjectNoting} reads the bytes decoded as UTF-8, when they are such a record; else null.
     */
    public Fields fields(byte[] bytes, int length, Names names) {
        b = bytes;
        end = length;
        pos = 0;
        leadChars = false;
        normalizable = false;
        try {
            Object[] values = new Object[names.size()];
            if (!object(names, values)) return null;
            skipWs();
            return pos == end ? new Fields(values, leadChars, normalizable) : null;
        } finally {
            b = null;
        }
    }

    private boolean object(Names names, Object[] values) {
        skipWs();
        if (pos >= end || b[pos] != '{') return false;
        pos++;
        skipWs();
        if (pos < end && b[pos] == '}') { pos++; return true; }
        while (true) {
            skipWs();
            if (pos >= end || b[pos] != '"') return false;
            int slot = name(names);
            if (slot == -2) return false;
            skipWs();
            if (pos >= end || b[pos] != ':') return false;
            pos++;
            skipWs();
            if (pos >= end) return false;
            if (slot == PATH && (b[pos] == '{' || b[pos] == '[')) return false; // a named path goes through it: Json's
            if (!(slot >= 0 ? value(values, slot) : skipValue())) return false;
            skipWs();
            if (pos >= end) return false;
            byte c = b[pos++];
            if (c == ',') continue;
            if (c == '}') return true;
            return false;
        }
    }

    /** {@link Names}' answer for the first part of a dotted name ("source" of "source.name"). */
    private static final int PATH = -3;

    /**
     * The position among {@code names} of the name whose quote is at {@code pos} (-1: not wanted, -2: not a valid string,
     * {@link #PATH}: the first part of a dotted name), read past it.
     */
    private int name(Names names) {
        int run = plainUpTo(b, pos + 1, end);
        if (run < end && b[run] == '"') { // plain ASCII, as names are: compared as bytes
            int slot = names.indexOf(b, pos + 1, run);
            pos = run + 1;
            return slot;
        }
        String name = string();
        return name == null ? -2 : names.indexOf(name);
    }

    /** Reads the value at {@code pos} into {@code values[slot]}; false where it is not a string, number or literal. */
    private boolean value(Object[] values, int slot) {
        byte c = b[pos];
        Object value;
        if (c == '"') {
            if ((value = string()) == null) return false;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            if ((value = number()) == null) return false;
        } else if (c == 't' && literal("true")) {
            value = Boolean.TRUE;
        } else if (c == 'f' && literal("false")) {
            value = Boolean.FALSE;
        } else if (c == 'n' && literal("null")) {
            value = null;
        } else {
            return false; // a nested value read, or an error: Json's business
        }
        values[slot] = value;
        return true;
    }

    /**
     * Arrays and objects nested this deep in a field not read are skipped here; deeper ones leave the record to
     * {@link Json} (which takes up to 256).
     */
    private static final int MAX_SKIPPED_DEPTH = 64;

    /**
     * Checks the value at {@code pos} as {@link Json} reads it, and goes past it without making it: a field not read
     * may hold an array or an object (tags, authors, metadata), whose strings are noted as every string is.
     */
    private boolean skipValue() {
        return skipValue(0);
    }

    private boolean skipValue(int depth) {
        byte c = b[pos];
        if (c == '"') return skipString();
        if (c == '-' || (c >= '0' && c <= '9')) return numberEnd();
        if (c == '[' || c == '{') return depth < MAX_SKIPPED_DEPTH && skipNested(c == '{', depth + 1);
        return (c == 't' && literal("true")) || (c == 'f' && literal("false")) || (c == 'n' && literal("null"));
    }

    /** Goes past the array ({@code object} false) or object whose bracket is at {@code pos}, checked as {@link Json} checks it. */
    private boolean skipNested(boolean object, int depth) {
        byte close = (byte) (object ? '}' : ']');
        pos++;
        skipWs();
        if (pos < end && b[pos] == close) {
            pos++;
            return true;
        }
        while (true) {
            skipWs();
            if (pos >= end) return false;
            if (object) { // a name, then ':'
                if (b[pos] != '"' || !skipString()) return false;
                skipWs();
                if (pos >= end || b[pos] != ':') return false;
                pos++;
                skipWs();
                if (pos >= end) return false;
            }
            if (!skipValue(depth)) return false;
            skipWs();
            if (pos >= end) return false;
            byte c = b[pos++];
            if (c == ',') continue;
            if (c == close) return true;
            return false;
        }
    }

    /**
     * Goes past the string starting at the quote at {@code pos}, checked as {@link #string} checks it (false where it
     * gives null) and noting its lead chars as it does, without decoding it.
     */
    private boolean skipString() {
        final byte[] b = this.b;
        final int end = this.end;
        int i = pos + 1;
        while (true) {
            if (i >= end) return false; // unterminated
            if (b[i] >= 0) i = plainUpTo(b, i, end); // a byte beyond ASCII skips the search for a run (as in chars)
            if (i >= end) return false;
            byte c = b[i];
            if (c == '"') {
                pos = i + 1;
                return true;
            }
            if (c == '\\') {
                int e = escaped(b, i, end);
                if (e < 0) return false;
                if (Chars.isLeadByteChar(e)) leadChars = true;
                if (Chars.mayNormalize(e)) normalizable = true;
                i += b[i + 1] == 'u' ? 6 : 2;
                continue;
            }
            if (c == '&' || c == '<') {
                normalizable = true;
                i++;
                continue;
            }
            if (c >= 0) return false; // a control char
            int len = Utf8.sequence(b, i, end);
            if (len == 0) return false;
            // a char of two bytes is U+0080-U+07FF; the lead chars are among them
            if (len == 2 && Chars.isLeadByteChar((c & 0x1F) << 6 | b[i + 1] & 0x3F)) leadChars = true;
            if (Chars.mayNormalize(Utf8.codePoint(b, i, len))) normalizable = true;
            i += len;
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
            } else if (c == '&' || c == '<') { // may start an HTML character reference or tag
                normalizable = true;
                e = c;
                step = 1;
            } else {
                if (c >= 0) return null; // a control char
                int len = Utf8.sequence(b, i, end);
                if (len == 0) return null;
                if (len > 2) return chars(i, n); // U+0800 and above
                e = (c & 0x1F) << 6 | b[i + 1] & 0x3F;
                step = 2;
            }
            if (e > 0xFF) return chars(i, n);
            if (Chars.isLeadByteChar(e)) leadChars = true;
            if (Chars.mayNormalize(e)) normalizable = true; // an escaped '&' or '<' too (Go's encoder writes them so)
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
     * (a control char, a quote, a backslash, an ampersand or a {@code <}, which may start an HTML character reference
     * or tag, or a byte of a longer UTF-8 sequence), or {@code to}.
     */
    private static int plainUpTo(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = EightBytes.at(b, i);
            // below 0x20 tested on the low seven bits of each byte (no carry between bytes): a byte
            // with its high bit set is not plain whatever they are
            long m = (w & EightBytes.HIGH) | EightBytes.inRange(w & ~EightBytes.HIGH, 0, 0x1F) | EightBytes.equalTo(w, '"')
                    | EightBytes.equalTo(w, '\\') | EightBytes.equalTo(w, '&') | EightBytes.equalTo(w, '<');
            if (m != 0) return i + EightBytes.first(m);
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c < 0x20 || c == '"' || c == '\\' || c == '&' || c == '<') return i; // a byte >= 0x80 is negative
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
            byte c = b[i];
            if (c >= 0) {
                // plain ASCII, most of every text: found eight bytes a test, then widened in a loop of its own (a char beyond
                // ASCII, most of Cyrillic or Greek text, skips the search: each was a call)
                int run = plainUpTo(b, i, end);
                for (; i < run; i++) out[n++] = (char) b[i];
                if (i >= end) break;
                c = b[i];
            }
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
                if (Chars.mayNormalize(e)) normalizable = true;
                out[n++] = e;
                i += 2;
                continue;
            }
            if (c == '&' || c == '<') {
                normalizable = true;
                out[n++] = (char) c;
                i++;
                continue;
            }
            if (c >= 0) return null; // a control char
            int len = Utf8.sequence(b, i, end);
            if (len == 0) return null;
            int cp = Utf8.codePoint(b, i, len);
            if (len < 4) {
                out[n++] = (char) cp;
            } else {
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            }
            if (Chars.isLeadByteChar(out[n - 1])) leadChars = true;
            if (Chars.mayNormalize(cp)) normalizable = true;
            i += len;
        }
        return null; // unterminated
    }

    /** As {@link Json}'s number: a Long when integral and under 19 chars, else a Double; null when malformed. */
    private Number number() {
        int start = pos;
        if (!numberEnd()) return null;
        String t = new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
        boolean integral = true;
        for (int k = 0; k < t.length(); k++) integral &= t.charAt(k) != '.' && (t.charAt(k) | 0x20) != 'e';
        if (integral && t.length() < 19) return Long.parseLong(t);
        return Double.parseDouble(t);
    }

    /** Goes past the number at {@code pos}; false when it is malformed. */
    private boolean numberEnd() {
        if (b[pos] == '-') pos++;
        if (!digits()) return false;
        if (pos < end && b[pos] == '.') { pos++; if (!digits()) return false; }
        if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
            pos++;
            if (pos < end && (b[pos] == '+' || b[pos] == '-')) pos++;
            if (!digits()) return false;
        }
        return true;
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
