package io.copydesk.internal;

/**
 * Makes text from the input safe to show: control characters (which a terminal would execute as
 * escape sequences), bidirectional overrides and lone surrogates become visible escapes
 * (backslash, u, four hex digits), so an id can neither hide nor disguise itself and two different ids never print alike.
 */
public final class Printable {
    private Printable() {}

    /**
     * One TSV cell: backslash, tab, newline and carriage return become {@code \\ \t \n \r}, every other
     * unsafe character a backslash-u escape with four hex digits. Every row keeps the header's column count, and the
     * cell decodes back to the original string.
     */
    public static String tsv(String s) {
        if (s == null) return "";
        return escape(s, true);
    }

    /** A value inside a line of text output (ids, titles): unsafe characters escaped, backslash kept. */
    public static String inline(String s) {
        if (s == null) return "";
        return escape(s, false);
    }

    /** True for a character a terminal may act on or that may disguise text. */
    public static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c' || c == '\u2028' || c == '\u2029';
    }

    private static String escape(String s, boolean tsv) {
        int i = 0;
        while (i < s.length() && !needsEscape(s, i, tsv)) i++;
        if (i == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsEscape(s, i, tsv)) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(String s, int i, boolean tsv) {
        char c = s.charAt(i);
        if (c == '\\') return tsv;
        if (unsafe(c)) return true;
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }

    /** Decodes a {@link #tsv} cell (for tests and for tools reading copydesk's TSV). */
    public static String fromTsv(String cell) {
        if (cell.indexOf('\\') < 0) return cell;
        StringBuilder sb = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\' || i + 1 == cell.length()) {
                sb.append(c);
                continue;
            }
            char n = cell.charAt(++i);
            switch (n) {
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(cell.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }
}
