package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scraped-page layout of {@code .txt} inputs, on invented pages in the layout real sites print. */
class PageLayoutTest {
    private static Article parse(String page) {
        return new TextFileReader(null, "dir", List.of(), ReadProblems.silent(), Long.MAX_VALUE).parse("p", page, "site", "dir/p.txt");
    }

    @Test
    void metadataBeforeTheHeadlineWithStraySpacesPunctuationAndSiteWords() {
        Article a = parse("""
                 date 2023-05-04 .
                .
                .
                Language

                Harbour board delays the ferry tender again

                A ferry waits at the quay in Port Elwin on March 2, 2023. (Coastline Photos)
                A ferry waits at the quay in Port Elwin on March 2, 2023. (Coastline Photos)

                Harbour board delays the ferry tender again

                Published: Updated:

                The harbour board put off its ferry tender for a third time on Thursday.
                """);
        assertEquals("Harbour board delays the ferry tender again", a.title());
        assertEquals(Instant.parse("2023-05-04T00:00:00Z"), a.date());
        assertTrue(a.text().startsWith("A ferry waits"), a.text());
        assertFalse(a.text().contains("date 2023"), "the metadata line is not text");
        assertEquals("site", a.source());
    }

    @Test
    void bylineBulletGivesTheDateWithTimeAndZone() {
        Article a = parse("""
                Council votes to close the old tram depot
                The vote ends a two-year dispute over the site
                WIRE
                WIRE,
                  \u2022 Feb 3 2023, 09:15 ist
                  \u2022 updated: Feb 3 2023, 11:40 ist
                The council voted on Friday to close the depot.
                """);
        assertEquals(Instant.parse("2023-02-03T03:45:00Z"), a.date(), "09:15 India time is 03:45 UTC");
    }

    @Test
    void anUpdateStampDatesThePageOnlyWhenNothingElseDoes() {
        assertEquals(Instant.parse("2023-02-04T00:00:00Z"), parse("Title of a page here\nUpdated: 4 February 2023\nBody text.\n").date());
        assertEquals(Instant.parse("2023-02-01T00:00:00Z"),
                parse("Title of a page here\nLast updated: 4 February 2023\nPosted on 1 February 2023\nBody text.\n").date());
    }

    @Test
    void aParagraphThatMentionsADateIsNoDateLine() {
        assertNull(parse("Title of a page here\nThe mayor said on 4 February 2023 that the council would meet again soon.\n").date());
    }

    @Test
    void headlinePrintedTwiceOnOneLineIsReadOnce() {
        assertEquals("Storm closes the coast road", parse("Storm closes the coast road Storm closes the coast road\nBody.\n").title());
    }

    @Test
    void theFormsDateLinesTake() {
        assertEquals(Instant.parse("2024-03-12T08:44:00Z"), Dates.find("Tue, 12 Mar 2024 08:44:00 GMT"));
        assertEquals(Instant.parse("2024-03-12T13:44:00Z"), Dates.find("March 12, 2024 at 8:44 a.m. EST"));
        assertEquals(Instant.parse("2024-03-12T20:44:00Z"), Dates.find("12 March 2024, 8:44 pm"));
        assertEquals(Instant.parse("2024-03-12T05:44:00Z"), Dates.find("2024-03-12 08:44 GMT+3"));
        assertEquals(Instant.parse("2024-03-12T03:14:00Z"), Dates.find("12-Mar-2024 08:44 +05:30"));
        assertEquals(Instant.parse("2024-03-12T08:44:00Z"), Dates.parse("2024-03-12T08:44:00Z"));
        assertEquals(Instant.ofEpochSecond(1710233040L), Dates.parse("1710233040"));
        assertEquals(Instant.ofEpochMilli(1710233040123L), Dates.parse("1710233040123"));
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), Dates.find("Published: 12 March 2024 Updated: 2024-03-14 10:00"),
                "the first date of a line, whatever its form");
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), Dates.find("12 March 2024, the mayor said"), "a word after a date is no zone");
        assertNull(Dates.find("12 Marches 2024"));
        assertNull(Dates.parse("12345"));
    }

    @Test
    void chineseJapaneseAndKoreanDatesWithTheirSigns() {
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), Dates.parse("2024\u5E743\u670812\u65E5"));
        assertEquals(Instant.parse("2024-11-14T09:30:00Z"), Dates.parse("2024\u5E7411\u670814\u65E5 09:30"));
        assertEquals(Instant.parse("2024-11-14T00:30:00Z"), Dates.parse("2024\u5E7411\u670814\u65E5 09:30 JST"));
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), Dates.parse("2024\uB144 3\uC6D4 12\uC77C"), "Korean, with spaces");
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), Dates.find("\u53D1\u5E03\u65F6\u95F4\uFF1A2024\u5E743\u670812\u65E5"),
                "after a label (\"published:\")");
        assertNull(Dates.parse("2024\u5E7413\u670845\u65E5"), "no such day");
        assertNull(Dates.find("2024\u5E74\u5EA6\u62A5\u544A"), "a year alone (\"2024 annual report\")");
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), Dates.find("2024\u5E7413\u67081\u65E5 2024\u5E743\u670812\u65E5"),
                "past a date that is none, the next one");
    }

    @Test
    void aChineseDateLineDatesThePageAndAParagraphMentioningADateDoesNot() {
        String title = "\u592E\u884C\u7EF4\u6301\u5229\u7387\u4E0D\u53D8"; // "central bank holds rates"
        String body = "\u592E\u884C\u5468\u56DB\u5BA3\u5E03\u5C06\u57FA\u51C6\u5229\u7387\u7EF4\u6301\u5728\u767E\u5206\u4E4B\u56DB\u4E0D\u53D8\u3002";
        assertEquals(Instant.parse("2024-11-14T09:30:00Z"),
                parse(title + "\n\u53D1\u5E03\u65F6\u95F4\uFF1A2024\u5E7411\u670814\u65E5 09:30\n" + body + "\n").date());
        // "Xinhua, Beijing, 14 November: the central bank ..." : a paragraph, not a date line
        assertNull(parse(title + "\n\u65B0\u534E\u793E\u5317\u4EAC2024\u5E7411\u670814\u65E5\u7535\uFF0C" + body + "\n").date());
    }

    /** The old metadata pattern took 38.7 s on this line; reading it must cost what a normal line of its length costs. */
    @Test
    void aMetadataKeyFollowedByAHugeRunOfSpacesReadsInLinearTime() {
        int n = 100_000;
        String hostile = "Headline of a page\ndate" + " ".repeat(n) + "\nBody.\n";
        String normal = "Headline of a page\n" + "word ".repeat(n / 5) + "\nBody.\n";
        parse(normal); // warm up
        parse(hostile);
        long normalNanos = Long.MAX_VALUE, hostileNanos = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            parse(normal);
            long t1 = System.nanoTime();
            Article a = parse(hostile);
            long t2 = System.nanoTime();
            normalNanos = Math.min(normalNanos, t1 - t0);
            hostileNanos = Math.min(hostileNanos, t2 - t1);
            assertNull(a.date());
        }
        assertTrue(hostileNanos < 50 * Math.max(normalNanos, 1_000_000),
                "hostile line took " + hostileNanos / 1e6 + " ms, a normal line " + normalNanos / 1e6 + " ms");
    }
}
