package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page named on its own ({@code copydesk dedup page.txt other.html}) is read as the same page in a folder is, not as
 * records (each of its lines a bad JSON record); a {@code .txt} file that opens as records is read as records. (Pages
 * written for this test, in the layout of scraped news pages.)
 */
class NamedPagesTest {
    @TempDir Path dir;

    private static List<ArticleRecord> read(List<String> inputs, StringWriter err) {
        List<ArticleRecord> out = new ArrayList<>();
        try (InputSet set = InputSet.of(inputs); RecordStream s = set.open(new ReadProblems(new PrintWriter(err, true), false))) {
            for (ArticleRecord r; (r = s.next()) != null; ) out.add(r);
        }
        return out;
    }

    /** A fictional scraped page: a metadata header, lone punctuation, the headline twice on a line, a byline date. */
    private static String textPage(Random rnd, int n) {
        String head = "Harbour council " + (n % 2 == 0 ? "approves" : "delays") + " ferry plan number " + n;
        StringBuilder b = new StringBuilder(" date 2025-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10) + " .\n.\n\n" + head + " " + head
                + "\n\nBy Staff Writer\n\u2022 Mar 0" + (1 + rnd.nextInt(9)) + " 2025, 1" + rnd.nextInt(10) + ":20 ist\n\n");
        for (int i = 0; i < 3 + rnd.nextInt(4); i++) b.append("The council met on day ").append(rnd.nextInt(1000)).append(" and voted.\n\n");
        return b.append("Read more:\nOther story one\n").toString();
    }

    private static String htmlPage(Random rnd, int n) {
        return "<!doctype html><html><head><title>Ferry fares rise " + n + " | The Courier</title>"
                + "<meta property=\"article:published_time\" content=\"2025-04-0" + (1 + rnd.nextInt(9)) + "T08:00:00Z\"></head><body>"
                + "<article><h1>Ferry fares rise " + n + "</h1><p>Fares on the harbour ferry rise by " + rnd.nextInt(90)
                + " cents next month, the operator said.</p><p>Commuters said the rise was steep.</p></article></body></html>";
    }

