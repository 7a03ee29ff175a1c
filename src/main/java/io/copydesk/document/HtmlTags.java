package io.copydesk.document;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Takes out the HTML markup scraped text keeps: tags ({@code <em>Titanfall</em>}, {@code <a href="...">}, {@code
 * <p>}), comments, a doctype, and what scripts, styles and other elements that hold no text to read hold. Left in,
 * a tag's name and attributes were words ({@code em}, {@code href}, a link's parts), and a copy with markup was not
 * the same text as one without. Tags that break the line in a browser (paragraphs, line breaks, list items,
 * headings, table rows) become newlines, so that the cleaning sees the page's lines (a "Read more" list of
 * {@code <li>}s); table cells and images a space; other tags nothing, as a browser shows them ({@code
 * CO<sub>2</sub>}).
 * <p>Only HTML is taken: a known element's name (or a custom element's: lowercase, with a hyphen or a colon, as
 * {@code <amp-img>} and Word's {@code <o:p>}) right after the {@code <}, then well-formed attributes and the
 * {@code >}. A name in capitals counts only in a closing tag, with an attribute that has a value ({@code <A
 * HREF="...">}) or where its element is closed ({@code <EM>word</EM>}): news text writes tickers and companies in angle brackets ({@code <T>}, {@code <DD>}, {@code <Crazy
 * Eddie Inc>}), and {@code a < b} is no tag. Markup that does not end (a comment without {@code -->}) is left.
 */
final class HtmlTags {
    private HtmlTags() {}

    /** What a tag becomes: a newline, a space, nothing, or nothing together with everything up to its closing tag. */
    private enum Kind { LINE, SPACE, NONE, DROPPED }

    private static final Map<String, Kind> KINDS = new HashMap<>();

    static {
        put(Kind.LINE, "address article aside blockquote body br caption center dd details dialog dir div dl dt fieldset "
                + "figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li main menu nav "
                + "noframes ol optgroup option p pre section summary table tbody tfoot thead title tr ul");
        put(Kind.SPACE, "td th img");
        put(Kind.NONE, "a abbr acronym area audio b base basefont bdi bdo big blink button canvas cite code col colgroup "
                + "data datalist del dfn em embed font frame i input ins kbd label link map mark meta meter nobr object output "
                + "param picture progress q rp rt ruby s samp select slot small source span strike strong sub sup textarea "
                + "time track tt u var video wbr");
        put(Kind.DROPPED, "script style noscript template iframe svg");
    }

    private static void put(Kind kind, String names) {
        for (String name : names.split(" ")) KINDS.put(name, kind);
    }

    /** Quoted attribute values longer than this are taken for no markup (bounds the scan of a stray quote). */
    private static final int LONGEST_VALUE = 4096;

    /** {@code s} without its markup; the same instance when it has none ({@code <} found by one fast search). */
    static String stripped(String s) {
        return stripped(s, false);
    }

    /**
     * {@code s}, a web page's HTML, without its markup: here a name in capitals is always a tag (old pages write
     * {@code <P>} and {@code <BR>} without closing them), as no ticker is written in a page's markup.
     */
    static String strippedPage(String s) {
        return stripped(s, true);
    }

