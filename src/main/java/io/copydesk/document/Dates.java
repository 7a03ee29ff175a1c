package io.copydesk.document;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates found in inputs and on scraped pages: ISO-8601 (with or without a
 * time and offset), epoch seconds and milliseconds, and the written forms of bylines and date lines
 * ({@code 12 March 2024}, {@code Jan 10 2022, 17:22 ist}, RFC 1123 {@code Tue, 12 Mar 2024 08:44:00 GMT}, and year first
 * with the signs for year, month and day as Chinese, Japanese and Korean write it),
 * each with an optional time of day (24-hour or am/pm) and zone ({@link #ZONES} or {@code +05:30}).
 * A time without a zone is taken as UTC; a date without a time is midnight UTC, which
 * {@link io.copydesk.engine.TimeDecay} reads as the whole day.
 */
public final class Dates {
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\-]+([A-Za-z]{3,9})\\.?,?[ \\-]+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.? +(\\d{1,2})(?:st|nd|rd|th)?,? +(\\d{4})\\b");
    private static final Pattern ISO_PREFIX = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})(?!\\d)");
    /** Chinese and Japanese {@code 2024年3月12日}, Korean {@code 2024년 3월 12일}: year, month, day, each with its sign. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("\\b(\\d{4}) ?[\u5E74\uB144] ?(\\d{1,2}) ?[\u6708\uC6D4] ?(\\d{1,2}) ?[\u65E5\uC77C]");
    /** A time of day right after a date: {@code , 17:22 ist}, {@code at 5:22 p.m. EST}, {@code T08:44:00Z}. */
    private static final Pattern TIME = Pattern.compile(
            "^[ ,|\\-\u2013]{0,4}(?:at {1,3})?T?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
            + "(?: ?([ap])\\.?m\\.?)?(?: ?(Z|[+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5}\\b)(?:([+-]\\d{1,2})(?::?(\\d{2}))?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    /**
     * Zone abbreviations news sites print after a time, with the offset each stands for. Ambiguous
     * ones take their most common news meaning: IST is India, BST British summer time, AST Arabia.
     */
    static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("utc", "+00:00"), Map.entry("gmt", "+00:00"), Map.entry("z", "+00:00"), Map.entry("wet", "+00:00"),
            Map.entry("bst", "+01:00"), Map.entry("cet", "+01:00"), Map.entry("wat", "+01:00"), Map.entry("west", "+01:00"),
            Map.entry("cest", "+02:00"), Map.entry("eet", "+02:00"), Map.entry("sast", "+02:00"), Map.entry("cat", "+02:00"),
            Map.entry("eest", "+03:00"), Map.entry("msk", "+03:00"), Map.entry("eat", "+03:00"), Map.entry("ast", "+03:00"),
            Map.entry("trt", "+03:00"), Map.entry("gst", "+04:00"), Map.entry("pkt", "+05:00"), Map.entry("ist", "+05:30"),
            Map.entry("npt", "+05:45"), Map.entry("wib", "+07:00"), Map.entry("ict", "+07:00"), Map.entry("sgt", "+08:00"),
            Map.entry("hkt", "+08:00"), Map.entry("pht", "+08:00"), Map.entry("awst", "+08:00"), Map.entry("jst", "+09:00"),
            Map.entry("kst", "+09:00"), Map.entry("acst", "+09:30"), Map.entry("aest", "+10:00"), Map.entry("aedt", "+11:00"),
            Map.entry("nzst", "+12:00"), Map.entry("nzdt", "+13:00"), Map.entry("hst", "-10:00"), Map.entry("akst", "-09:00"),
            Map.entry("akdt", "-08:00"), Map.entry("pst", "-08:00"), Map.entry("pdt", "-07:00"), Map.entry("mst", "-07:00"),
            Map.entry("mdt", "-06:00"), Map.entry("cst", "-06:00"), Map.entry("cdt", "-05:00"), Map.entry("est", "-05:00"),
            Map.entry("edt", "-04:00"), Map.entry("et", "-05:00"), Map.entry("pt", "-08:00"), Map.entry("brt", "-03:00"));

    private Dates() {}

    /** Parses a date field value; returns null when it is not a date we understand. */
    public static Instant parse(String s) {
        if (s == null) return null;
        s = s.strip();
        if (s.isEmpty()) return null;
        if (isDigits(s)) return epoch(s);
        if (isIsoDateShape(s)) {
            try { // the formatter's parse below gives the same date and refuses the same ones (isoDate), at a tenth of the cost
                return Instant.ofEpochSecond(isoDate(s, 0).toEpochDay() * 86_400);
            } catch (DateTimeException e) {
                // not a calendar date: as the formatter refuses it, below
            }
        }
        Instant dateTime = isoDateTime(s);
        return dateTime != null ? dateTime : parsedByFormatters(s);
    }

    /**
     * The commonest date-time field, read without the formatters (which took 6-8% of a {@code dedup} run's CPU on
     * reuters21578 and uci-headlines, whose fields are all such): {@code yyyy-MM-ddTHH:mm:ss}, maybe a fraction of 1
     * to 9 digits, then {@code Z}, {@code +HH:MM} or {@code -HH:MM} (hours below 18), or nothing (UTC, as the
     * formatters take it). The instant the formatters give; null for any other text or a field out of range, which
     * the formatters then decide on as before.
     */
    static Instant isoDateTime(String s) {
        int n = s.length();
        if (n < 19 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':' || !startsWithIsoDate(s)) return null;
        if (!isDigit(s.charAt(11)) || !isDigit(s.charAt(12)) || !isDigit(s.charAt(14)) || !isDigit(s.charAt(15)) || !isDigit(s.charAt(17))
                || !isDigit(s.charAt(18))) return null;
        int hour = number(s, 11, 2), minute = number(s, 14, 2), second = number(s, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) return null;
        int i = 19, nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int first = ++i;
            while (i < n && i - first < 9 && isDigit(s.charAt(i))) nanos = nanos * 10 + s.charAt(i++) - '0';
            if (i == first) return null; // no digit (a tenth is no offset: refused below)
            for (int d = i - first; d < 9; d++) nanos *= 10;
        }
        int offset;
        if (i == n) offset = 0;
        else if (i + 1 == n && s.charAt(i) == 'Z') offset = 0;
        else if (i + 6 == n && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':' && isDigit(s.charAt(i + 1))
                && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 4)) && isDigit(s.charAt(i + 5))) {
            int hours = number(s, i + 1, 2), minutes = number(s, i + 4, 2);
            if (hours > 17 || minutes > 59) return null;
            offset = (s.charAt(i) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else return null;
        LocalDate date;
        try {
            date = isoDate(s, 0);
        } catch (DateTimeException e) {
            return null; // no calendar date
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + hour * 3600 + minute * 60 + second - offset, nanos);
    }

    /** {@link #parse}'s reading of a stripped, non-empty field by the JDK's formatters, then as free text. */
    static Instant parsedByFormatters(String s) {
        try {
            if (s.length() == 10) return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            return find(s);
        }
    }

    /** Epoch seconds (9-10 digits) or milliseconds (12-13 digits); other digit strings are no date. */
    private static Instant epoch(String s) {
        if (s.length() >= 9 && s.length() <= 10) return Instant.ofEpochSecond(Long.parseLong(s));
        if (s.length() >= 12 && s.length() <= 13) return Instant.ofEpochMilli(Long.parseLong(s));
        return null;
    }

    /** Ten chars {@code dddd-dd-dd}, ASCII digits: the commonest date field. */
    private static boolean isIsoDateShape(String s) {
        return s.length() == 10 && startsWithIsoDate(s);
    }

    /** Whether {@code s} starts with {@code dddd-dd-dd}, ASCII digits. */
    private static boolean startsWithIsoDate(String s) {
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) if (i != 4 && i != 7 && !isDigit(s.charAt(i))) return false;
        return true;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    /** Finds the first date inside free text ("Published: 12 March 2024 09:30"), with its time when one follows, or null. */
    public static Instant find(String text) {
        Match m = locate(text);
        return m == null ? null : m.instant();
    }

    /** A date found in a text: where it is and what it stands for. */
    record Match(int start, int end, Instant instant) {}

    /** The first date in {@code text} (of any form, by position) with its time and zone, or null. */
    static Match locate(String text) {
        int forms = possibleForms(text);
        return forms == 0 ? null : matched(text, forms);
    }

    /**
     * Date forms: ISO-8601 ({@link #ISO_PREFIX}), written ({@link #DAY_MONTH_YEAR}, {@link #MONTH_DAY_YEAR}),
     * year first with the signs for year, month and day ({@link #YEAR_MONTH_DAY}); {@code ALL} of them.
     */
    static final int ISO = 1, WRITTEN = 2, SIGNED = 4, ALL = ISO | WRITTEN | SIGNED;

    /** {@link #locate} by trying the patterns of the given {@code forms} (all: {@link #ALL}). */
    static Match matched(String text, int forms) {
        Match best = null;
        if ((forms & ISO) != 0) best = earlier(ISO_PREFIX, text, best, Dates::isoDate);
        if ((forms & SIGNED) != 0) best = earlier(YEAR_MONTH_DAY, text, best, Dates::signedDate);
        if ((forms & WRITTEN) == 0) return best;
        best = earlier(DAY_MONTH_YEAR, text, best, (t, m) -> of(m.group(3), m.group(2), m.group(1)));
        return earlier(MONTH_DAY_YEAR, text, best, (t, m) -> of(m.group(3), m.group(1), m.group(2)));
    }

    /**
     * The first match of {@code pattern} in {@code text} that starts before {@code best} (anywhere, when null) and
     * whose {@code date} is one (not null), with its time; else {@code best}.
     */
    private static Match earlier(Pattern pattern, String text, Match best, BiFunction<String, Matcher, LocalDate> date) {
        Matcher m = pattern.matcher(text);
        while (m.find() && (best == null || m.start() < best.start())) {
            LocalDate d = date.apply(text, m);
            if (d != null) return withTime(text, m.start(), m.end(), d);
        }
        return best;
    }

    /** The ISO date a match of {@link #ISO_PREFIX} holds, or null when it is no calendar date (2024-13-45). */
    private static LocalDate isoDate(String text, Matcher m) {
        try {
            return isoDate(text, m.start(1));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date a match of {@link #YEAR_MONTH_DAY} holds, or null when it is no calendar date. */
    private static LocalDate signedDate(String text, Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@code LocalDate.parse} of the {@code yyyy-mm-dd} (ASCII digits) at {@code text[at, at + 10)}:
     * the same date, or a {@link DateTimeException} where parse throws (month 13, 30 February), without
     * the formatter's parse (a fifth of date-line checking).
     */
    static LocalDate isoDate(String text, int at) {
        return LocalDate.of(number(text, at, 4), number(text, at + 5, 2), number(text, at + 8, 2));
    }

    private static int number(String text, int at, int digits) {
        int v = 0;
        for (int i = at; i < at + digits; i++) v = v * 10 + text.charAt(i) - '0';
        return v;
    }

    /**
     * The date forms that can match ({@link #ISO}, {@link #WRITTEN}, {@link #SIGNED}; 0: none): each holds a
     * four-digit year, followed by '-' (ISO), by the year sign (maybe after a space: signed) or after blanks or
     * hyphens with a letter or digit
     * before them, maybe then ',' and '.' (the written forms: "March 2024", "12 Mar. 2024", "Jan 10,
     * 2022", the letters a month name or a day's suffix). A copyright line ("\u00A9 2024 Site") has
     * a year but no date: no pattern is tried.
     * Every form whose patterns match is among the answer.
     */
    static int possibleForms(String text) {
        int run = 0, forms = 0;
        for (int i = 0; i < text.length() && forms != ALL; i++) {
            run = isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run < 4) continue;
            int year = i - 3; // text[year, i] are four digits
            if (i + 1 < text.length() && text.charAt(i + 1) == '-') forms |= ISO;
            int sign = i + 1 < text.length() && text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
            if (sign < text.length() && (text.charAt(sign) == '\u5E74' || text.charAt(sign) == '\uB144')) forms |= SIGNED;
            int q = year - 1;
            if (q < 0 || (text.charAt(q) != ' ' && text.charAt(q) != '-')) continue;
            while (q >= 0 && (text.charAt(q) == ' ' || text.charAt(q) == '-')) q--;
            if (q >= 0 && text.charAt(q) == ',') q--;
            if (q >= 0 && text.charAt(q) == '.') q--;
            if (q >= 0 && (isDigit(text.charAt(q)) || isAsciiLetter(text.charAt(q)) && monthOrSuffixEndsAt(text, q))) forms |= WRITTEN;
        }
        return forms;
    }

    /**
     * Whether the ASCII letters ending at {@code text[q]} can be what a written date has before its
     * year: a month name as {@link #of} takes one (day-month-year) or a day's suffix right after its
     * digits ("Jan 10th, 2022"). "Updated 2024-01-22" has neither: only the ISO pattern is tried.
     */
    private static boolean monthOrSuffixEndsAt(String text, int q) {
        int w = q;
        while (w > 0 && isAsciiLetter(text.charAt(w - 1))) w--;
        String word = text.substring(w, q + 1).toLowerCase(Locale.ROOT);
        if (word.length() == 2 && w > 0 && isDigit(text.charAt(w - 1))) return word.matches("st|nd|rd|th");
        for (int i = 0; i < MONTHS.length; i++) if (word.startsWith(MONTHS[i]) && isMonthName(word, i)) return true;
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** The date at {@code [start, end)} of {@code text}, extended by the time and zone that follow it. */
    private static Match withTime(String text, int start, int end, LocalDate date) {
        Matcher t = TIME.matcher(text).region(end, Math.min(text.length(), end + 48));
        if (!t.lookingAt()) return new Match(start, end, date.atStartOfDay(ZoneOffset.UTC).toInstant());
        int hour = Integer.parseInt(t.group(1)), minute = Integer.parseInt(t.group(2));
        int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        if (t.group(4) != null) {
            if (hour < 1 || hour > 12) return new Match(start, end, date.atStartOfDay(ZoneOffset.UTC).toInstant());
            hour = hour % 12 + (Character.toLowerCase(t.group(4).charAt(0)) == 'p' ? 12 : 0);
        }
        ZoneOffset offset = ZoneOffset.UTC;
        int matchEnd = t.end();
        if (t.group(5) != null) {
            ZoneOffset z = zone(t.group(5), t.group(6), t.group(7));
            if (z != null) offset = z;
            else matchEnd = t.start(5); // a word after the time that is not a zone
        }
        try {
            LocalDateTime at = LocalDateTime.of(date, LocalTime.of(hour, minute, second));
            return new Match(start, matchEnd, at.toInstant(offset));
        } catch (DateTimeException e) {
            return new Match(start, end, date.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    /** A zone written after a time: an abbreviation (with an optional {@code +3} shift, as in {@code GMT+3}) or an offset. */
    private static ZoneOffset zone(String name, String shiftHours, String shiftMinutes) {
        try {
            if (name.charAt(0) == '+' || name.charAt(0) == '-') {
                String o = name.length() == 5 ? name.substring(0, 3) + ":" + name.substring(3) : name;
                return ZoneOffset.of(o);
            }
            String base = ZONES.get(name.toLowerCase(Locale.ROOT));
            if (base == null) return null;
            ZoneOffset z = ZoneOffset.of(base);
            if (shiftHours == null) return z;
            int h = Integer.parseInt(shiftHours);
            int mins = shiftMinutes == null ? 0 : Integer.parseInt(shiftMinutes);
            return ZoneOffset.ofTotalSeconds(z.getTotalSeconds() + Integer.signum(h) * (Math.abs(h) * 3600 + mins * 60));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate of(String year, String month, String day) {
        String mon = month.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (mon.startsWith(MONTHS[i]) && isMonthName(mon, i)) {
                try {
                    return LocalDate.of(Integer.parseInt(year), i + 1, Integer.parseInt(day));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static final String[] MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};

    /** "Mar", "March" and "Sept" are months; "Marches" and "Mayor" are not. */
    private static boolean isMonthName(String word, int month) {
        return MONTH_NAMES[month].startsWith(word) || word.equals("sept");
    }

    /** ISO text for output: {@code 2024-03-12} at midnight UTC, else the full instant. */
    public static String format(Instant date) {
        if (date == null) return null;
        if (date.getEpochSecond() % 86400 == 0 && date.getNano() == 0) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date.atZone(ZoneOffset.UTC));
        }
        return DateTimeFormatter.ISO_INSTANT.format(date);
    }
}
