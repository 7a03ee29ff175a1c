package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.json.Json;
import io.copydesk.internal.json.JsonWriter;
import io.copydesk.testing.Prose;
import io.copydesk.testing.Trials;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON documents (lists of records, records over several lines, lists inside objects), CSV and TSV, read as their JSONL twin. */
class RecordFormatsTest {
    @TempDir Path dir;

    private static final String[] ODD = {"\"quoted\"", "a, b; c", "tab\there", "back\\slash", "{braces}", "[list]", "caf\u00e9",
        "\u6771\u4eac", "line\nbreak", "crlf\r\nbreak", "'single'", "\"", ",", ";"};

    /** A record's fields, with text that holds what the formats quote or escape. */
    private static List<Map<String, String>> records(long seed) {
        Random rnd = new Random(seed);
        Prose prose = new Prose(seed);
        List<Map<String, String>> out = new ArrayList<>();
        int n = 1 + rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("id", rnd.nextBoolean() ? "story-" + i : "https://example.com/a,b/" + i + "?q=\"x\"");
            if (rnd.nextBoolean()) r.put("title", prose.sentence() + (rnd.nextBoolean() ? " " + ODD[rnd.nextInt(ODD.length)] : ""));
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 1 + rnd.nextInt(4); p++) {
                if (!text.isEmpty()) text.append(rnd.nextBoolean() ? "\n" : "\n\n");
                text.append(rnd.nextInt(4) == 0 ? "{" : "").append(prose.paragraph());
                if (rnd.nextBoolean()) text.append(' ').append(ODD[rnd.nextInt(ODD.length)]);
            }
            r.put("text", text.toString());
            if (rnd.nextBoolean()) r.put("date", "2024-03-" + (10 + i) + "T08:00:00Z");
            if (rnd.nextBoolean()) r.put("source", "Outlet " + i % 3);
            if (rnd.nextBoolean()) r.put("kind", "a \"kind\", of record");
            out.add(r);
        }
        return out;
    }

    private static String object(Map<String, String> r) {
        JsonWriter w = new JsonWriter().beginObject();
        r.forEach(w::field);
        return w.endObject().toString();
    }

    private static String pretty(Map<String, String> r, String indent) {
        StringBuilder sb = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, String> e : r.entrySet()) {
            String field = object(Map.of(e.getKey(), e.getValue()));
            sb.append(indent).append("  ").append(field, 1, field.length() - 1).append(++i < r.size() ? ",\n" : "\n");
        }
        return sb.append(indent).append('}').toString();
    }

    private static String csv(List<Map<String, String>> records, char delimiter, String lineEnd, boolean quoteAll) {
        List<String> columns = List.of("id", "title", "text", "date", "source", "kind");
        StringBuilder sb = new StringBuilder();
        for (int row = -1; row < records.size(); row++) {
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) sb.append(delimiter);
                String v = row < 0 ? columns.get(c) : records.get(row).getOrDefault(columns.get(c), "");
                boolean quote = quoteAll || v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
                sb.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append(lineEnd);
        }
        return sb.toString();
    }

    private record Read(List<ArticleRecord> records, String problems, boolean incomplete) {
        List<Article> articles() {
            return records.stream().map(ArticleRecord::article).toList();
        }
    }

    private static Read read(Path file, RecordFields fields) {
        StringWriter err = new StringWriter();
        List<ArticleRecord> out = new ArrayList<>();
        try (InputSet set = InputSet.of(List.of(file.toString()), System.in, InputSet.DEFAULT_MAX_ARTICLE_BYTES,
                InputSet.DEFAULT_MAX_INPUT_BYTES, fields); RecordStream stream = set.open(new ReadProblems(new PrintWriter(err, true), false))) {
            for (ArticleRecord r; (r = stream.next()) != null; ) out.add(r);
            return new Read(out, err.toString(), set.incomplete());
        }
    }

    private Path write(String name, String content, boolean gzip) throws IOException {
        Path p = dir.resolve(name + (gzip ? ".gz" : ""));
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(p)) : Files.newOutputStream(p)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    /**
     * Property: records written as JSONL, as a list (on one line or pretty-printed, with a byte order mark), as objects
     * over lines one after another (jq's output), in a list inside an object (read with --records), as CSV (comma,
     * semicolon, CRLF, every cell quoted or only those that must be) and as TSV, compressed or not, are read as the same
     * articles, each at the line it starts on, and each record's written-back form holds its fields.
     */
    @Test
    void everyFormatReadsAsItsJsonlTwin() {
        Trials.run("record formats", 40, r -> r.nextLong(), seed -> {
            Random rnd = new Random(seed ^ 0x5DEECE66DL);
            List<Map<String, String>> records = records(seed);
            boolean gz = rnd.nextInt(4) == 0;
            try {
                StringBuilder jsonl = new StringBuilder();
                for (Map<String, String> r : records) jsonl.append(object(r)).append('\n');
                Read want = read(write("twin-" + seed + ".jsonl", jsonl.toString(), false), RecordFields.DEFAULT);
                assertEquals(records.size(), want.records().size(), want.problems());
                assertEquals("", want.problems());

                List<String> objects = records.stream().map(RecordFormatsTest::object).toList(), pretty = new ArrayList<>();
                for (Map<String, String> r : records) pretty.add(pretty(r, "  "));
                String list = "[" + String.join(",", objects) + "]";
                String prettyList = "\uFEFF[\n  " + String.join(",\n  ", pretty) + "\n]\n";
                StringBuilder jq = new StringBuilder();
                for (Map<String, String> r : records) jq.append(pretty(r, "")).append('\n');
                String wrapped = "{\"status\":\"ok\",\"meta\":{\"articles\":[1,2]},\"data\":{\"articles\":[" + String.join(",", objects) + "],\"next\":null}}";

                Map<String, Path> json = new LinkedHashMap<>();
                json.put("one-line list", write("list-" + seed + ".json", list, gz));
                json.put("pretty list", write("pretty-" + seed + ".json", prettyList, gz));
                json.put("jq", write("jq-" + seed + ".json", jq.toString(), gz));
                for (Map.Entry<String, Path> e : json.entrySet()) {
                    Read got = read(e.getValue(), RecordFields.DEFAULT);
                    assertEquals("", got.problems(), e.getKey());
                    assertEquals(want.articles(), got.articles(), e.getKey());
                    for (int i = 0; i < records.size(); i++) {
                        String raw = got.records().get(i).raw();
                        assertEquals(Json.parseObject(objects.get(i)), Json.parseObject(raw), e.getKey());
                        assertFalse(raw.contains("\n") || raw.contains("\r"), "written back on one line: " + raw);
                    }
                }
                Read jqRead = read(json.get("jq"), RecordFields.DEFAULT);
                long line = 1;
                for (int i = 0; i < records.size(); i++) {
                    assertEquals(line, jqRead.records().get(i).line(), "the line record " + i + " starts on");
                    line += records.get(i).size() + 2; // its braces' lines and a line a field
                }
                boolean little = rnd.nextBoolean(); // UTF-16 with its byte order mark, as PowerShell and Excel save text
                Path utf16 = dir.resolve("utf16-" + seed + ".jsonl");
                Files.write(utf16, ("\uFEFF" + jsonl).getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
                assertEquals(want.articles(), read(utf16, RecordFields.DEFAULT).articles(), "UTF-16" + (little ? "LE" : "BE"));
                Read inside = read(write("wrapped-" + seed + ".json", wrapped, gz), RecordFields.DEFAULT.withRecords("data.articles"));
                assertEquals("", inside.problems());
                assertEquals(want.articles(), inside.articles(), "--records data.articles");

                char delimiter = rnd.nextBoolean() ? ',' : ';';
                String csv = (rnd.nextBoolean() ? "\uFEFF" : "") + csv(records, delimiter, rnd.nextBoolean() ? "\r\n" : "\n", rnd.nextBoolean());
                Path tsv16 = dir.resolve("rows16-" + seed + ".tsv");
                Files.write(tsv16, ("\uFEFF" + csv(records, '\t', "\r\n", false)).getBytes(StandardCharsets.UTF_16LE));
                for (Path p : List.of(write("rows-" + seed + ".csv", csv, gz), write("rows-" + seed + ".tsv", csv(records, '\t', "\n", false), gz), tsv16)) {
                    Read got = read(p, RecordFields.DEFAULT);
                    assertEquals("", got.problems(), p.toString());
                    assertEquals(want.articles(), got.articles(), p + " (" + delimiter + ")");
                    for (int i = 0; i < records.size(); i++) assertEquals(Json.parseObject(objects.get(i)), Json.parseObject(got.records().get(i).raw()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final String A = "{\"id\":\"a\",\"text\":\"The bank held its rates.\"}", B = "{\"id\":\"b\",\"text\":\"The court ruled on Monday.\"}";

    private static List<String> ids(Read r) {
        return r.articles().stream().map(Article::id).toList();
    }

    @Test
    void aBadRecordInAListCostsNoOther() throws IOException {
        Path p = write("bad.json", "[\n" + A + ",\n{\"id\":\"x\",\"text\": nope},\n42,\n{\"id\":\"big\",\"text\":\"" + "w ".repeat(200) + "\"},\n" + B + "\n]\n", false);
        StringWriter err = new StringWriter();
        List<String> ids = new ArrayList<>();
        try (InputSet set = InputSet.of(List.of(p.toString()), System.in, 300, InputSet.DEFAULT_MAX_INPUT_BYTES, RecordFields.DEFAULT);
             RecordStream stream = set.open(new ReadProblems(new PrintWriter(err, true), false))) {
            for (ArticleRecord r; (r = stream.next()) != null; ) ids.add(r.article().id());
            assertFalse(set.incomplete());
        }
        assertEquals(List.of("a", "b"), ids);
        List<String> lines = err.toString().lines().toList();
        assertEquals(3, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith(p + ":3: "), lines.get(0));
        assertTrue(lines.get(1).startsWith(p + ":4: expected a JSON object"), lines.get(1));
        assertTrue(lines.get(2).startsWith(p + ":5: record of 422 bytes exceeds --max-article-bytes 300"), lines.get(2));
    }

    /**
     * A JSONL file whose first line is damaged so that it starts like a document (a '[', a '{' alone) is still JSONL
     * when most lines after it are whole records: the damaged lines are reported and skipped on their own, every other
     * record read (before, the file was taken for a document that ended at its first record). A first line followed by
     * a document's lines (a list a record a line, whose lines but the last end with a comma) still starts a document.
     */
    @Test
    void aDamagedFirstLineCostsAJsonlFileOnlyItself() throws IOException {
        String[] damaged = {"[\u0001\u0002 junk", "[{\"junk", "[{\"id\":\"x\",\"text\":\"cut", "[1, 2", "{", "{  ", "  [ ]x", "[", " [ "};
        for (String first : damaged) {
            // one record or two after it, the last with and without its line end, blank lines after
            for (String content : List.of(first + "\n" + A, first + "\n" + A + "\n\n", first + "\n" + A + "\n" + B, first + "\n\n" + A + "\n" + B + "\n")) {
                Read r = read(write("damaged.jsonl", content, false), RecordFields.DEFAULT);
                assertEquals(content.contains(B) ? List.of("a", "b") : List.of("a"), ids(r), content);
                assertFalse(r.incomplete(), content);
                List<String> lines = r.problems().lines().toList();
                assertEquals(1, lines.size(), r.problems());
                assertTrue(lines.get(0).startsWith(dir.resolve("damaged.jsonl") + ":1: ") && lines.get(0).endsWith("(skipped)"), lines.get(0));
            }
        }
        // two damaged lines first (most lines after the first are still whole records), and a first record too long to
        // end within what the format is told from
        String longA = A.replace("The bank held its rates.", "The bank held its rates. ".repeat(300));
        for (String content : List.of("{\n\u00c2Z\n" + A + "\n" + B + "\n", "[\u0001\n{\"cut\n" + A + "\n" + B + "\n", "{\n" + longA + "\n" + B + "\n")) {
            Read r = read(write("damaged.jsonl", content, false), RecordFields.DEFAULT);
            assertEquals(List.of("a", "b"), ids(r), content);
            assertFalse(r.incomplete(), content);
            assertTrue(r.problems().lines().allMatch(l -> l.endsWith("(skipped)")), r.problems());
        }
        for (byte[] bom : new byte[][] {{(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}}) { // damaged into UTF-16's byte order mark
            Path p = dir.resolve("bom.jsonl");
            try (OutputStream out = Files.newOutputStream(p)) {
                out.write(bom);
                out.write(new byte[] {2, (byte) 0xEB, 'j', 'm', '\n'});
                out.write((A + "\n" + B + "\n").getBytes(StandardCharsets.UTF_8));
            }
            Read r = read(p, RecordFields.DEFAULT);
            assertEquals(List.of("a", "b"), ids(r), r.problems());
            assertEquals(1, r.problems().lines().count(), r.problems());
        }
        String c = A.replace("\"a\"", "\"c\"");
        for (String document : List.of("[\n" + A + "\n]\n", "[\n" + A + ",\n" + B + "\n]\n", "[" + A + ",\n" + B + "]\n", "[" + A + ",\n" + B + "]",
                "[" + A + ",\n" + B + ",\n" + c + "\n]\n",
                "[" + A + ", " + B + "]\n[" + A.replace("\"a\"", "\"c\"") + "]\n", "{\n  \"id\": \"a\",\n  \"text\": \"The bank held its rates.\"\n}\n")) {
            Read r = read(write("document.jsonl", document, false), RecordFields.DEFAULT);
            assertEquals("", r.problems(), document);
            assertFalse(ids(r).isEmpty(), document);
        }
    }

    /** A document that ends early keeps the records before the damage and marks the run incomplete (exit 4), as a truncated gzip stream does. */
    @Test
    void aDocumentThatEndsEarlyIsDamaged() throws IOException {
        for (String cut : List.of("[" + A + ",\n" + B + ",\n{\"id\":\"c\",\"text\":\"The sto", "[" + A + ",\n" + B + ",\n{\"id\":\"c\",",
                "[" + A + ",\n" + B + ",\n")) {
            Read r = read(write("cut.json", cut, false), RecordFields.DEFAULT);
            assertEquals(List.of("a", "b"), ids(r), cut);
            assertTrue(r.incomplete(), cut);
            assertTrue(r.problems().contains("the complete records before it are used, the rest is lost (exit 4)"), r.problems());
        }
        Read whole = read(write("whole.json", "[" + A + ",\n" + B + "]", false), RecordFields.DEFAULT);
        assertEquals(List.of("a", "b"), ids(whole));
        assertFalse(whole.incomplete());
    }

    @Test
    void badRowsCostNoOther() throws IOException {
        Path p = dir.resolve("rows.csv");
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write("id,text,id\na,The bank held its rates.,z\nx,\"too, many\",cells,here\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'y', ',', (byte) 0xC3, '(', '\n'});
            out.write("b,The court ruled on Monday.\n\n".getBytes(StandardCharsets.UTF_8));
        }
        Read r = read(p, RecordFields.DEFAULT);
        assertEquals(List.of("a", "b"), ids(r));
        assertEquals(List.of(p + ":1: column 3 repeats the name \"id\"; the first such column is read",
                p + ":3: row has 4 cells, the header 3 (a quote not closed, or a comma in an unquoted cell?) (skipped)",
                p + ":4: invalid UTF-8 (skipped)"), r.problems().lines().toList());
        assertEquals(Map.of("id", "a", "text", "The bank held its rates."), Json.parseObject(r.records().get(0).raw()));

        Read open = read(write("open.csv", "id,text\na,The bank held its rates.\nb,\"The court\nc,ruled\n", false), RecordFields.DEFAULT);
        assertEquals(List.of("a"), ids(open));
        assertTrue(open.incomplete());
        assertTrue(open.problems().startsWith(dir.resolve("open.csv") + ":3: a quoted cell that starts on this row is never closed;"), open.problems());
    }

    @Test
    void recordsInListsInsideObjects() throws IOException {
        Path p = write("pages.json", "{\"page\":1,\"articles\":[" + A + "]}\n{\"page\":2,\"error\":\"rate limited\"}\n{\"page\":3,\"articles\":[" + B + "]}\n", false);
        Read r = read(p, RecordFields.DEFAULT.withRecords("articles"));
        assertEquals(List.of("a", "b"), ids(r));
        assertEquals(p + ":2: no list \"articles\" in this object (--records)\n", r.problems());
        Read plain = read(p, RecordFields.DEFAULT);
        assertEquals(List.of(), ids(plain));
        assertTrue(plain.problems().startsWith(p + ":1: record has no \"id\" (it has \"page\", \"articles\"; \"articles\" holds a list of 1 objects: "
                + "--records articles reads them as the records)"), plain.problems());
        Path es = write("es.json", "{\"took\":1,\"hits\":{\"total\":2,\"hits\":[{\"_id\":\"a\",\"_source\":" + A + "}]}}", false);
        assertTrue(read(es, RecordFields.DEFAULT).problems().contains("\"hits.hits\" holds a list of 1 objects: --records hits.hits reads them"));
        assertEquals(List.of(new Article("a", null, "The bank held its rates.", null, null, null)),
                read(es, RecordFields.DEFAULT.withRecords("hits.hits").with("text", "_source.text").with("id", "_id")).articles());
        assertThrows(IllegalArgumentException.class, () -> RecordFields.DEFAULT.withRecords("hits..hits"));
    }

    /** A collection without ids (AG News's CSV: label, title, description) is read with --field id=@line, each record named FILE:LINE. */
    @Test
    void recordsWithoutIdsAreNamedByTheirPlace() throws IOException {
        Path csv = write("agnews.csv", "label,title,description\n3,Rates held,The bank held its rates.\n4,Court rules,\"The court ruled\non Monday.\"\n"
                + "2,Third,Text three.\n", false);
        Read plain = read(csv, RecordFields.DEFAULT);
        assertEquals(List.of(), ids(plain));
        assertTrue(plain.problems().contains("--field id=NAME reads the id from another field, --field id=@line names each record by its file and line)"),
                plain.problems());
        Read placed = read(csv, RecordFields.DEFAULT.with("id", RecordFields.PLACE));
        assertEquals(List.of(csv + ":2", csv + ":3", csv + ":5"), ids(placed));
        assertEquals("The court ruled\non Monday.", placed.articles().get(1).text());
        Path list = write("nolist.json", "[\n{\"text\":\"One.\"},\n{\"id\":\"ignored\",\n \"text\":\"Two.\"}]", false);
        assertEquals(List.of(list + ":2", list + ":3"), ids(read(list, RecordFields.DEFAULT.with("id", RecordFields.PLACE))));
        assertThrows(IllegalArgumentException.class, () -> RecordFields.DEFAULT.with("title", RecordFields.PLACE));
    }

    /** Compressed and packed forms copydesk does not read are refused before any work, saying what to do. */
    @Test
    void otherCompressionsAreRefusedWithWhatToDo() throws IOException {
        Map<String, int[]> magic = new LinkedHashMap<>();
        magic.put("zstd -d", new int[] {0x28, 0xB5, 0x2F, 0xFD, 0, 0});
        magic.put("bunzip2 -k", new int[] {'B', 'Z', 'h', '9', '1', 'A'});
        magic.put("xz -dk", new int[] {0xFD, '7', 'z', 'X', 'Z', 0});
        magic.put("a zip archive", new int[] {'P', 'K', 3, 4, 20, 0});
        magic.put("a 7z archive", new int[] {'7', 'z', 0xBC, 0xAF, 0x27, 0x1C});
        magic.put("copydesk-spark dedup reads Parquet", new int[] {'P', 'A', 'R', '1', 0, 0});
        for (Map.Entry<String, int[]> m : magic.entrySet()) {
            byte[] bytes = new byte[64];
            for (int i = 0; i < m.getValue().length; i++) bytes[i] = (byte) m.getValue()[i];
            Path p = Files.write(dir.resolve("packed.jsonl"), bytes);
            BadInputException e = assertThrows(BadInputException.class, () -> InputSet.of(List.of(p.toString())), m.getKey());
            assertTrue(e.getMessage().startsWith(p + ": ") && e.getMessage().contains(m.getKey()), e.getMessage());
        }
        Path bz = write("BZh.csv", "BZh,text\na,b\n", false); // a header that only looks like bzip2
        assertEquals(List.of(), read(bz, RecordFields.DEFAULT).records());
    }
}
