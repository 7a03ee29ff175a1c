package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of date reading: what copydesk writes it reads back; any text parses or is refused, never throws. */
class DatesPropertyTest {
    private static final long FIRST = -62_135_596_800L, LAST = 253_402_300_799L; // year 1 to 9999

    static Instant anyInstant(Random r) {
        long s = r.nextLong(FIRST, LAST + 1);
        return switch (r.nextInt(3)) {
            case 0 -> Instant.ofEpochSecond(s);
            case 1 -> Instant.ofEpochSecond(s - Math.floorMod(s, 86_400)); // midnight: printed as a day
            default -> Instant.ofEpochSecond(s, r.nextInt(1_000_000_000));
        };
    }

    @Test
    void aFormattedDateParsesBack() {
        Trials.run("dates round trip", 2000, DatesPropertyTest::anyInstant, date -> assertEquals(date, Dates.parse(Dates.format(date))));
    }

    static String dateLike(Random r) {
        if (r.nextBoolean()) return Texts.anyChars(r, 30);
        return Texts.pieces(r, 12, q -> Texts.oneOf(q, "2024", "-", "03", "12", "T", ":", "Z", "+05:30", " ", "Published:", "March",
                "Sept", "99999999999999999999", "-0", ".", "1e9", "\u0000", "\ud800", "٣", "EST", "am", "pm", ","));
    }

    @Test
    void anyTextParsesOrIsRefusedWithoutThrowing() {
        Trials.run("dates never throw", 3000, DatesPropertyTest::dateLike, text -> {
            assertDoesNotThrow(() -> Dates.parse(text));
            assertDoesNotThrow(() -> Dates.find(text));
        });
    }

    /**
     * The pre-check before the patterns never hides a date they find (each form's patterns are
     * tried when they can match, so locate finds what trying every pattern finds), and spares them
     * lines with a year but no date, and ISO or written lines the other form's patterns.
     */
    @Test
    void thePreCheckPassesEveryTextThePatternsMatch() {
        int dates = 0, spared = 0, oneForm = 0;
        int both = Dates.ALL;
        Random r = new Random(18);
        for (int round = 0; round < 40_000; round++) {
            String text = Texts.pieces(r, 10, q -> Texts.oneOf(q, "2024", "1999", "12345", "-", "03", "1", "21st", "T", ":", " ", "  ", ",", ".",
                    "Mar", "March", "Sept", "Published", "\u00A9", "x", "(", "/", "\u00E9t\u00E9", "Jan.", "- ", "2024-03-01", "am",
                    "Jan 10", "12 Mar", ", ", " 2024", "Mar.", "21st", "4th", "2024-13-45", "12 March 2024-01-02", "Updated", "ST", "Sept.", "SEPTEMBER",
                    "Septembers", "ma", "10th,", "th", "Jan", "january", "DEC", "Decem", "May",
                    "\u5E74", "\u6708", "\u65E5", "\uB144", "\uC6D4", "\uC77C", "2024\u5E74", "3\u670812\u65E5", "\u5E7413\u6708"));
            int forms = Dates.possibleForms(text);
            Dates.Match all = Dates.matched(text, both);
            if (all != null) dates++;
            if (Dates.matched(text, Dates.ISO) != null) assertTrue((forms & Dates.ISO) != 0, text);
            if (Dates.matched(text, Dates.WRITTEN) != null) assertTrue((forms & Dates.WRITTEN) != 0, text);
            if (Dates.matched(text, Dates.SIGNED) != null) assertTrue((forms & Dates.SIGNED) != 0, text);
            assertEquals(all, Dates.locate(text), text);
            if (forms == 0 && text.matches(".*\\d{4}.*")) spared++;
            if (forms == Dates.ISO || forms == Dates.WRITTEN || forms == Dates.SIGNED) oneForm++;
        }
        assertTrue(dates > 2_000 && spared > 2_000 && oneForm > 2_000, "dates " + dates + ", years without a date spared " + spared
                + ", one form only " + oneForm);
        assertEquals(0, Dates.possibleForms("\u00A9 2024 The Prong Record. All rights reserved."));
        assertEquals(Dates.WRITTEN, Dates.possibleForms("Published 12 Mar. 2024"));
        assertEquals(Dates.ISO, Dates.possibleForms("Updated 2024-01-22"));
        for (String d : new String[] {"12 Jan 2024", "12 JANUARY, 2024", "3-Sept.-2024", "Jan 10th, 2022", "May 1 2024"}) {
            assertEquals(Dates.WRITTEN, Dates.possibleForms(d), d);
            assertNotNull(Dates.locate(d), d);
        }
        assertEquals(Dates.ISO | Dates.WRITTEN, Dates.possibleForms("12 March 2024-01-02"));
        assertEquals(Dates.SIGNED, Dates.possibleForms("2024\u5E743\u670812\u65E5"));
        assertEquals(Dates.SIGNED, Dates.possibleForms("2024 \uB144"));
    }

