package io.copydesk.document;

import io.copydesk.internal.Chars;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * The top of a scraped page: which lines are metadata ({@code date 2021-07-27 .}, {@code source x},
 * {@code url y}), which are site words and lone punctuation before the headline, and which are
 * date lines ({@code Published: 12 March 2024}, {@code • Jan 10 2022, 17:22 ist}). No regular
 * expression here may backtrack over a long line: these run on every line of the header.
 */
public final class PageHeader {
    /** One-word site furniture printed above the headline. */
    private static final Set<String> SITE_WORDS = Set.of("language", "languages", "menu", "home", "search", "edition",
            "english", "share", "subscribe", "login", "log in", "sign in", "register", "advertisement", "skip to content",
            "skip to main content", "breaking news", "live", "close", "open", "more", "sections", "navigation", "toggle navigation");
    /** At most this many words besides the date itself make a line a date line ("Last updated on Tuesday,"). */
    private static final int DATE_LINE_OTHER_WORDS = 4;

    private PageHeader() {}

    /** A {@code key value} metadata line: its key ({@code date}, {@code source}, {@code url}) and value. */
    record Meta(String key, String value) {}

    /**
     * Reads {@code date 2021-07-27}, {@code source: wire}, {@code url=https://..}: a key, then spaces,
     * a colon or an equals sign, then the value. Linear in the line length.
     */
    static Meta meta(String line) {
        String s = line.strip();
        for (String key : new String[] {"date", "source", "url"}) {
            int k = key.length();
            if (s.length() <= k || !s.regionMatches(true, 0, key, 0, k)) continue;
            char next = s.charAt(k);
            if (!Character.isWhitespace(next) && next != ':' && next != '=') continue;
            while (k < s.length() && Character.isWhitespace(s.charAt(k))) k++;
            if (k < s.length() && (s.charAt(k) == ':' || s.charAt(k) == '=')) k++;
            String value = s.substring(k).strip();
            if (value.isEmpty()) return null;
            return new Meta(key, value);
        }
        return null;
    }

    /** Lines the top of a page holds before its headline: lone punctuation and site words. */
    static boolean isPreludeNoise(String line) {
        String s = line.strip();
        if (s.codePoints().noneMatch(Character::isLetterOrDigit)) return true;
        return SITE_WORDS.contains(s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", "").strip());
    }

    /** A date line's date and whether it is an update stamp. */
    record DateLine(Instant date, boolean update) {}

    /**
     * A line that is mostly a date: the date (with time and zone) and at most a few other words
     * ({@code Published:}, {@code • updated:}, a weekday). Null for other lines, such as a
     * paragraph that mentions a date.
     */
    static DateLine dateLine(String line) {
        String s = line.strip();
        if (s.length() > 120) return null;
        Dates.Match m = Dates.locate(s);
        if (m == null) return null;
        String before = s.substring(0, m.start()).toLowerCase(Locale.ROOT);
        if (letterWords(before) + letterWords(s.substring(m.end())) > DATE_LINE_OTHER_WORDS) return null;
        boolean update = (before.contains("updated") || before.contains("modified") || before.contains("edited"))
                && !before.contains("published") && !before.contains("posted");
        return new DateLine(m.instant(), update);
    }

    /** Whether {@code line} is a date line as {@link #dateLine} reads one. */
    public static boolean isDateLine(String line) {
        return dateLine(line) != null;
    }

    /** Runs of letters, Chinese and Japanese (no spaces) a word every two chars, as the page rules count them. */
    private static int letterWords(String s) {
        int words = 0, ideographs = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isIdeographic(c)) {
                if (ideographs++ % 2 == 0) words++;
                in = false;
                continue;
            }
            ideographs = 0;
            boolean letter = Character.isLetter(c);
            if (letter && !in) words++;
            in = letter;
        }
        return words;
    }
}
