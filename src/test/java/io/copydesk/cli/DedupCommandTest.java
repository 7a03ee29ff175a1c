package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.internal.json.Json;
import io.copydesk.testing.Jsonl;
import io.copydesk.testing.Prose;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupCommandTest {
    @TempDir Path dir;
    Path input;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void writeInput() {
        Prose prose = new Prose(8);
        String story = prose.body(5), other = prose.body(5);
        List<Article> a = new ArrayList<>();
        a.add(new Article("late-copy", "Copy", story, Instant.parse("2024-03-13T00:00:00Z"), "b", null));
        a.add(new Article("original", "Original", story, Instant.parse("2024-03-12T05:00:00Z"), "a", null));
        a.add(new Article("other", "Other", other, null, null, null));
        a.add(new Article("edited", "Edited", prose.edit(story, 0.03), Instant.parse("2024-03-12T06:00:00Z"), "c", null));
        input = Jsonl.write(dir.resolve("in.jsonl"), a);
    }

    /** A run of bad lines prints its first problems of each kind, then one line counting the rest, before the summary. */
    @Test
    void manyProblemsOfOneKindEndInACount() throws IOException {
        StringBuilder bad = new StringBuilder(Files.readString(input));
        for (int i = 0; i < 50; i++) bad.append("{\"id\": \"x").append(i).append("\"}\n");
        Path file = Files.writeString(dir.resolve("bad.jsonl"), bad);
        Run r = run("dedup", file.toString(), "--format", "jsonl", "--quiet");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(22, lines.size(), r.err());
        assertEquals(file + ":5: record x0 has no \"text\" (skipped)", lines.getFirst());
        assertEquals("copydesk: " + file + ": 30 more: record ... has no \"...\" (skipped)", lines.get(20));
        assertEquals("copydesk: skipped 50 of 54 records", lines.get(21));
    }

    @Test
    void printsGroupsAsJsonlWithTheCanonicalFirst() {
        Run r = run("dedup", input.toString(), "--format", "jsonl", "--quiet");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size());
        Map<String, Object> group = Json.parseObject(lines.getFirst());
        assertEquals(1L, group.get("group"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) group.get("members");
        assertEquals(List.of("original", "late-copy", "edited"), members.stream().map(m -> m.get("id")).toList());
        assertEquals(1.0, members.get(1).get("jaccard"));
        assertTrue((Double) members.get(2).get("jaccard") < 1.0);
        assertEquals("", r.err());
    }

    @Test
    void pairsAndTsvAndSummary() {
        Run pairs = run("dedup", input.toString(), "--pairs", "--format", "tsv", "--threads", "1");
        assertEquals(0, pairs.exit());
        List<String> lines = pairs.out().lines().toList();
        assertEquals("a\tb\tjaccard\tcontainment", lines.getFirst());
        assertEquals(4, lines.size(), pairs.out()); // header + 3 pairs among the three copies
        assertTrue(lines.contains("late-copy\toriginal\t1.0000\t1.0000"), pairs.out());
        assertTrue(pairs.err().contains("4 articles, 1 duplicate group holding 3 articles, 2 unique"), pairs.err());
    }

    @Test
    void pairsOfExactCopiesAreCountedApartFromThoseOfCandidates() throws IOException {
        Path copies = Files.writeString(dir.resolve("copies.jsonl"), String.join("", Files.readAllLines(input).subList(0, 3).stream()
                .map(l -> l + "\n").toList()));
        assertEquals("copydesk: 1 duplicate pair: 1 of exact copies, 0 from 0 candidates (42 bands x 3 rows), in",
                summaryOfPairs(run("dedup", copies.toString(), "--format", "jsonl")));
        assertEquals("copydesk: 3 duplicate pairs: 1 of exact copies, 2 from 1 candidate (42 bands x 3 rows), in",
                summaryOfPairs(run("dedup", input.toString(), "--format", "jsonl")));
    }

    /** The summary's line of pairs, unwrapped, up to its time. */
    private static String summaryOfPairs(Run r) {
        assertEquals(0, r.exit(), r.err());
        String last = String.join(" ", r.err().lines().dropWhile(l -> !l.contains("duplicate pair")).map(String::strip).toList());
        return last.substring(0, last.lastIndexOf(" in ") + 3);
    }

    @Test
    void writeUniqueKeepsCanonicalsAndSingletons() throws IOException {
        Path unique = dir.resolve("out/unique.jsonl");
        Path groups = dir.resolve("out/groups.jsonl");
        Files.createDirectories(groups.getParent()); // outputs go into existing folders only
        Run r = run("dedup", input.toString(), "-q", "--out", groups.toString(), "--write-unique", unique.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(1, Files.readAllLines(groups).size());
        List<String> ids = Files.readAllLines(unique).stream().map(l -> (String) Json.parseObject(l).get("id")).toList();
        assertEquals(List.of("original", "other"), ids);
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void outputIsIdenticalForAnyThreadCount() {
        Run one = run("dedup", input.toString(), "--format", "jsonl", "-q", "--threads", "1");
        Run four = run("dedup", input.toString(), "--format", "jsonl", "-q", "--threads", "4");
        assertEquals(one.out(), four.out());
    }

    @Test
    void badOptionValuesAreUsageErrorsNamingTheOptionAndRange() {
        Run r = run("dedup", input.toString(), "--threshold", "1.7");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().startsWith("copydesk: --threshold must be in (0, 1], was 1.7"), r.err());
        assertTrue(r.err().contains("Try 'copydesk dedup --help'"), r.err());
        assertFalse(r.err().contains("Usage:"), "a usage error is two lines, not the whole help: " + r.err());
        Run bands = run("dedup", input.toString(), "--bands", "40", "--rows", "5");
        assertEquals(ExitCode.USAGE, bands.exit());
        assertTrue(bands.err().contains("--bands x --rows must be in [1, --hashes (128)], was 40 x 5"), bands.err());
    }

    @Test
    void missingInputIsAnIoErrorWithoutAStackTrace() {
        Run r = run("dedup", dir.resolve("missing.jsonl").toString());
        assertEquals(ExitCode.IO, r.exit());
        assertEquals("copydesk: " + dir.resolve("missing.jsonl") + ": no such file or directory", r.err().strip());
    }

    @Test
    void strictStopsOnABadRecordWithTheDataExitCode() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), Files.readString(input) + "{\"id\": \"x\"}\n");
        Run lenient = run("dedup", bad.toString(), "--format", "jsonl");
        assertEquals(0, lenient.exit());
        assertTrue(lenient.err().contains("bad.jsonl:5: record x has no \"text\" (skipped)"), lenient.err());
        assertTrue(lenient.err().contains("skipped 1 of 5 records"), lenient.err());
        Run strict = run("dedup", bad.toString(), "--strict");
        assertEquals(ExitCode.DATA, strict.exit());
        assertTrue(strict.err().contains("bad.jsonl:5: record x has no \"text\""), strict.err());
    }

    @Test
    void explainShowsScoresPassagesAndVerdict() {
        Run r = run("explain", input.toString(), "--a", "original", "--b", "edited", "--format", "jsonl", "-q");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> e = Json.parseObject(r.out().strip());
        double j = (Double) e.get("jaccard");
        assertTrue(j > 0.5 && j < 1.0, "edited copy: " + j);
        assertEquals(Boolean.TRUE, e.get("duplicate"));
        assertFalse(((List<?>) e.get("shared_a")).isEmpty());
        @SuppressWarnings("unchecked")
        Map<String, Object> related = (Map<String, Object>) e.get("related");
        assertTrue((Double) related.get("cosine") > 0.5, "an edited copy shares most terms: " + related);
        assertFalse(((List<?>) related.get("shared_terms")).isEmpty());
        Run unknown = run("explain", input.toString(), "--a", "original", "--b", "nope");
        assertEquals(ExitCode.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("no article with id nope"), unknown.err());
    }

    /** Stdin can be read once: naming it twice is a usage error, found before anything is read. */
    @Test
    void stdinTwiceIsAUsageError() {
        java.io.InputStream stdin = System.in;
        Run r;
        try { // an empty stdin, so that a run which reads it ends
            System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
            r = run("dedup", "-", "-");
        } finally {
            System.setIn(stdin);
        }
        assertEquals(ExitCode.USAGE, r.exit(), r.err());
        assertTrue(r.err().startsWith("copydesk: '-' (stdin) can be given only once\n"), r.err());
    }

    /** A run with {@code stdin} as the process's stdin. */
    private static Run withStdin(String stdin, String... args) {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    /** A CSV piped in is one line saying how stdin is read, not a warning for each of its lines. */
    @Test
    void aTablePipedToStdinIsOneLineSayingStdinIsJson() {
        StringBuilder csv = new StringBuilder("id,title,text\n");
        for (int i = 0; i < 30; i++) csv.append("a").append(i).append(",Title ").append(i).append(",Some words of article ").append(i).append('\n');
        for (String table : List.of(csv.toString(), csv.toString().replace(',', '\t'))) {
            Run r = withStdin(table, "dedup", "-", "--format", "jsonl");
            assertEquals(ExitCode.DATA, r.exit(), r.err());
            assertEquals("copydesk: -: stdin is read as JSON or JSONL, and its first record is not JSON "
                    + "(a CSV or TSV must be given as a .csv or .tsv file)\n", r.err());
            assertEquals("", r.out());
        }
    }

    /** A bad record after a good first one is skipped with its own line, as in a file. */
    @Test
    void aBadLineOnStdinAfterAGoodOneIsSkipped() {
        Run r = withStdin("{\"id\":\"a\",\"title\":\"A\",\"text\":\"Some words of an article.\"}\nid,title,text\n", "dedup", "-", "--format", "jsonl");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.err().startsWith("-:2: unexpected 'i' at column 1 (skipped)\ncopydesk: skipped 1 of 2 records\n"), r.err());
    }

    /**
     * A file named as a page that holds no text (random bytes, a program's; control characters with no NUL) is skipped
     * with one line each, counted with the skipped records, once in a run that reads the input twice; a page in
     * Windows-1252 is still read.
     */
    @Test
    void binaryFilesInAFolderOfPagesAreSkipped() throws IOException {
        Prose prose = new Prose(21);
        Path pages = Files.createDirectories(dir.resolve("pages"));
        String story = prose.body(4);
        Files.writeString(pages.resolve("a.txt"), "Harbour strike ends\n\n" + story + "\n");
        Files.writeString(pages.resolve("b.txt"), "Harbour strike ends today\n\n" + story + "\n");
        Files.write(pages.resolve("latin.txt"), ("Caf\u00e9 opens\n\n" + prose.body(2) + " caf\u00e9\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        java.util.Random rnd = new java.util.Random(4);
        byte[] random = new byte[4096];
        rnd.nextBytes(random);
        Files.write(pages.resolve("photo.txt"), random);
        byte[] controls = new byte[600];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 3 == 0 ? 1 + rnd.nextInt(8) : 'a' + rnd.nextInt(26));
        Files.write(pages.resolve("controls.html"), controls);
        Run r = run("cluster", pages.toString(), "--format", "jsonl", "--annotate", dir.resolve("annotated.jsonl").toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        List<String> problems = r.err().lines().filter(l -> !l.startsWith("copydesk:") && !l.startsWith(" ")).toList();
        assertEquals(List.of(pages.resolve("controls.html") + ": binary file (skipped)", pages.resolve("latin.txt") + ": not valid UTF-8: read as Windows-1252",
                pages.resolve("photo.txt") + ": binary file (skipped)"), problems);
        assertTrue(r.err().contains("copydesk: skipped 2 of 5 records\n"), r.err());
        assertFalse(r.out().contains("photo") || r.out().contains("controls"), r.out());
        assertTrue(r.out().contains("latin"), r.out());
    }

    /** Two pages named on their own are explained without --a and --b, as with them; another count of articles needs them. */
    /**
     * Copies chain: B shares three of A's four paragraphs and C three of B's, so A and C share two of six (Jaccard 0.33,
     * half of either inside the other) and are no duplicates, yet one group holds the three; explain says both.
     */
    @Test
    void explainOfTwoCopiesChainedInOneGroupSaysSo() throws IOException {
        Prose prose = new Prose(12);
        String[] p = new String[6];
        for (int i = 0; i < p.length; i++) p[i] = prose.sentence(40);
        Path chain = Jsonl.write(dir.resolve("chain.jsonl"), List.of(
                Article.of("a", String.join("\n", p[0], p[1], p[2], p[3])), Article.of("b", String.join("\n", p[1], p[2], p[3], p[4])),
                Article.of("c", String.join("\n", p[2], p[3], p[4], p[5]))));
        Run groups = run("dedup", chain.toString(), "--format", "jsonl", "-q");
        assertEquals(1, groups.out().lines().count(), groups.out());
        Run ac = run("explain", chain.toString(), "--a", "a", "--b", "c", "--format", "text", "-q");
        assertEquals(0, ac.exit(), ac.err());
        assertTrue(ac.out().contains("verdict: not a duplicate"), ac.out());
        assertTrue(ac.out().contains("level: in one duplicate group through other members"), ac.out());
        Run ab = run("explain", chain.toString(), "--a", "a", "--b", "b", "--format", "text", "-q");
        assertTrue(ab.out().contains("level: duplicates (same duplicate group"), ab.out());
    }

    @Test
    void explainOfTwoPagesNeedsNoIds() throws IOException {
        Prose prose = new Prose(11);
        String story = prose.body(5);
        Path a = Files.writeString(dir.resolve("a.txt"), "Harbour council approves ferry plan\n\n" + story + "\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Council backs ferry plan\n\n" + prose.edit(story, 0.05) + "\n");
        String idA = dir.resolve("a").toString(), idB = dir.resolve("b").toString();
        Run bare = run("explain", a.toString(), b.toString(), "--format", "jsonl", "-q");
        assertEquals(0, bare.exit(), bare.err());
        Map<String, Object> e = Json.parseObject(bare.out().strip());
        assertEquals(idA, e.get("a"));
        assertEquals(idB, e.get("b"));
        assertEquals(Boolean.TRUE, e.get("duplicate"));
        Run named = run("explain", a.toString(), b.toString(), "--a", idA, "--b", idB, "--format", "jsonl", "-q");
        assertEquals(bare.out(), named.out());
        Run swapped = run("explain", b.toString(), a.toString(), "--format", "jsonl", "-q");
        assertEquals(idB, Json.parseObject(swapped.out().strip()).get("a"), "the first given is a");

        Run many = run("explain", input.toString(), "-q");
        assertEquals(ExitCode.USAGE, many.exit());
        assertEquals("copydesk: the input holds 4 articles: give the pair with --a ID --b ID (they may be left out only when it holds two)",
                many.err().strip());
        Run half = run("explain", a.toString(), b.toString(), "--a", idA);
        assertEquals(ExitCode.USAGE, half.exit());
        assertTrue(half.err().startsWith("copydesk: --b is missing"), half.err());
        Run one = run("explain", a.toString(), "-q");
        assertEquals("copydesk: the input holds 1 article: give the pair with --a ID --b ID (they may be left out only when it holds two)",
                one.err().strip(), "one, in the singular");
    }

    /** Counts of one read in the singular: explain's "(1 line)", dedup's "among 1 article". */
    @Test
    void countsOfOneReadInTheSingular() throws IOException {
        String story = new Prose(12).body(5);
        Path a = Files.writeString(dir.resolve("a.txt"), "Harbour council approves ferry plan\n\n" + story + "\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Harbour council approves ferry plan\n\n" + story + "\nShare this article\n");
        Run r = run("explain", a.toString(), b.toString(), "--format", "text", "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\npage furniture removed from a (0 lines):\n"), r.out());
        assertTrue(r.out().contains("\npage furniture removed from b (1 line):\n  page furniture: Share this article\n"), r.out());
        assertEquals("no duplicates found among 1 article\n", run("dedup", a.toString(), "--format", "text", "-q").out());
        assertEquals("no duplicates found among 1 article\n", run("dedup", a.toString(), "--pairs", "--format", "text", "-q").out());
    }

    /**
     * An article whose body is nothing but a line repeated across the collection is shingled from its title: explain
     * says where its shared passages point (its title) and prints its removed line from its body (it failed on a
     * removed span past the title's end, and would have printed title text for one within it).
     */
    @Test
    void explainOfAnArticleWhoseBodyIsAllFurniture() {
        String furniture = "Sign up for our newsletter and never miss a story from us";
        String quake = "Rescue teams searched the collapsed school in Corvaro through the night after the earthquake";
        List<Article> a = new ArrayList<>();
        a.add(new Article("story", "Quake", quake + ", officials said.\n" + furniture, null, null, null));
        for (int i = 0; i < 4; i++) a.add(new Article("other-" + i, "Other", "A report number " + i + " on the ferries.\n" + furniture, null, null, null));
        a.add(new Article("furniture-only", quake, furniture, null, null, null));
        Path file = Jsonl.write(dir.resolve("furniture.jsonl"), a);
        Run r = run("explain", file.toString(), "--a", "story", "--b", "furniture-only", "--format", "jsonl", "-q");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> e = Json.parseObject(r.out().strip());
        assertEquals("text", e.get("shared_a_in"));
        assertEquals("title", e.get("shared_b_in"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> removed = (List<Map<String, Object>>) e.get("boilerplate_b");
        assertEquals(List.of(furniture), removed.stream().map(m -> m.get("text")).toList());
        Run text = run("explain", file.toString(), "--a", "story", "--b", "furniture-only", "--format", "text", "-q");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("shared passages in b's title"), text.out());
    }

    /** A collection that names its id "uuid", its text "content" and its title "headline" is read with --field as its twin is without. */
    @Test
    void readsArticlesFromFieldsNamedOtherwise() throws IOException {
        List<String> renamed = Files.readAllLines(input).stream()
                .map(l -> l.replace("\"id\":", "\"uuid\":").replace("\"text\":", "\"content\":").replace("\"title\":", "\"headline\":")).toList();
        Path file = Files.write(dir.resolve("renamed.jsonl"), renamed);
        Run want = run("dedup", input.toString(), "--format", "jsonl", "--with-meta", "--quiet");
        Run got = run("dedup", file.toString(), "--format", "jsonl", "--with-meta", "--quiet", "--field", "text=content", "--field", "id=uuid",
                "--field", "title=headline");
        assertEquals(0, got.exit(), got.err());
        assertEquals(want.out(), got.out());
        assertTrue(want.out().contains("\"title\":\"Copy\""), want.out());
        Run unnamed = run("dedup", file.toString(), "--format", "jsonl", "--with-meta", "--quiet");
        assertEquals(0, unnamed.exit(), unnamed.err());
        assertEquals(want.out(), unnamed.out(), "uuid, content and headline are other names of the id, the text and the title");
        assertTrue(unnamed.err().contains(":1: no \"id\" field: the id is read from \"uuid\""), unnamed.err());
        Path odd = Files.write(dir.resolve("odd.jsonl"), renamed.stream().map(l -> l.replace("\"uuid\":", "\"ref\":")).toList());
        Run missing = run("dedup", odd.toString(), "--quiet");
        assertEquals(ExitCode.DATA, missing.exit());
        assertTrue(missing.err().contains(":1: record has no \"id\" (it has \"ref\""), missing.err());
        for (String bad : new String[] {"body=content", "text=", "text"}) {
            Run r = run("dedup", file.toString(), "--field", bad);
            assertEquals(ExitCode.USAGE, r.exit(), bad);
            assertTrue(r.err().contains("--field"), r.err());
        }
        Run related = run("related", file.toString(), "--query-file", file.toString(), "--format", "jsonl", "--quiet", "--field", "text=content",
                "--field", "id=uuid");
        assertEquals(0, related.exit(), related.err());
        assertEquals(List.of("late-copy", "original", "other", "edited"), related.out().lines().map(l -> Json.parseObject(l).get("id")).toList(),
                "--query-file is read with the same fields");
    }

    /** The same records as a pretty-printed JSON list, a CSV file and NewsAPI-style responses: the same groups, and unique records written back. */
    @Test
    void readsJsonListsCsvAndWrappedRecordsAsItsJsonl() throws IOException {
        List<String> lines = Files.readAllLines(input);
        Path list = Files.writeString(dir.resolve("in.json"), "[\n" + String.join(",\n", lines) + "\n]\n");
        StringBuilder csv = new StringBuilder("id,title,text,date,source\r\n");
        for (String line : lines) {
            Map<String, Object> r = Json.parseObject(line);
            for (String f : List.of("id", "title", "text", "date", "source")) {
                String v = String.valueOf(r.getOrDefault(f, ""));
                csv.append("\"").append(v.replace("\"", "\"\"")).append(f.equals("source") ? "\"\r\n" : "\",");
            }
        }
        Path table = Files.writeString(dir.resolve("in.csv"), csv);
        Path pages = Files.writeString(dir.resolve("pages.json"), "{\"status\":\"ok\",\"articles\":[" + String.join(",", lines.subList(0, 2)) + "]}\n"
                + "{\"status\":\"ok\",\"articles\":[" + String.join(",", lines.subList(2, lines.size())) + "]}\n");
        Path uniqueJsonl = dir.resolve("u1.jsonl"), uniqueList = dir.resolve("u2.jsonl"), uniqueCsv = dir.resolve("u3.jsonl");
        Run want = run("dedup", input.toString(), "--format", "jsonl", "--with-meta", "--quiet", "--write-unique", uniqueJsonl.toString());
        assertEquals(0, want.exit(), want.err());
        Run fromList = run("dedup", list.toString(), "--format", "jsonl", "--with-meta", "--quiet", "--write-unique", uniqueList.toString());
        Run fromCsv = run("dedup", table.toString(), "--format", "jsonl", "--with-meta", "--quiet", "--write-unique", uniqueCsv.toString());
        Run fromPages = run("dedup", pages.toString(), "--format", "jsonl", "--with-meta", "--quiet", "--records", "articles");
        for (Run r : List.of(fromList, fromCsv, fromPages)) {
            assertEquals(0, r.exit(), r.err());
            assertEquals(want.out(), r.out());
        }
        assertEquals(Files.readString(uniqueJsonl), Files.readString(uniqueList), "a list's records are written back as they are");
        List<String> fromTable = Files.readAllLines(uniqueCsv), plain = Files.readAllLines(uniqueJsonl);
        assertEquals(plain.size(), fromTable.size());
        for (int i = 0; i < plain.size(); i++) {
            Map<String, Object> row = Json.parseObject(fromTable.get(i));
            Json.parseObject(plain.get(i)).forEach((k, v) -> assertEquals(String.valueOf(v), row.get(k), k));
        }
        Run unwrapped = run("dedup", pages.toString(), "--quiet");
        assertEquals(ExitCode.DATA, unwrapped.exit());
        assertTrue(unwrapped.err().contains("\"articles\" holds a list of 2 objects: --records articles reads them as the records"), unwrapped.err());
    }
}
