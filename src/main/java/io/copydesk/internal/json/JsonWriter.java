package io.copydesk.internal.json;

import io.copydesk.internal.Printable;
import java.util.Locale;

/**
 * Builds one JSON value (usually a JSONL line) with fields in the order they are written, so
 * output is byte-stable. Numbers are written with a fixed number of decimals for determinism.
 */
public final class JsonWriter {
    private final StringBuilder sb = new StringBuilder(128);
    private boolean first = true;

    public JsonWriter beginObject() { comma(); sb.append('{'); first = true; return this; }
    public JsonWriter endObject() { sb.append('}'); first = false; return this; }
    public JsonWriter beginArray() { comma(); sb.append('['); first = true; return this; }
    public JsonWriter endArray() { sb.append(']'); first = false; return this; }

    public JsonWriter name(String name) {
        comma();
        quote(sb, name);
        sb.append(':');
        first = true; // the value follows without a comma
        return this;
    }

    public JsonWriter value(String v) { comma(); if (v == null) sb.append("null"); else quote(sb, v); return this; }
    public JsonWriter value(long v) { comma(); sb.append(v); return this; }
    public JsonWriter value(boolean v) { comma(); sb.append(v); return this; }
    /** A score: four decimals, no exponent, so output is identical on every machine. */
    public JsonWriter value(double v) { comma(); appendScore(sb, v); return this; }
    public JsonWriter nullValue() { comma(); sb.append("null"); return this; }

    public JsonWriter field(String name, String v) { return name(name).value(v); }
    public JsonWriter field(String name, long v) { return name(name).value(v); }
    public JsonWriter field(String name, double v) { return name(name).value(v); }
    public JsonWriter field(String name, boolean v) { return name(name).value(v); }

    private void comma() {
        if (!first) sb.append(',');
        first = false;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** Formats a score with four decimals (Locale.ROOT, never an exponent). */
    public static String formatScore(double v) {
        StringBuilder sb = new StringBuilder(12);
        appendScore(sb, v);
        return sb.toString();
    }

    /** Appends {@link #formatScore(double)} of {@code v} to {@code out}: a JSONL line of scores makes no string a score. */
    private static void appendScore(StringBuilder out, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            out.append("null");
            return;
        }
        // String.format rounds the shortest decimal of v half up; v x 10^4 is within a few ulps of that
        // decimal shifted, so away from a tie (and from rounding the sign away) both round alike, at a
        // tenth of the cost: related --all prints a score per hit
        double x = v * 10_000;
        // sign bit clear: -0.0 prints as "-0.0000"; below 1e8 the error of x stays far under the 1e-6 below
        if (Double.doubleToRawLongBits(v) >= 0 && x < 1e8) {
            double floor = Math.floor(x), frac = x - floor;
            if (Math.abs(frac - 0.5) > 1e-6) {
                long n = (long) floor + (frac > 0.5 ? 1 : 0);
                int d = (int) (n % 10_000); // the four decimals, with their leading zeros
                out.append(n / 10_000).append('.').append((char) ('0' + d / 1000)).append((char) ('0' + d / 100 % 10))
                        .append((char) ('0' + d / 10 % 10)).append((char) ('0' + d % 10));
                return;
            }
        }
        String halfUp = Double.doubleToRawLongBits(v) >= 0 && v < 1e7 ? halfUpOfShortest(v) : null;
        out.append(halfUp != null ? halfUp : String.format(Locale.ROOT, "%.4f", v));
    }

    /**
     * {@code v} (not negative) with four decimals, its shortest decimal ({@link Double#toString})
     * rounded half up as {@code %.4f} does, or null when that decimal has an exponent. A tie, which
     * the fast path above leaves alone, is common enough (a pair of 20,000 shingles) that a run's
     * first one loaded {@link java.util.Formatter} and its locale data: 20-40 ms of a short run.
     */
    private static String halfUpOfShortest(double v) {
        String s = Double.toString(v);
        int dot = s.indexOf('.');
        if (dot < 0 || s.indexOf('E') >= 0) return null;
        int decimals = s.length() - dot - 1;
        StringBuilder sb = new StringBuilder(s.length() + 5).append(s, 0, Math.min(s.length(), dot + 5));
        for (int i = decimals; i < 4; i++) sb.append('0');
        if (decimals > 4 && s.charAt(dot + 5) >= '5') { // round the fourth decimal up, carrying
            int i = sb.length() - 1;
            for (; i >= 0; i--) {
                char c = sb.charAt(i);
                if (c == '.') continue;
                if (c != '9') {
                    sb.setCharAt(i, (char) (c + 1));
                    break;
                }
                sb.setCharAt(i, '0');
            }
            if (i < 0) sb.insert(0, '1');
        }
        return sb.toString();
    }

    /** Appends {@code s} as a JSON string literal. */
    public static void quote(StringBuilder out, String s) {
        int plain = 0; // the characters before the first that may need an escape go in at once (most strings: all of them)
        while (plain < s.length() && asIs(s.charAt(plain))) plain++;
        out.append('"');
        if (plain == s.length()) out.append(s);
        else out.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // controls, bidi overrides and lone surrogates as escapes: safe on a terminal, valid UTF-8,
                    // and two ids that differ only there stay different
                    if (Printable.unsafe(c) || loneSurrogate(s, i)) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    /** True for a character that is written as it is wherever it stands (a surrogate is, when paired: not decided here). */
    private static boolean asIs(char c) {
        return c != '"' && c != '\\' && !Printable.unsafe(c) && !Character.isSurrogate(c);
    }

    private static boolean loneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }
}