    /** Dates.isoDate reads what LocalDate.parse reads, and refuses what it refuses (every month and day 00-99). */
    @Test
    void isoDatesReadAsTheFormatterReadsThem() {
        Random r = new Random(Trials.SEED);
        int[] years = new int[40];
        for (int i = 0; i < years.length; i++) years[i] = i < 8 ? new int[] {0, 1, 1900, 2000, 2023, 2024, 2100, 9999}[i] : r.nextInt(10_000);
        int valid = 0;
        for (int y : years) for (int m = 0; m < 100; m++) for (int d = 0; d < 100; d++) {
            String s = String.format("on %04d-%02d-%02d.", y, m, d);
            java.time.LocalDate want = null;
            try {
                want = java.time.LocalDate.parse(s.substring(3, 13));
            } catch (java.time.format.DateTimeParseException e) {
                // refused
            }
            java.time.LocalDate got = null;
            try {
                got = Dates.isoDate(s, 3);
            } catch (java.time.DateTimeException e) {
                // refused
            }
            assertEquals(want, got, s);
            if (want != null) valid++;
        }
        assertTrue(valid > 10_000, "valid dates among them: " + valid);
    }

    /** A date field {@code yyyy-mm-dd} parses as the formatter reads it (midnight UTC), or, refused by it, as a date found in the text. */
    @Test
    void isoDateFieldsParseAsTheFormatterReadsThem() {
        Random r = new Random(Trials.SEED);
        for (int k = 0; k < 20_000; k++) {
            String s = String.format("%04d-%02d-%02d", k < 100 ? new int[] {0, 1, 1970, 2000, 2024, 9999}[k % 6] : r.nextInt(10_000),
                    r.nextInt(4) == 0 ? r.nextInt(100) : r.nextInt(1, 13), r.nextInt(4) == 0 ? r.nextInt(100) : r.nextInt(1, 32));
            Instant want;
            try {
                want = java.time.LocalDate.parse(s).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                want = Dates.find(s);
            }
            assertEquals(want, Dates.parse(s), s);
            assertEquals(want, Dates.parse(" " + s + "\t"), s);
        }
        assertEquals(Instant.parse("2024-02-29T00:00:00Z"), Dates.parse("2024-02-29"));
        assertNull(Dates.parse("2023-02-29"));
    }

    /**
     * A date-time field in the commonest forms and near them (fractions of 0 to 10 digits, offsets at and beyond
     * their range, 't' and 'z', a space for 'T', fields out of range, a char changed): read without the formatters,
     * the instant they give, or refused by both, and the forms that are read so are read so.
     */
    static String dateTimeLike(Random r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33)));
        b.append(r.nextInt(10) == 0 ? Texts.oneOf(r, "t", " ", "x") : "T");
        b.append(String.format(java.util.Locale.ROOT, "%02d:%02d", r.nextInt(26), r.nextInt(62)));
        if (r.nextInt(10) > 0) b.append(String.format(java.util.Locale.ROOT, ":%02d", r.nextInt(62)));
        if (r.nextInt(3) == 0) {
            b.append('.');
            for (int d = r.nextInt(11); d > 0; d--) b.append((char) ('0' + r.nextInt(10)));
        }
        switch (r.nextInt(5)) {
            case 0 -> { }
            case 1, 2 -> b.append(r.nextInt(20) == 0 ? "z" : "Z");
            default -> b.append(String.format(java.util.Locale.ROOT, "%c%02d:%02d", r.nextBoolean() ? '+' : '-', r.nextInt(20), r.nextInt(62)));
        }
        if (r.nextInt(8) == 0) b.setCharAt(r.nextInt(b.length()), Texts.oneOf(r, "0", "9", ":", "-", "+", "T", "Z", ".", "\u0663").charAt(0));
        return b.toString();
    }

    @Test
    void dateTimesReadWithoutTheFormattersAreTheInstantsTheFormattersGive() {
        int fast = 0;
        Random r = new Random(49);
        for (int round = 0; round < 20_000; round++) {
            String s = dateTimeLike(r);
            Instant quick = Dates.isoDateTime(s);
            if (quick != null) fast++;
            Instant formatted;
            try {
                formatted = Dates.parsedByFormatters(s);
            } catch (RuntimeException e) {
                formatted = null;
            }
            if (quick != null) assertEquals(formatted, quick, s);
            assertEquals(formatted, Dates.parse(s), s);
        }
        assertTrue(fast > 5_000, "read without the formatters: " + fast + " of 20000");
        for (String s : new String[] {"1987-02-26T15:01:01Z", "2014-03-10T16:52:50Z", "2024-03-12T10:20:30.5+05:30", "2024-03-12T10:20:30-08:00",
                "2024-03-12T10:20:30.123456789Z", "2024-02-29T23:59:59"}) {
            assertNotNull(Dates.isoDateTime(s), s);
            assertEquals(java.time.OffsetDateTime.parse(s.matches(".*([Z]|[+-]\\d\\d:\\d\\d)$") ? s : s + "Z").toInstant(), Dates.parse(s), s);
        }
    }
}
