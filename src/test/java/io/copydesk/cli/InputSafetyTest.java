package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.testing.Jsonl;
import io.copydesk.testing.Prose;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, items 1, 7, 8, 10, 11, 12 and 13 through the command line. */
class InputSafetyTest {
    @TempDir Path dir;
    Path input;

    @BeforeEach
    void writeInput() {
        Prose prose = new Prose(31);
        List<Article> a = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String body = prose.body(3);
            a.add(new Article("s" + i, "Story " + i, body, null, null, null));
            if (i % 3 == 0) a.add(new Article("s" + i + "-copy", "Story " + i, body, null, null, null));
        }
        input = Jsonl.write(dir.resolve("in.jsonl"), a);
    }

    @Test
    void aFifoGivesWhatTheSameFileGives() throws Exception {
        DedupCommandTest.Run fromFile = DedupCommandTest.run("dedup", input.toString(), "--format", "jsonl", "-q",
                "--write-unique", dir.resolve("u1.jsonl").toString());
        Path fifo = dir.resolve("in.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        var threads = java.util.concurrent.Executors.newCachedThreadPool(); // the common pool may have one thread
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                Files.copy(input, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, threads);
        CompletableFuture<DedupCommandTest.Run> fromFifo = CompletableFuture.supplyAsync(() -> DedupCommandTest.run("dedup",
                fifo.toString(), "--format", "jsonl", "-q", "--write-unique", dir.resolve("u2.jsonl").toString()), threads);
        threads.shutdown();
        writer.get(30, TimeUnit.SECONDS);
        DedupCommandTest.Run r = fromFifo.get(60, TimeUnit.SECONDS);
        assertEquals(0, r.exit(), r.err());
        assertEquals(fromFile.out(), r.out());
        assertEquals(30, Files.readAllLines(dir.resolve("u2.jsonl")).size());
        assertEquals(Files.readString(dir.resolve("u1.jsonl")), Files.readString(dir.resolve("u2.jsonl")));
    }

    @Test
    void indexAddKeepsTheGoodRecordsBesideLoneSurrogateIds() throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, Files.readString(input) + "{\"id\":\"x\\ud800\",\"text\":\"alpha beta gamma delta\"}\n"
                + "{\"id\":\"x\\udbff\",\"text\":\"epsilon zeta eta theta\"}\n");
        Path index = dir.resolve("ix");
        DedupCommandTest.Run r = DedupCommandTest.run("index", "add", "--index", index.toString(), bad.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("bad.jsonl:41: \"id\" holds a lone surrogate"), r.err());
        DedupCommandTest.Run stats = DedupCommandTest.run("index", "stats", "--index", index.toString(), "--format", "tsv");
        assertTrue(stats.out().contains("articles\t40\n"), stats.out());
    }

    private Path gzip(Path file, double keep) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            Files.copy(file, gz);
        }
        byte[] all = bytes.toByteArray();
        return Files.write(dir.resolve(file.getFileName() + (keep < 1 ? ".cut" : "") + ".gz"),
                java.util.Arrays.copyOf(all, (int) (all.length * keep)));
    }

    @Test
    void aTruncatedGzipGivesTheResultsBeforeTheCutAndExit4() throws IOException {
        Path cut = gzip(input, 0.6);
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", cut.toString(), "--format", "jsonl", "-q",
                "--write-unique", dir.resolve("u.jsonl").toString());
        assertEquals(ExitCode.DATA, r.exit(), r.err());
        assertTrue(r.err().contains("truncated"), r.err());
        long kept = Files.readAllLines(dir.resolve("u.jsonl")).size();
        assertTrue(kept > 5 && kept < 30, "kept " + kept);
        assertFalse(r.out().isEmpty());
    }

    @Test
    void aReportOnATruncatedGzipIsWrittenAndExits4() throws IOException {
        Path cut = gzip(input, 0.6), page = dir.resolve("r.html");
        DedupCommandTest.Run r = DedupCommandTest.run("report", cut.toString(), "-q", "--out", page.toString());
        assertEquals(ExitCode.DATA, r.exit(), r.err()); // not 0: the page covers only the records before the cut
        assertTrue(r.err().contains("truncated") && r.err().contains("read only in part"), r.err());
        assertTrue(Files.readString(page).contains("</html>"));
    }

    @Test
    void evalRunAndSweepReadGzip() throws IOException {
        Path labelled = Files.writeString(dir.resolve("labelled.jsonl"),
                Files.readString(input).replaceAll("\"id\":\"(s\\d+)(-copy)?\"", "\"id\":\"$1$2\",\"cluster\":\"$1\",\"dup_group\":\"$1\""));
        Path gz = gzip(labelled, 1);
        DedupCommandTest.Run run = DedupCommandTest.run("eval", "run", gz.toString(), "--format", "tsv", "-q");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("dedup\tpair_f1\t1.0000"), run.out());
        DedupCommandTest.Run sweep = DedupCommandTest.run("eval", "sweep", gz.toString(), "--thresholds", "0.5", "--format", "tsv", "-q");
        assertEquals(0, sweep.exit(), sweep.err());
    }

    @Test
    void aSymlinkedInputFolderIsRead() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Prose prose = new Prose(5);
        String body = prose.body(3);
        Files.writeString(real.resolve("a.txt"), "A title\n\n" + body);
        Files.writeString(real.resolve("b.txt"), "B title\n\n" + body);
        Path link = Files.createSymbolicLink(dir.resolve("link"), real.getFileName());
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", link.toString(), "--format", "jsonl", "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"id\":\"a\"") && r.out().contains("\"id\":\"b\""), r.out());
    }

    @Test
    void anInputDeletedAfterTheFirstPassIsAnIoErrorNotAnInternalOne() throws Exception {
        // the handler maps an input failure from any later pass; the pass itself is tested in InputConsistencyTest
        StringBuilder err = new StringBuilder();
        var cl = Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.Writer() {
            @Override public void write(char[] b, int o, int l) { err.append(b, o, l); }
            @Override public void flush() {}
            @Override public void close() {}
        }, true));
        int code = cl.getExecutionExceptionHandler().handleExecutionException(
                new io.copydesk.document.BadInputException("in.jsonl: cannot read: no such file or directory", true), cl,
                cl.parseArgs("dedup", input.toString()));
        assertEquals(ExitCode.IO, code);
        assertEquals("copydesk: in.jsonl: cannot read: no such file or directory\n", err.toString());
    }
}