    private static String stripped(String s, boolean page) {
        if (s == null) return null;
        int lt = s.indexOf('<');
        if (lt < 0) return s;
        StringBuilder out = null;
        int copied = 0;
        Scan scan = new Scan(s, page);
        for (int i = lt; i >= 0; i = s.indexOf('<', i)) {
            int end = scan.markupEnd(i);
            if (end < 0) {
                i++;
                continue;
            }
            if (out == null) out = new StringBuilder(s.length());
            out.append(s, copied, i);
            if (scan.kind == Kind.LINE) out.append('\n');
            else if (scan.kind == Kind.SPACE) out.append(' ');
            copied = i = end;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * Reads markup in one text, remembering where comments and closing tags end (or that none does), so that no stretch
     * of the text is searched twice for one of them: the time stays linear in the text's length whatever it holds.
     */
    private static final class Scan {
        private final String s;
        private final int n;
        private final int lastGreaterThan; // no tag ends after it
        private final boolean page; // the text is HTML: capitals need no proof
        private Kind kind;
        private boolean noCommentEnd;
        // by element: where its last search began, and the start and end of the closing tag it found (-1: none), so
        // that no stretch is searched twice for one element (a page of <B>s closed once at its end was quadratic)
        private final Map<String, int[]> closings = new HashMap<>();

        Scan(String s, boolean page) {
            this.s = s;
            this.page = page;
            this.n = s.length();
            this.lastGreaterThan = s.lastIndexOf('>');
        }

        /** The end of the markup starting at the {@code <} at {@code i} (its kind in {@link #kind}), or -1 where it is none. */
        int markupEnd(int i) {
            kind = Kind.NONE;
            if (s.startsWith("<!--", i)) {
                int close = noCommentEnd ? -1 : s.indexOf("-->", i + 4);
                if (close < 0) noCommentEnd = true;
                return close < 0 ? -1 : close + 3;
            }
            if (i > lastGreaterThan) return -1;
            if (s.regionMatches(true, i, "<!doctype", 0, 9)) return s.indexOf('>', i) + 1;
            boolean closing = i + 1 < n && s.charAt(i + 1) == '/';
            int p = closing ? i + 2 : i + 1;
            int nameStart = p;
            if (p >= n || !isAsciiLetter(s.charAt(p))) return -1;
            while (p < n && (isAsciiLetter(s.charAt(p)) || isDigit(s.charAt(p)) || s.charAt(p) == '-' || s.charAt(p) == ':')) p++;
            if (p >= n || !(isSpace(s.charAt(p)) || s.charAt(p) == '/' || s.charAt(p) == '>')) return -1; // <U.S.>, <3
            String name = s.substring(nameStart, p), lower = name.toLowerCase(Locale.ROOT);
            Kind k = KINDS.get(lower);
            if (k == null && isCustomName(name)) k = Kind.NONE;
            if (k == null) return -1;
            boolean valued = false;
            while (true) { // attributes, up to the '>'
                while (p < n && isSpace(s.charAt(p))) p++;
                if (p >= n) return -1;
                char c = s.charAt(p);
                if (c == '>') {
                    p++;
                    break;
                }
                if (c == '/') { // "/>" ends an empty element; a stray slash is passed over, as browsers do
                    p++;
                    continue;
                }
                if (closing) return -1; // a closing tag has no attributes
                int attr = p;
                while (p < n && !isSpace(c = s.charAt(p)) && c != '/' && c != '>' && c != '=' && c != '"' && c != '\'' && c != '<') p++;
                if (p == attr) return -1;
                while (p < n && isSpace(s.charAt(p))) p++;
                if (p < n && s.charAt(p) == '=') {
                    p++;
                    while (p < n && isSpace(s.charAt(p))) p++;
                    if (p >= n) return -1;
                    char q = s.charAt(p);
                    if (q == '"' || q == '\'') {
                        int close = p + 1, last = Math.min(n, p + 1 + LONGEST_VALUE);
                        while (close < last && s.charAt(close) != q) close++;
                        if (close >= last) return -1;
                        p = close + 1;
                    } else {
                        int value = p;
                        while (p < n && !isSpace(c = s.charAt(p)) && c != '>' && c != '<' && c != '"' && c != '\'' && c != '=' && c != '`') p++;
                        if (p == value) return -1;
                    }
                    valued = true;
                }
            }
            // <T>, <DD>: a ticker, not a tag, unless the element is closed (<EM>word</EM>)
            if (!page && !closing && !valued && !name.equals(lower) && closingTagEnd(p, lower) < 0) return -1;
            kind = k;
            if (k == Kind.DROPPED && !closing && s.charAt(p - 2) != '/') {
                int close = closingTagEnd(p, lower);
                return close < 0 ? p : close; // not closed: only the tag goes
            }
            return p;
        }

        /**
         * The end of the first closing tag of element {@code name} (lowercase; the tag in any case) at or after {@code
         * from}, or -1 (searched again only from before the last search's start, which a rejected tag's attributes allow).
         */
        private int closingTagEnd(int from, String name) {
            int[] known = closings.get(name);
            if (known != null && from >= known[0] && (known[1] < 0 || from <= known[1])) return known[2];
            for (int j = s.indexOf("</", from); j >= 0; j = s.indexOf("</", j + 2)) {
                int after = j + 2 + name.length();
                if (after > lastGreaterThan) break;
                if (s.regionMatches(true, j + 2, name, 0, name.length()) && (s.charAt(after) == '>' || isSpace(s.charAt(after)))) {
                    int close = s.indexOf('>', after);
                    closings.put(name, new int[] {from, j, close + 1});
                    return close + 1;
                }
            }
            closings.put(name, new int[] {from, -1, -1});
            return -1;
        }
    }

    /** A custom element's name ({@code amp-img}) or a prefixed one ({@code o:p}, {@code fb:like}): lowercase, with a hyphen or a colon. */
    private static boolean isCustomName(String name) {
        boolean marked = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == ':') marked = true;
            else if (!(c >= 'a' && c <= 'z') && !isDigit(c)) return false;
        }
        return marked;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