    @Test
    void pagesNamedOnTheirOwnReadAsInAFolder() throws IOException {
        Random rnd = new Random(54);
        Path folder = Files.createDirectories(dir.resolve("pages"));
        List<String> named = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            String name = n % 3 == 2 ? "p" + n + ".HTM" : n % 3 == 1 ? "p" + n + ".html" : "p" + n + ".txt";
            String content = name.endsWith(".txt") ? textPage(rnd, n) : htmlPage(rnd, n);
            Files.writeString(folder.resolve(name), content);
            named.add(folder.resolve(name).toString());
        }
        named.sort(java.util.Comparator.comparing(Path::of)); // the folder's order
        StringWriter err = new StringWriter();
        List<ArticleRecord> inFolder = read(List.of(folder.toString()), err), onTheirOwn = read(named, err);
        assertEquals("", err.toString(), "no page is reported as bad records");
        assertEquals(12, inFolder.size());
        assertEquals(inFolder.size(), onTheirOwn.size());
        for (int i = 0; i < inFolder.size(); i++) {
            Article f = inFolder.get(i).article(), o = onTheirOwn.get(i).article();
            assertEquals(named.get(i), onTheirOwn.get(i).location(), "problems name the file as it was given");
            String file = Path.of(named.get(i)).getFileName().toString();
            assertEquals(file.substring(0, file.lastIndexOf('.')), f.id());
            assertEquals(named.get(i).substring(0, named.get(i).lastIndexOf('.')), o.id(), "the id is the name given, without its extension");
            assertEquals(f.title(), o.title(), o.id());
            assertEquals(f.text(), o.text(), o.id());
            assertEquals(f.date(), o.date(), o.id());
            assertNotNull(o.date(), o.id());
            assertFalse(o.title().startsWith("date") || o.title().startsWith("<"), o.title());
        }
    }

    @Test
    void pagesOfTheSameNameInTwoFoldersKeepApart() throws IOException {
        Random rnd = new Random(7);
        Path a = Files.createDirectories(dir.resolve("a")), b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("index.html"), htmlPage(rnd, 1));
        Files.writeString(b.resolve("index.html"), htmlPage(rnd, 2));
        StringWriter err = new StringWriter();
        List<ArticleRecord> read = read(List.of(a.resolve("index.html").toString(), b.resolve("./index.html").toString()), err);
        assertEquals(List.of(a.resolve("index").toString(), b.resolve("index").toString()), read.stream().map(r -> r.article().id()).toList());
    }

    /**
     * A {@code .txt} file whose text opens as records do (JSONL saved as .txt, a list of records) is read as records;
     * one opening with a bracket that does not open a list of records ("[Photo]") is a page.
     */
    @Test
    void aTxtFileOpeningAsRecordsIsReadAsRecords() throws IOException {
        String records = "{\"id\":\"r1\",\"text\":\"Ferry fares rise next month.\"}\n{\"id\":\"r2\",\"text\":\"The council met.\"}\n";
        Path jsonl = Files.writeString(dir.resolve("jsonl.txt"), records);
        Path spaced = Files.writeString(dir.resolve("spaced.txt"), "\uFEFF  " + records);
        Path list = Files.writeString(dir.resolve("list.txt"), "[\n " + records.strip().replace("}\n{", "},\n{") + "\n]\n");
        byte[] utf16 = ("\uFEFF" + records).getBytes(StandardCharsets.UTF_16LE);
        Path wide = Files.write(dir.resolve("utf16.txt"), utf16);
        Path photo = Files.writeString(dir.resolve("photo.txt"), "[Photo] Ferry fares rise next month\n\nFares on the ferry rise, the operator said.\n");
        for (Path p : List.of(jsonl, spaced, list, wide)) {
            StringWriter err = new StringWriter();
            assertEquals(List.of("r1", "r2"), read(List.of(p.toString()), err).stream().map(r -> r.article().id()).toList(), p.toString());
            assertEquals("", err.toString());
        }
        StringWriter err = new StringWriter();
        List<ArticleRecord> page = read(List.of(photo.toString()), err);
        assertEquals(List.of(dir.resolve("photo").toString()), page.stream().map(r -> r.article().id()).toList());
        assertEquals("[Photo] Ferry fares rise next month", page.getFirst().article().title());
        assertEquals("", err.toString());
    }

    @Test
    void aNamedPageChangedBetweenPassesStopsTheRun() throws IOException {
        Path p = Files.writeString(dir.resolve("p.txt"), textPage(new Random(1), 1));
        try (InputSet set = InputSet.of(List.of(p.toString()))) {
            try (RecordStream s = set.open(ReadProblems.silent())) {
                assertNotNull(s.next());
                assertNull(s.next());
            }
            Files.writeString(p, textPage(new Random(2), 2) + "More text.\n");
            BadInputException e = assertThrows(BadInputException.class, () -> {
                try (RecordStream s = set.open(ReadProblems.silent())) {
                    while (s.next() != null) {
                        // read to the end
                    }
                }
            });
            assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
            BadInputException records = assertThrows(BadInputException.class, () -> set.eachRecord(0, (where, json) -> fail(where)));
            assertTrue(records.getMessage().contains("a page (one article), not a file of records"), records.getMessage());
        }
    }

    @Test
    void kindsByName() {
        assertEquals(FileKind.TEXT_PAGE, FileKind.of("a/b.TXT"));
        assertEquals(FileKind.HTML_PAGE, FileKind.of("b.Htm"));
        assertEquals(FileKind.RECORDS, FileKind.of("b.html.gz"), "no page is read compressed");
        assertEquals(FileKind.RECORDS, FileKind.of("b.txt.gz"));
        assertEquals(FileKind.CSV, FileKind.of("b.CSV.gz"));
        assertEquals(FileKind.TSV, FileKind.of("b.tsv"));
        assertEquals(FileKind.RECORDS, FileKind.of("part-00000"));
        assertEquals(FileKind.RECORDS, FileKind.of("b.jsonl"));
        assertTrue(FileKind.opensRecords(" \uFEFF[ ]"));
        assertFalse(FileKind.opensRecords("[\"a\"]"));
        assertTrue(FileKind.opensList("\uFEFF [\"a\"]"));
        assertFalse(FileKind.opensList("{\"a\":[1]}"));
    }
}
