package io.copydesk.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the publication dates found in inputs: ISO-8601 forms, epoch millis, and "12 March 2024". */
public final class Dates {
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?))?");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private Dates() {}

    /** Parses a date field value; returns null when it is not a date we understand. */
    public static Instant parse(String s) {
        if (s == null) return null;
        s = s.strip();
        if (s.isEmpty()) return null;
        try {
            if (s.length() == 10) return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (s.chars().allMatch(Character::isDigit) && s.length() >= 12 && s.length() <= 13) {
                return Instant.ofEpochMilli(Long.parseLong(s));
            }
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return find(s);
        }
    }

    /** Finds the first date inside free text ("Published: 12 March 2024 09:30"), or null. */
    public static Instant find(String text) {
        Matcher iso = ISO_PREFIX.matcher(text);
        if (iso.find()) {
            try {
                LocalDate d = LocalDate.parse(iso.group(1));
                if (iso.group(2) == null) return d.atStartOfDay(ZoneOffset.UTC).toInstant();
                String t = iso.group(2).length() == 5 ? iso.group(2) + ":00" : iso.group(2);
                return LocalDateTime.parse(iso.group(1) + "T" + t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // fall through to the textual forms
            }
        }
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            Instant i = of(m.group(3), m.group(2), m.group(1));
            if (i != null) return i;
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) return of(m.group(3), m.group(1), m.group(2));
        return null;
    }

    private static Instant of(String year, String month, String day) {
        String mon = month.toLowerCase(Locale.ROOT);
        if (mon.length() < 3) return null;
        for (int i = 0; i < MONTHS.length; i++) {
            if (mon.startsWith(MONTHS[i])) {
                try {
                    return LocalDate.of(Integer.parseInt(year), i + 1, Integer.parseInt(day)).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
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
