package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, items 1, 7, 8, 11 and 13: every pass sees the same input, or the run fails naming it. */
class InputConsistencyTest {
    @TempDir Path dir;

    private static String lines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append("{\"id\":\"r").append(i).append("\",\"text\":\"words of record ").append(i).append(" here\"}\n");
        return sb.toString();
    }

    private static List<String> ids(InputSet set, ReadProblems problems) {
        List<String> ids = new ArrayList<>();
        try (RecordStream s = set.open(problems)) {
            for (ArticleRecord r; (r = s.next()) != null; ) ids.add(r.article().id());
        }
        return ids;
    }

    private static InputSet open(String... names) {
        return InputSet.of(List.of(names), InputStream.nullInputStream(), InputSet.DEFAULT_MAX_ARTICLE_BYTES, InputSet.DEFAULT_MAX_INPUT_BYTES);
    }

    @Test
    void stdinIsSpooledPrivatelyAndReadAlikeOnEveryPass() throws IOException {
        InputStream stdin = new ByteArrayInputStream(lines(50).getBytes(StandardCharsets.UTF_8));
        Path folder;
        try (InputSet set = InputSet.of(List.of("-"), stdin, InputSet.DEFAULT_MAX_ARTICLE_BYTES, 1 << 20)) {
            folder = set.spoolFolder();
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
            }
            List<String> first = ids(set, ReadProblems.silent());
            assertEquals(50, first.size());
            assertEquals(first, ids(set, ReadProblems.silent()));
        }
        assertFalse(Files.exists(folder), "the spool outlived the run");
    }

    @Test
    void stdinBeyondMaxInputBytesIsRefused() {
        InputStream stdin = new ByteArrayInputStream(lines(50).getBytes(StandardCharsets.UTF_8));
        BadInputException e = assertThrows(BadInputException.class,
                () -> InputSet.of(List.of("-"), stdin, InputSet.DEFAULT_MAX_ARTICLE_BYTES, 100));
        assertTrue(e.getMessage().contains("--max-input-bytes 100"), e.getMessage());
        assertTrue(e.isIo());
    }

    @Test
    void aFifoIsReadOnceAndEveryPassSeesItsRecords() throws Exception {
        Path fifo = dir.resolve("in.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        var threads = java.util.concurrent.Executors.newCachedThreadPool(); // the common pool may have one thread
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(fifo, lines(20));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, threads);
        threads.shutdown();
        try (InputSet set = open(fifo.toString())) {
            writer.get(30, TimeUnit.SECONDS);
            CompletableFuture<List<String>> passes = CompletableFuture.supplyAsync(() -> {
                List<String> both = new ArrayList<>(ids(set, ReadProblems.silent()));
                both.addAll(ids(set, ReadProblems.silent()));
                return both;
            });
            assertEquals(40, passes.get(30, TimeUnit.SECONDS).size(), "a FIFO read twice hangs or comes back empty");
        }
    }

    @Test
    void aFileThatGrowsBetweenPassesStopsTheRunNamingIt() throws IOException {
        Path f = Files.writeString(dir.resolve("a.jsonl"), lines(10));
        try (InputSet set = open(f.toString())) {
            assertEquals(10, ids(set, ReadProblems.silent()).size());
            Files.writeString(f, lines(12));
            BadInputException e = assertThrows(BadInputException.class, () -> ids(set, ReadProblems.silent()));
            assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
            assertFalse(e.isIo());
        }
    }

    @Test
    void aFileRewrittenWithTheSameSizeIsCaughtByItsChecksum() throws IOException {
        Path f = Files.writeString(dir.resolve("a.jsonl"), lines(10));
        try (InputSet set = open(f.toString())) {
            ids(set, ReadProblems.silent());
            Files.writeString(f, lines(10).replace("words", "WORDS"));
            BadInputException e = assertThrows(BadInputException.class, () -> ids(set, ReadProblems.silent()));
            assertTrue(e.getMessage().contains("not the same as on the first pass"), e.getMessage());
        }
    }

    @Test
    void aFileTruncatedWhileBeingReadIsCaught() throws IOException {
        Path f = Files.writeString(dir.resolve("a.jsonl"), lines(3000));
        try (InputSet set = open(f.toString()); RecordStream s = set.open(ReadProblems.silent())) {
            assertNotNull(s.next());
            try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
                ch.truncate(Files.size(f) / 3);
            }
            BadInputException e = assertThrows(BadInputException.class, () -> {
                while (s.next() != null) {
                    // read to the end
                }
            });
            assertTrue(e.getMessage().contains("changed while being read"), e.getMessage());
        }
    }

    @Test
    void aFileDeletedBetweenPassesIsAnIoError() throws IOException {
        Path f = Files.writeString(dir.resolve("a.jsonl"), lines(5));
        try (InputSet set = open(f.toString())) {
            ids(set, ReadProblems.silent());
            Files.delete(f);
            BadInputException e = assertThrows(BadInputException.class, () -> ids(set, ReadProblems.silent()));
            assertTrue(e.isIo());
            assertTrue(e.getMessage().contains("no such file"), e.getMessage());
        }
    }

    @Test
    void aTruncatedGzipKeepsTheRecordsBeforeTheCutAndMarksTheRunIncomplete() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(lines(2000).getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bytes.toByteArray();
        Path f = Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(all, all.length / 2));
        StringWriter err = new StringWriter();
        try (InputSet set = open(f.toString())) {
            List<String> first = ids(set, new ReadProblems(new PrintWriter(err, true), false));
            assertTrue(first.size() > 100 && first.size() < 2000, "kept " + first.size());
            for (int i = 0; i < first.size(); i++) assertEquals("r" + i, first.get(i));
            assertTrue(set.incomplete());
            assertFalse(set.incompleteIo());
            assertEquals(first, ids(set, ReadProblems.silent()), "the second pass must stop at the same place");
        }
        assertTrue(err.toString().startsWith(f + ":"), err.toString());
        assertTrue(err.toString().contains("truncated"), err.toString());
    }

    @Test
    void aTruncatedGzipUnderStrictStopsTheRun() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(lines(2000).getBytes(StandardCharsets.UTF_8));
        }
        Path f = Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2));
        try (InputSet set = open(f.toString())) {
            assertThrows(BadInputException.class, () -> ids(set, new ReadProblems(null, true)));
        }
    }

    @Test
    void gzipIsRecognizedByItsBytesAndMisnamedFilesAreNamed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(lines(3).getBytes(StandardCharsets.UTF_8));
        }
        Path hidden = Files.write(dir.resolve("plain-name.jsonl"), bytes.toByteArray());
        try (InputSet set = open(hidden.toString())) {
            assertEquals(List.of("r0", "r1", "r2"), ids(set, ReadProblems.silent()));
        }
        Path empty = Files.write(dir.resolve("empty.jsonl.gz"), new byte[0]);
        BadInputException e = assertThrows(BadInputException.class, () -> open(empty.toString()));
        assertEquals(empty + ": empty file (a .gz file needs gzip data)", e.getMessage());
        Path text = Files.writeString(dir.resolve("text.jsonl.gz"), lines(1));
        e = assertThrows(BadInputException.class, () -> open(text.toString()));
        assertTrue(e.getMessage().startsWith(text + ": named .gz but not gzip data"), e.getMessage());
    }

    @Test
    void loneSurrogateIdsAreRejectedNamingTheLineAndTheOthersKept() throws IOException {
        Path f = Files.writeString(dir.resolve("s.jsonl"), "{\"id\":\"x\\ud800\",\"text\":\"one two three\"}\n"
                + "{\"id\":\"x\\udbff\",\"text\":\"four five six\"}\n{\"id\":\"x\\ud83d\\ude00\",\"text\":\"seven eight\"}\n"
                + "{\"id\":\"good\",\"text\":\"nine ten\"}\n");
        StringWriter err = new StringWriter();
        try (InputSet set = open(f.toString())) {
            assertEquals(List.of("x\uD83D\uDE00", "good"), ids(set, new ReadProblems(new PrintWriter(err, true), false)));
        }
        assertTrue(err.toString().contains(f + ":1: \"id\" holds a lone surrogate \\ud800"), err.toString());
        assertTrue(err.toString().contains(f + ":2: \"id\" holds a lone surrogate \\udbff"), err.toString());
    }

    @Test
    void symlinkedFoldersAreFollowedAndLoopsStopped() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/site"));
        Files.writeString(real.resolve("one.txt"), "Title one\n\nsome words for the first article\n");
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(root.resolve("own.txt"), "Own\n\nan article of its own\n");
        Files.createSymbolicLink(root.resolve("linked"), real.getParent());
        Files.createSymbolicLink(root.resolve("loop"), Path.of("."));
        Path top = Files.createSymbolicLink(dir.resolve("top"), root.getFileName());
        StringWriter err = new StringWriter();
        try (InputSet set = open(top.toString())) {
            assertEquals(List.of("linked/site/one", "own"), ids(set, new ReadProblems(new PrintWriter(err, true), false)));
        }
        assertTrue(err.toString().contains("symbolic link loop"), err.toString());
    }

    @Test
    void anUnreadableSubfolderIsReportedAndMarksTheRunIncomplete() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads everything");
        Path root = Files.createDirectories(dir.resolve("root/locked"));
        Files.writeString(root.getParent().resolve("ok.txt"), "Ok\n\nreadable words\n");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("---------"));
        StringWriter err = new StringWriter();
        try (InputSet set = open(root.getParent().toString())) {
            assertEquals(List.of("ok"), ids(set, new ReadProblems(new PrintWriter(err, true), false)));
            assertTrue(set.incompleteIo());
        } finally {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        }
        assertTrue(err.toString().contains("permission denied"), err.toString());
    }
}
