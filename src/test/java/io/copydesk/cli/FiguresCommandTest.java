package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.testing.Jsonl;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two weeks of one report, and what dedup, explain and cluster say of them with figures compared and ignored. */
class FiguresCommandTest {
    @TempDir Path dir;

    /** Written for this test: a weekly jobs report. */
    private static String report(int claims, int change, String rate, int weeks) {
        return "The labour office of Ostmark said on Thursday that " + claims + " people filed first claims for jobless benefits"
                + " in the week, a change of " + change + " from the week before, in figures it publishes every week.\n"
                + "The office said the insured unemployment rate stood at " + rate + " percent and that benefits had been"
                + " paid for an average of " + weeks + " weeks, as employers in the ports and the building trade cut staff for"
                + " the winter and the retail chains took on seasonal workers for the holidays.";
    }

    private Path reports() {
        return Jsonl.write(dir.resolve("reports.jsonl"), List.of(
                new Article("ostmark/jobs-week-10", "Jobless claims in Ostmark", report(31_400, 1_200, "2.7", 14),
                        Instant.parse("2025-03-06T14:00:00Z"), "Ostmark Wire", null),
                new Article("ostmark/jobs-week-11", "Jobless claims in Ostmark", report(29_850, 1_550, "2.6", 15),
                        Instant.parse("2025-03-13T14:00:00Z"), "Ostmark Wire", null)));
    }

