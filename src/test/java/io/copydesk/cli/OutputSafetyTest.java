package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.internal.Printable;
import io.copydesk.internal.json.Json;
import io.copydesk.testing.Jsonl;
import io.copydesk.testing.Prose;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13, items 2, 3, 4, 8 (--out /), 9 and 15: where results go, and that they arrive whole. */
class OutputSafetyTest {
    @TempDir Path dir;
    Path input;
    Path index;

    @BeforeEach
    void writeInput() {
        Prose prose = new Prose(13);
        String story = prose.body(4);
        List<Article> a = new ArrayList<>();
        a.add(new Article("a\tb\nc", "Title\twith tab", story, null, null, null));
        a.add(new Article("esc\u001b[31m", "T\u001b]0;pwned\u0007", story, null, null, null));
        a.add(new Article("back\\slash", "Plain", prose.edit(story, 0.02), null, null, null));
        a.add(new Article("other", "Other", prose.body(4), null, null, null));
        input = Jsonl.write(dir.resolve("in.jsonl"), a);
        index = dir.resolve("ix");
    }

    /** A stream that fails like a full disk. */
    private static final OutputStream FULL = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    };

    /** A pipe whose reader went away: every write fails with EPIPE. */
    private static final OutputStream CLOSED = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
        }
    };

    private record Exit(int code, String err) {}

    private static Exit runTo(OutputStream stdout, boolean pipe, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(stdout, err, pipe, args);
        return new Exit(code, err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dedup IN --format jsonl", "related IN --all", "cluster IN", "explain IN --a other --b back\\slash",
            "eval run LABELLED", "generate --articles 3", "generate-completion", "index stats --index IX",
            "index check --index IX", "index query --index IX IN"})
    void aFullStdoutFailsEveryCommand(String command) throws IOException {
        Exit e = runTo(FULL, false, commandLine(command));
        assertEquals(ExitCode.IO, e.code(), e.err());
        assertTrue(e.err().contains("cannot write stdout"), e.err());
        assertEquals(1, e.err().lines().filter(l -> l.startsWith("copydesk:")).count(), e.err());
    }

    /** Stdout a pipe its reader closed ({@code | head}): every command ends quietly, with SIGPIPE's status, as cat does. */
    @ParameterizedTest
    @ValueSource(strings = {"dedup IN --format jsonl", "related IN --all", "cluster IN", "explain IN --a other --b back\\slash",
            "eval run LABELLED", "generate --articles 3", "generate-completion", "index stats --index IX",
            "index check --index IX", "index query --index IX IN", "dedup --help"})
    void aClosedPipeEndsEveryCommandQuietly(String command) throws IOException {
        Exit e = runTo(CLOSED, true, commandLine(command));
        assertEquals(ExitCode.CLOSED_PIPE, e.code(), e.err());
        assertEquals("", e.err());
    }

    /** {@code command} with its placeholders filled in (an index of the input made first) and --debug. */
    private String[] commandLine(String command) throws IOException {
        assertEquals(0, DedupCommandTest.run("index", "add", "--index", index.toString(), input.toString(), "-q").exit());
        Path labelled = Files.writeString(dir.resolve("labelled.jsonl"), Files.readString(input).replace("\"text\"", "\"cluster\":\"x\",\"text\""));
        List<String> args = new ArrayList<>();
        for (String a : command.split(" ")) {
            args.add(switch (a) {
                case "IN" -> input.toString();
                case "IX" -> index.toString();
                case "LABELLED" -> labelled.toString();
                default -> a;
            });
        }
        args.add("-q".equals(args.getFirst()) ? "" : "--debug");
        return args.toArray(String[]::new);
    }

    /** A format the command does not print is a one-line usage error naming those it does, before any work. */
    @ParameterizedTest
    @ValueSource(strings = {"explain IN --a other --b back\\slash --format tsv|text or jsonl",
            "explain IN --a other --b back\\slash --format csv|text or jsonl", "index check --index IX --format tsv|text or jsonl",
            "index stats --index IX --format csv|text, tsv or jsonl", "eval run LABELLED --format csv|text, tsv or jsonl"})
    void aFormatTheCommandDoesNotPrintIsAUsageError(String commandAndFormats) throws IOException {
        String[] parts = commandAndFormats.split("\\|");
        String[] args = commandLine(parts[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exit e = runTo(out, false, java.util.Arrays.copyOf(args, args.length - 1)); // without --debug's stack trace
        assertEquals(ExitCode.USAGE, e.code(), e.err());
        String format = parts[0].substring(parts[0].length() - 3);
        String name = parts[0].replaceFirst(" [A-Z-].*", "");
        assertEquals("copydesk: --format " + format + ": copydesk " + name + " prints " + parts[1] + "\n", e.err());
        assertEquals(0, out.size());
    }

    @Test
    void explainAndIndexCheckPrintTheirFormats() throws IOException {
        for (String command : List.of("explain IN --a other --b back\\slash --format jsonl", "explain IN --a other --b back\\slash --format text",
                "index check --index IX --format jsonl", "index check --index IX --format text", "index stats --index IX --format tsv")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exit e = runTo(out, false, commandLine(command));
            assertEquals(0, e.code(), command + ": " + e.err());
            assertEquals(command.endsWith("jsonl"), out.toString(StandardCharsets.UTF_8).startsWith("{"), command);
        }
    }

    @Test
    void outThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws IOException {
        Path target = Files.writeString(dir.resolve("target.jsonl"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), target.getFileName());
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", input.toString(), "--format", "jsonl", "-q", "--out", link.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(target).startsWith("{\"group\":1"), Files.readString(target));
    }

    @Test
    void outToAFifoWritesThrough() throws Exception {
        Path fifo = dir.resolve("results.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", input.toString(), "--format", "jsonl", "-q", "--out", fifo.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(reader.get(30, TimeUnit.SECONDS).startsWith("{\"group\":1"));
        assertFalse(Files.isRegularFile(fifo), "the FIFO was replaced by a file");
    }

    @Test
    void outToAFolderIsAClearError() {
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", input.toString(), "-q", "--out", "/");
        assertEquals(ExitCode.IO, r.exit(), r.err());
        assertTrue(r.err().contains("cannot write /: is a directory"), r.err());
    }

    @Test
    void anOutputInsideTheIndexIsRefusedBeforeAnyWork() throws IOException {
        assertEquals(0, DedupCommandTest.run("index", "add", "--index", index.toString(), input.toString(), "-q").exit());
        byte[] before = Files.readAllBytes(index.resolve("index.db"));
        DedupCommandTest.Run r = DedupCommandTest.run("index", "query", "--index", index.toString(), input.toString(),
                "--out", index.resolve("index.db").toString());
        assertEquals(ExitCode.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("inside the index"), r.err());
        assertArrayEquals(before, Files.readAllBytes(index.resolve("index.db")));
    }

    /** An output that the input folder's reader would take for a page (a .txt or .html file in it) is refused; others are not. */
    @Test
    void anOutputAPageFolderWouldReadIsRefused() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), "Quake kills 27 in Valdoria\n\nRescuers searched collapsed buildings in Montevar.\n");
        for (String name : List.of("groups.txt", "groups.html", "groups.HTM")) {
            DedupCommandTest.Run r = DedupCommandTest.run("dedup", pages.toString(), "-q", "--out", pages.resolve(name).toString());
            assertEquals(ExitCode.USAGE, r.exit(), r.err());
            assertTrue(r.err().contains("lies inside the input " + pages), r.err());
            assertFalse(Files.exists(pages.resolve(name)));
        }
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", pages.toString(), "-q", "--out", pages.resolve("groups.jsonl").toString());
        assertEquals(0, r.exit(), r.err());
    }

    /**
     * An output that cannot be written (a missing folder, a folder) fails the run before any work, with
     * or without picocli: the --out file named beside it keeps what it held, and no other file appears.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dedup IN --out OUT --write-unique MISSING", "dedup IN --out OUT --annotate MISSING",
            "dedup IN --write-unique OUT --annotate FOLDER", "cluster IN --out OUT --annotate MISSING", "cluster IN --annotate OUT --out FOLDER",
            "generate --articles 3 --out OUT --truth-pairs MISSING", "related IN --all --out MISSING"})
    void anOutputThatCannotBeWrittenFailsTheRunBeforeAnyOtherIsWritten(String command) throws IOException {
        Path out = Files.writeString(dir.resolve("keep.jsonl"), "KEEP\n");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        List<String> args = new ArrayList<>();
        for (String a : command.split(" ")) {
            args.add(switch (a) {
                case "IN" -> input.toString();
                case "OUT" -> out.toString();
                case "MISSING" -> dir.resolve("no-such-folder/file.jsonl").toString();
                case "FOLDER" -> folder.toString();
                default -> a;
            });
        }
        args.add("-q");
        for (boolean picocli : new boolean[] {true, false}) {
            String[] line = args.toArray(String[]::new);
            DedupCommandTest.Run r = picocli ? DedupCommandTest.run(line) : null;
            Exit e = picocli ? new Exit(r.exit(), r.err()) : runTo(new ByteArrayOutputStream(), false, line); // Main.run: PlainCommandLine first
            assertEquals(ExitCode.IO, e.code(), e.err());
            assertTrue(e.err().matches("copydesk: cannot write \\S*(no-such-folder/file\\.jsonl: no such file or directory \\(\\S*no-such-folder\\)"
                    + "|folder: is a directory)\\R"), e.err());
            assertEquals("KEEP\n", Files.readString(out));
            try (var files = Files.list(dir)) {
                assertEquals(List.of("folder", "in.jsonl", "keep.jsonl"), files.map(f -> f.getFileName().toString()).sorted().toList());
            }
        }
    }

    @Test
    void annotatingOverAnInputIsRefused() throws IOException {
        byte[] before = Files.readAllBytes(input);
        for (String command : List.of("dedup", "cluster")) {
            Exit e = runTo(new ByteArrayOutputStream(), false, command, input.toString(), "-q", "--annotate", input.toString());
            assertEquals(ExitCode.USAGE, e.code(), e.err());
            assertTrue(e.err().contains("--annotate " + input + " would overwrite the input"), e.err());
            assertArrayEquals(before, Files.readAllBytes(input));
        }
    }

    @Test
    void anOutputNamingAnInputIsRefused() throws IOException {
        byte[] before = Files.readAllBytes(input);
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", input.toString(), "--out", dir.resolve("./in.jsonl").toString());
        assertEquals(ExitCode.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("would overwrite the input"), r.err());
        assertArrayEquals(before, Files.readAllBytes(input));
    }

    @Test
    void twoOutputsNamingOneFileAreRefused() throws IOException {
        Path same = dir.resolve("s.jsonl");
        Files.createSymbolicLink(dir.resolve("alias.jsonl"), same.getFileName());
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", input.toString(), "--out", same.toString(),
                "--write-unique", dir.resolve("alias.jsonl").toString());
        assertEquals(ExitCode.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("name the same file"), r.err());
        assertFalse(Files.exists(same));
    }

    @Test
    void tsvRowsKeepTheHeadersColumnsAndDecodeBack() {
        for (String[] command : List.of(new String[] {"related", input.toString(), "--all", "--window", "none", "--min-score", "0"},
                new String[] {"dedup", input.toString()}, new String[] {"cluster", input.toString()})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--format", "tsv", "-q"));
            DedupCommandTest.Run r = DedupCommandTest.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            List<String> rows = r.out().lines().toList();
            assertTrue(rows.size() > 2, r.out());
            int columns = rows.getFirst().split("\t", -1).length;
            for (String row : rows) assertEquals(columns, row.split("\t", -1).length, row);
            List<String> ids = rows.stream().skip(1).map(row -> Printable.fromTsv(row.split("\t", -1)[1])).toList();
            assertTrue(ids.contains("a\tb\nc") && ids.contains("back\\slash"), ids.toString());
        }
    }

    @Test
    void textOutputNeverCarriesTerminalEscapes() {
        for (String command : List.of("dedup", "related", "cluster")) {
            List<String> args = new ArrayList<>(List.of(command, input.toString(), "--format", "text", "-q"));
            if (command.equals("related")) args.add("--all");
            DedupCommandTest.Run r = DedupCommandTest.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            assertFalse(r.out().chars().anyMatch(c -> c == 0x1b || c == 0x07), r.out());
            assertTrue(r.out().contains("esc\\u001b[31m"), r.out());
        }
    }

    @Test
    void jsonlEscapesControlCharactersAndRoundTripsIds() {
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", input.toString(), "--format", "jsonl", "-q");
        assertFalse(r.out().chars().anyMatch(c -> c < 0x20 && c != '\n'), r.out());
        List<Object> ids = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            for (Object m : (List<?>) Json.parseObject(line).get("members")) ids.add(((java.util.Map<?, ?>) m).get("id"));
        }
        assertTrue(ids.contains("esc\u001b[31m") && ids.contains("a\tb\nc"), ids.toString());
    }

    @Test
    void debugAfterTheSubcommandPrintsTheStackTrace() {
        String absent = dir.resolve("absent.jsonl").toString();
        Exit quiet = runTo(new ByteArrayOutputStream(), false, "dedup", absent);
        Exit debug = runTo(new ByteArrayOutputStream(), false, "dedup", absent, "--debug");
        assertEquals(ExitCode.IO, debug.code());
        assertFalse(quiet.err().contains("UserException"), quiet.err());
        assertTrue(debug.err().contains("io.copydesk.cli.UserException"), debug.err());
    }

    @Test
    void aBadStartDateIsExplainedWithoutJavaClassNames() {
        DedupCommandTest.Run r = DedupCommandTest.run("generate", "--articles", "3", "--start", "2024-13-40");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("'2024-13-40' is not a date YYYY-MM-DD"), r.err());
        assertFalse(r.err().contains("java."), r.err());
    }

    @Test
    void stdoutNotATerminalIsWrittenInBlocksNotALineAtATime() throws IOException {
        Path many = dir.resolve("many.jsonl");
        assertEquals(0, runTo(new ByteArrayOutputStream(), false, "generate", "--articles", "300", "--seed", "5", "--out", many.toString()).code());
        int[] writes = new int[1];
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        OutputStream counting = new OutputStream() {
            @Override public void write(int b) { writes[0]++; got.write(b); }
            @Override public void write(byte[] b, int off, int len) { writes[0]++; got.write(b, off, len); }
        };
        Exit e = runTo(counting, false, "dedup", many.toString(), "--pairs", "--format", "jsonl", "-q"); // a line a pair, each printed alone
        assertEquals(0, e.code(), e.err());
        Path file = dir.resolve("pairs.jsonl");
        assertEquals(0, runTo(new ByteArrayOutputStream(), false, "dedup", many.toString(), "--pairs", "--format", "jsonl", "-q", "--out", file.toString()).code());
        String printed = got.toString(StandardCharsets.UTF_8);
        assertEquals(Files.readString(file), printed, "the same lines as --out writes");
        long lines = printed.lines().count();
        assertTrue(lines >= 100, "lines " + lines);
        assertTrue(writes[0] <= lines / 20, writes[0] + " writes for " + lines + " lines"); // a write a line was a system call a line
    }

    @Test
    void aFailedOutputNamesTheReason() throws IOException {
        Path blocked = Files.writeString(dir.resolve("file"), "x");
        DedupCommandTest.Run r = DedupCommandTest.run("dedup", input.toString(), "-q", "--out", blocked.resolve("out.jsonl").toString());
        assertEquals(ExitCode.IO, r.exit());
        assertTrue(r.err().matches("(?s)copydesk: cannot write .*out\\.jsonl: .*\\S.*"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
