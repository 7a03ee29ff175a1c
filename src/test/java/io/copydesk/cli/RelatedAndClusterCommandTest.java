package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RelatedAndClusterCommandTest {
    @TempDir static Path dir;
    static Path input;

    @BeforeAll
    static void write() throws Exception {
        String quake = "Strong earthquake of magnitude 6.8 hits Valdoria, rescuers search collapsed buildings in Montevar.";
        input = dir.resolve("in.jsonl");
        Files.write(input, List.of(
                line("q1", "Quake kills 27 in Valdoria", quake + " At least 27 people were killed, officials in Montevar said on Tuesday.", "2024-03-12"),
                line("q2", "Quake kills 27 in Valdoria", quake + " At least 27 people were killed, officials in Montevar said on Tuesday.", "2024-03-12"),
                line("q3", "Valdoria death toll rises", "Rescuers in Montevar pulled survivors from the rubble as the Valdoria earthquake death toll rose to 41 and aftershocks shook the town.", "2024-03-13"),
                line("r1", "Hollmark cuts rates", "The Hollmark Reserve Bank cut its benchmark interest rate to 4.25% as inflation eased toward target.", "2024-06-13"),
                line("r2", "Hollmark holds rates", "The Hollmark Reserve Bank held its benchmark interest rate at 4.00% as inflation edged up again.", "2024-11-14")));
    }

    static String line(String id, String title, String text, String date) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\",\"date\":\"" + date + "\"}";
    }

    static String[] run(Object command, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void relatedByIdPrintsDuplicatesThenRelated() {
        String[] r = run(new RelatedCommand(), input.toString(), "--id", "q1", "--top", "3", "--format", "jsonl", "-q", "--threads", "1");
        assertEquals("0", r[0], r[2]);
        List<String> lines = r[1].lines().toList();
        assertEquals(Map.of("id", "q2", "score", 1.0, "relation", "duplicate"), Json.parseObject(lines.get(0)));
        Map<String, Object> second = Json.parseObject(lines.get(1));
        assertEquals("q3", second.get("id"));
        // the same quake a day later: it shares a level with q1 (five articles are too few to measure chance, the length prior decides)
        assertTrue(java.util.Set.of("event", "storyline").contains(second.get("relation")), second.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("\"r2\"")), "months apart: dropped by the window");
    }

    /**
     * CSV holds TSV's columns and cells, quoted by RFC 4180 where a cell holds a comma or a quote (a title here):
     * each CSV row read back equals the TSV row.
     */
    @Test
    void relatedAsCsvHoldsWhatTsvHolds() throws Exception {
        Path quoted = java.nio.file.Files.writeString(dir.resolve("quoted.jsonl"), String.join("\n",
                line("a", "Quake, then \\\"aftershocks\\\"", "A strong earthquake struck Valdoria on Monday and aftershocks shook Montevar through the night.", "2024-03-12"),
                line("b", "Valdoria quake", "A strong earthquake struck Valdoria on Monday and aftershocks shook Montevar through the night.", "2024-03-12")));
        for (String[] query : new String[][] {{"--id", "b"}, {"--all"}}) {
            String[] csv = run(new RelatedCommand(), concat(new String[] {quoted.toString(), "--format", "csv", "-q"}, query));
            String[] tsv = run(new RelatedCommand(), concat(new String[] {quoted.toString(), "--format", "tsv", "-q"}, query));
            assertEquals("0", csv[0], csv[2]);
            List<String> csvRows = csv[1].lines().toList(), tsvRows = tsv[1].lines().toList();
            assertEquals("query,id,score,relation,date,title", csvRows.getFirst());
            assertEquals(tsvRows.size(), csvRows.size());
            assertTrue(csvRows.size() >= 2, csv[1]);
            for (int i = 0; i < csvRows.size(); i++) assertEquals(List.of(tsvRows.get(i).split("\t", -1)), csvCells(csvRows.get(i)));
            assertTrue(csv[1].contains("\"Quake, then \"\"aftershocks\"\"\""), csv[1]);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The cells of one RFC 4180 row (no line breaks inside). */
    private static List<String> csvCells(String row) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') { cell.append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { out.add(cell.toString()); cell.setLength(0); }
            else cell.append(c);
        }
        out.add(cell.toString());
        return out;
    }

    @Test
    void relatedAllPrintsOneLinePerArticle() {
        String[] r = run(new RelatedCommand(), input.toString(), "--all", "--format", "jsonl", "-q", "--window", "none");
        assertEquals("0", r[0], r[2]);
        List<String> lines = r[1].lines().toList();
        assertEquals(5, lines.size());
        assertTrue(lines.get(3).startsWith("{\"id\":\"r1\",\"related\":[{\"id\":\"r2\""), lines.get(3));
    }

    @Test
    void queryFileRanksANewTextArticle() throws Exception {
        Path q = dir.resolve("draft.txt");
        Files.writeString(q, "Valdoria quake survivors\ndate 2024-03-13\nSurvivors were pulled from the rubble in Montevar after the Valdoria earthquake.\n");
        String[] r = run(new RelatedCommand(), input.toString(), "--query-file", q.toString(), "--format", "jsonl", "-q");
        assertEquals("0", r[0], r[2]);
        assertEquals("q3", Json.parseObject(r[1].lines().findFirst().orElseThrow()).get("id"));
    }

    /**
     * A query page is read as an input page is: the scraped layout's header dates the .txt page (the window then keeps
     * the article of its day and drops the one months apart), the head's metadata dates the .html page.
     */
    @Test
    void queryPagesAreReadAsInputPagesAre() throws Exception {
        // nearer r1's text than r2's: undated, the query would be placed on r1's day
        String body = "The Hollmark Reserve Bank cut its benchmark interest rate again as inflation eased toward its target.";
        Path txt = Files.writeString(dir.resolve("held.txt"), " date 2024-11-14 .\n.\n\nHollmark bank rates Hollmark bank rates\n\n" + body + "\n");
        Path html = Files.writeString(dir.resolve("cut.html"), "<html><head><title>Hollmark bank cuts rates</title><meta property=\"article:published_time\" "
                + "content=\"2024-06-13T09:00:00Z\"></head><body><p>" + body + "</p></body></html>");
        for (Path q : List.of(txt, html)) {
            String[] r = run(new RelatedCommand(), input.toString(), "--query-file", q.toString(), "--format", "jsonl", "-q");
            assertEquals("0", r[0], r[2]);
            assertEquals("", r[2]);
            List<Object> hits = r[1].lines().map(l -> Json.parseObject(l).get("id")).toList();
            assertEquals(List.of(q == txt ? "r2" : "r1"), hits, q.toString());
        }
    }

    /** An id the input does not hold is a mistake of the command line, not of the data. */
    @Test
    void unknownIdIsAUsageError() {
        DedupCommandTest.Run r = DedupCommandTest.run("related", input.toString(), "--id", "nope", "-q");
        assertEquals(ExitCode.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("no article with id nope in "), r.err());
    }

    @Test
    void clusterPutsEveryArticleInOneClusterWithDuplicates() {
        String[] r = run(new ClusterCommand(), input.toString(), "--format", "jsonl", "-q", "--event-threshold", "0.15");
        assertEquals("0", r[0], r[2]);
        Set<Object> seen = new HashSet<>();
        boolean dupFound = false;
        for (String l : r[1].lines().toList()) {
            Map<String, Object> c = Json.parseObject(l);
            List<?> members = (List<?>) c.get("members");
            assertEquals(c.get("canonical"), members.getFirst());
            for (Object m : members) assertTrue(seen.add(m));
            if (members.contains("q1")) {
                assertTrue(members.containsAll(List.of("q2", "q3")));
                assertEquals(List.of(List.of("q1", "q2")), c.get("duplicates"));
                dupFound = true;
            }
            if (members.contains("r1")) assertFalse(members.contains("r2"), "two rate decisions months apart");
        }
        assertTrue(dupFound);
        assertEquals(5, seen.size());
    }

    @Test
    void clusterTextShowsHeadlinesAndDates() {
        String[] r = run(new ClusterCommand(), input.toString(), "--format", "text", "-q", "--event-threshold", "0.15");
        assertTrue(r[1].contains("event 1 (3 articles"), r[1]);
        assertTrue(r[1].lines().anyMatch(l -> l.matches("\\s+2024-03-13  -  Valdoria death toll rises  q3")), "day, outlet, title, id:\n" + r[1]);
    }

    @Test
    void clusterGivesItsThresholdsInOneLineAndHowUnderVerbose() {
        String[] plain = run(new ClusterCommand(), input.toString(), "--format", "jsonl");
        String[] verbose = run(new ClusterCommand(), input.toString(), "--format", "jsonl", "--verbose");
        assertEquals("0", verbose[0], verbose[2]);
        assertEquals(plain[1], verbose[1], "stdout is the same");
        List<String> lines = plain[2].lines().toList();
        assertEquals(4, lines.size(), plain[2]);
        String values = lines.get(3).substring(0, lines.get(3).indexOf(" ("));
        assertTrue(values.matches("copydesk: thresholds event 0\\.\\d{3}, storyline 0\\.\\d{3}"), plain[2]);
        assertEquals(values + " (calibrated; --verbose: why)", lines.get(3));
        String how = String.join(" ", verbose[2].lines().skip(3).map(String::strip).toList());
        assertTrue(how.startsWith(values + " (chance: ") && how.contains("events linked on vectors smoothed"), verbose[2]);
        String[] set = run(new ClusterCommand(), input.toString(), "--format", "jsonl", "--event-threshold", "0.15");
        assertTrue(set[2].endsWith("storyline 0.045 (event set; --verbose: why)\n"), set[2]);
    }

    @Test
    void badThresholdIsAUsageError() {
        String[] r = run(new ClusterCommand(), input.toString(), "--event-threshold", "2");
        assertEquals("2", r[0]);
    }
}
