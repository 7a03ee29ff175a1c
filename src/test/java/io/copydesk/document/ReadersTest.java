package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    @TempDir Path dir;

    private static List<Article> readAll(InputSet in, ReadProblems problems) {
        List<Article> out = new ArrayList<>();
        try (RecordStream s = in.open(problems)) {
            for (ArticleRecord r; (r = s.next()) != null; ) out.add(r.article());
        }
        return out;
    }

    @Test
    void badJsonlRecordsAreReportedWithFileAndLineAndSkipped() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("""
                {"id": "a", "text": "First good article.", "date": "2024-03-12", "source": "wire"}
                {"id": "b", "text": "unterminated
                {"id": "c", "title": "No body"}
                
                {"text": "no id here"}
                {"id": "e", "text": "   "}
                """.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"f\", \"text\": \"bad \u00ff bytes\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes("{\"id\": 7, \"text\": \"Numeric ids are fine.\"}".getBytes(StandardCharsets.UTF_8)); // no final newline
        Path file = Files.write(dir.resolve("in.jsonl"), bytes.toByteArray());
        StringWriter err = new StringWriter();
        ReadProblems problems = new ReadProblems(new PrintWriter(err, true), false);
        List<Article> articles = readAll(InputSet.of(List.of(file.toString())), problems);
        assertEquals(List.of("a", "7"), articles.stream().map(Article::id).toList());
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), articles.getFirst().date());
        String f = file.toString();
        assertEquals(String.join("\n",
                f + ":2: unterminated string starting at column 21 (skipped)",
                f + ":3: record c has no \"text\" (it has \"title\"; --field text=NAME reads the text from another field) (skipped)",
                f + ":5: record has no \"id\" (skipped)",
                f + ":6: record e has empty text (skipped)",
                f + ":7: invalid UTF-8 (skipped)"), err.toString().strip());
        assertEquals("skipped 5 of 7 records", problems.summary());
    }

    /**
     * A page saved in Windows-1252 (not valid UTF-8), in UTF-16 with its byte order mark, or with old Mac line ends
     * reads as the same page saved in UTF-8; the first with a warning naming the file. (Written for this test.)
     */
    @Test
    void textFilesInOtherEncodingsReadAsTheirUtf8Twins() throws IOException {
        String page = "date 2024-03-12\nLe conseil r\u00e9gional approuve le plan\n\nLe conseil r\u00e9gional a approuv\u00e9 mercredi "
                + "le plan de r\u00e9novation des lyc\u00e9es, un chantier \u00ab\u00a0n\u00e9cessaire\u00a0\u00bb financ\u00e9 par l\u2019\u00c9tat "
                + "\u2014 et attendu depuis longtemps.\nPhoto\u00a0: \u00a9 AFP\n";
        Path root = Files.createDirectories(dir.resolve("pages/site"));
        Files.write(root.resolve("a-utf8.txt"), page.getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("b-cp1252.txt"), page.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        byte[] utf16 = page.getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[utf16.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withMark, 2, utf16.length);
        Files.write(root.resolve("c-utf16.txt"), withMark);
        Files.write(root.resolve("d-mac.txt"), page.replace('\n', '\r').getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("e-bad-utf16.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x41, 0x00}); // a lone surrogate
        StringWriter err = new StringWriter();
        List<Article> read = readAll(InputSet.of(List.of(dir.resolve("pages").toString())), new ReadProblems(new PrintWriter(err, true), false));
        assertEquals(List.of("site/a-utf8", "site/b-cp1252", "site/c-utf16", "site/d-mac"), read.stream().map(Article::id).toList());
        Article utf8 = read.getFirst();
        assertEquals("Le conseil r\u00e9gional approuve le plan", utf8.title());
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), utf8.date());
        for (Article a : read) {
            assertEquals(utf8.title(), a.title(), a.id());
            assertEquals(utf8.text(), a.text(), a.id());
            assertEquals(utf8.date(), a.date(), a.id());
        }
        String pages = dir.resolve("pages").toString();
        assertEquals(String.join("\n", pages + "/site/b-cp1252.txt: not valid UTF-8: read as Windows-1252",
                pages + "/site/e-bad-utf16.txt: invalid UTF-16 (skipped)"), err.toString().strip());
    }

    @Test
    void strictModeStopsAtTheFirstBadRecord() throws IOException {
        Path file = Files.writeString(dir.resolve("s.jsonl"), "{\"id\":\"a\",\"text\":\"ok\"}\n{oops}\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> readAll(InputSet.of(List.of(file.toString())), new ReadProblems(null, true)));
        assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    }

    @Test
    void gzipAndStdinAreRead() throws IOException {
        Path gz = dir.resolve("a.jsonl.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"id\":\"g\",\"text\":\"Zipped.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        var stdin = new ByteArrayInputStream("{\"id\":\"s\",\"text\":\"From stdin.\"}\n".getBytes(StandardCharsets.UTF_8));
        try (InputSet in = InputSet.of(List.of(gz.toString(), "-"), stdin, 1 << 20)) {
            assertEquals(List.of("g", "s"), readAll(in, ReadProblems.silent()).stream().map(Article::id).toList());
            // a second pass sees the same records: stdin was spooled
            assertEquals(2, readAll(in, ReadProblems.silent()).size());
        }
    }

    @Test
    void textDirectoryGivesIdsTitlesDatesAndSources() throws IOException {
        Path site = Files.createDirectories(dir.resolve("corpus/courier"));
        Files.writeString(site.resolve("quake.txt"), "\nQuake kills 27\ndate 2024-03-12\nBy Staff\n\nRescuers dug through rubble.\n");
        Files.writeString(site.resolve("rates.txt"), "Bank holds rates\nPublished: 14 November 2024 09:30\n\nThe bank held rates.\n");
        Files.writeString(dir.resolve("corpus/loose.txt"), "Loose article\nNo date here, only text.\n");
        Files.writeString(dir.resolve("corpus/notes.md"), "not an article");
        List<Article> a = readAll(InputSet.of(List.of(dir.resolve("corpus").toString())), ReadProblems.silent());
        assertEquals(List.of("courier/quake", "courier/rates", "loose"), a.stream().map(Article::id).toList());
        Article quake = a.get(0);
        assertEquals("Quake kills 27", quake.title());
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), quake.date());
        assertEquals("courier", quake.source());
        assertEquals("By Staff\n\nRescuers dug through rubble.", quake.text(), "the date line is metadata, not text");
        assertEquals(Instant.parse("2024-11-14T09:30:00Z"), a.get(1).date(), "the time of day is read too");
        assertTrue(a.get(1).text().startsWith("Published:"), "a Published line stays: it is page furniture");
        assertNull(a.get(2).source());
        assertNull(a.get(2).date());
    }

    @Test
    void missingPathsAndOversizedRecordsAreClearErrors() throws IOException {
        BadInputException e = assertThrows(BadInputException.class, () -> InputSet.of(List.of(dir.resolve("nope.jsonl").toString())));
        assertTrue(e.isIo());
        assertTrue(e.getMessage().endsWith("nope.jsonl: no such file or directory"), e.getMessage());
        Path file = Files.writeString(dir.resolve("big.jsonl"), "{\"id\":\"big\",\"text\":\"" + "x".repeat(500) + "\"}\n{\"id\":\"ok\",\"text\":\"small\"}\n");
        StringWriter err = new StringWriter();
        try (InputSet in = InputSet.of(List.of(file.toString()), System.in, 200)) {
            assertEquals(List.of("ok"), readAll(in, new ReadProblems(new PrintWriter(err, true), false)).stream().map(Article::id).toList());
        }
        assertTrue(err.toString().contains(":1: record of 522 bytes exceeds --max-article-bytes 200"), "stderr was: [" + err + "]");
    }

    @Test
    void datesInTheFormsNewsUses() {
        assertEquals(Instant.parse("2014-03-10T16:52:50Z"), Dates.parse("2014-03-10T16:52:50Z"));
        assertEquals(Instant.parse("2024-03-12T09:30:00Z"), Dates.parse("2024-03-12 09:30"));
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), Dates.parse("12 March 2024"));
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), Dates.parse("March 12, 2024"));
        assertEquals(Instant.ofEpochMilli(1394470370000L), Dates.parse("1394470370000"));
        assertNull(Dates.parse("yesterday"));
        assertEquals("2024-03-12", Dates.format(Instant.parse("2024-03-12T00:00:00Z")));
    }
}