    @Test
    void twoWeeksOfOneReportAreDuplicatesOnlyWhenFiguresAreIgnored() {
        String in = reports().toString();
        IndexCli.Run compared = IndexCli.run("dedup", in, "--format", "jsonl", "-q");
        assertEquals(0, compared.exit(), compared.err());
        assertEquals("", compared.out(), "other weeks, other stories");
        IndexCli.Run ignored = IndexCli.run("dedup", in, "--ignore-figures", "--format", "jsonl", "-q");
        assertEquals(0, ignored.exit(), ignored.err());
        assertEquals(1, ignored.out().lines().count(), ignored.out());
        assertTrue(ignored.out().contains("ostmark/jobs-week-10") && ignored.out().contains("ostmark/jobs-week-11"), ignored.out());
        // the same through the command line read without picocli (Main's fast path)
        PlainCommandLine.Command plain = PlainCommandLine.parse("dedup", in, "--ignore-figures", "--format", "jsonl", "-q");
        assertNotNull(plain);
        java.io.StringWriter out = new java.io.StringWriter();
        assertEquals(0, PlainCommandLine.run("dedup", plain, new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter())));
        assertEquals(ignored.out(), out.toString());
    }

    @Test
    void explainSaysTheFiguresAndWhyTheyTellThePairApart() {
        String in = reports().toString();
        IndexCli.Run text = IndexCli.run("explain", in, "--a", "ostmark/jobs-week-10", "--b", "ostmark/jobs-week-11", "--format", "text");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("\nfigure codes: a 6, b 6, shared 1\n  only in a: 31400, 1200, 2.7, 14\n  only in b: 29850, 1550, 2.6, 15\n"),
                text.out());
        assertTrue(text.out().contains("verdict: not a duplicate: Jaccard "), text.out());
        assertTrue(text.out().contains("(--ignore-figures counts it)"), text.out());
        IndexCli.Run json = IndexCli.run("explain", in, "--a", "ostmark/jobs-week-10", "--b", "ostmark/jobs-week-11", "--format", "jsonl");
        assertTrue(json.out().contains("\"figures_differ\":true") && json.out().contains("\"duplicate\":false"), json.out());
        // 31400, 1200 and 14 one figure code each, 2.7 three (2 alone, 2 and 7, 7 alone): of them only "2" is week 11's too
        assertTrue(json.out().contains("\"figures_a\":6,\"figures_b\":6,\"shared_figures\":1"), json.out());
        assertTrue(json.out().contains("\"figures_only_a\":[{\"start\":"), json.out());
        assertTrue(json.out().contains("\"reason\":\"figure\",\"text\":\"2.7\"}"), json.out());
        IndexCli.Run ignored = IndexCli.run("explain", in, "--a", "ostmark/jobs-week-10", "--b", "ostmark/jobs-week-11", "--format", "jsonl", "--ignore-figures");
        assertTrue(ignored.out().contains("\"figures_differ\":false") && ignored.out().contains("\"duplicate\":true"), ignored.out());
    }

    /**
     * The verdict blames the figures only for a pair whose words pass a threshold, and names the one that passes: a
     * report and an article on another matter, their figures as different, are apart by their words.
     */
    @Test
    void explainBlamesTheFiguresOnlyForAPairThatPassesAThreshold() {
        Path in = Jsonl.write(dir.resolve("apart.jsonl"), List.of(
                new Article("ostmark/jobs-week-10", "Jobless claims in Ostmark", report(31_400, 1_200, "2.7", 14),
                        Instant.parse("2025-03-06T14:00:00Z"), "Ostmark Wire", null),
                new Article("varn/bus-routes", "Varn council approves new bus routes",
                        "The city council of Varn approved 38 new bus routes on Tuesday and set aside 5,250 parking places"
                                + " for commuters at the edge of town, to be built by 2029 with money from the regional transport fund.",
                        Instant.parse("2025-03-07T10:00:00Z"), "Varn Courier", null)));
        IndexCli.Run text = IndexCli.run("explain", in.toString(), "--a", "ostmark/jobs-week-10", "--b", "varn/bus-routes", "--format", "text");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("verdict: not a duplicate: Jaccard 0.0000 < 0.50 and containment 0.0000 < 0.80"), text.out());
        IndexCli.Run weeks = IndexCli.run("explain", reports().toString(), "--a", "ostmark/jobs-week-10", "--b", "ostmark/jobs-week-11",
                "--format", "text");
        String verdict = weeks.out().lines().filter(l -> l.startsWith("verdict: ")).findFirst().orElseThrow();
        assertTrue(verdict.matches("verdict: not a duplicate: Jaccard 0\\.\\d{4} >= threshold 0\\.50, but only 1 of the 6 figure codes .*"), verdict);
    }

    /**
     * An index keeps the figures setting it was made with: dedup --index and index query answer as dedup does with that
     * setting, and asking the other is refused naming both.
     */
    @Test
    void anIndexAnswersWithTheFiguresSettingItWasMadeWith() {
        String in = reports().toString();
        String compared = dir.resolve("compared").toString(), ignored = dir.resolve("ignored").toString();
        assertEquals(0, IndexCli.run("index", "add", "--index", compared, in, "-q").exit());
        assertEquals(0, IndexCli.run("index", "add", "--index", ignored, in, "-q", "--ignore-figures").exit());
        assertEquals(IndexCli.run("dedup", in, "--format", "jsonl", "-q").out(),
                IndexCli.run("dedup", "--index", compared, "--format", "jsonl", "-q").out());
        IndexCli.Run fromIgnored = IndexCli.run("dedup", "--index", ignored, "--format", "jsonl", "-q");
        assertEquals(IndexCli.run("dedup", in, "--format", "jsonl", "-q", "--ignore-figures").out(), fromIgnored.out());
        assertEquals(1, fromIgnored.out().lines().count(), fromIgnored.out());
        IndexCli.Run query = IndexCli.run("index", "query", "--index", compared, in, "--format", "jsonl", "-q");
        assertFalse(query.out().contains("\"b\":\"ostmark/jobs-week-1"), query.out());
        query = IndexCli.run("index", "query", "--index", ignored, in, "--format", "jsonl", "-q");
        assertTrue(query.out().contains("\"b\":\"ostmark/jobs-week-11\""), query.out());
        IndexCli.Run refused = IndexCli.run("dedup", "--index", compared, "--ignore-figures", "-q");
        assertEquals(ExitCode.USAGE, refused.exit(), refused.err());
        assertTrue(refused.err().contains("figures compare (index) vs ignore (asked)"), refused.err());
    }

    @Test
    void clusterKeepsTheWeeksInOneDuplicateGroupOnlyWhenFiguresAreIgnored() {
        String in = reports().toString();
        IndexCli.Run compared = IndexCli.run("cluster", in, "--format", "jsonl", "-q");
        IndexCli.Run ignored = IndexCli.run("cluster", in, "--format", "jsonl", "-q", "--ignore-figures");
        assertEquals(0, compared.exit(), compared.err());
        assertEquals(0, ignored.exit(), ignored.err());
        String group = "[\"ostmark/jobs-week-10\",\"ostmark/jobs-week-11\"]";
        assertFalse(compared.out().contains(group), compared.out());
        assertTrue(ignored.out().contains("\"duplicates\":[" + group + "]"), ignored.out());
    }
}
