package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, items 12 and 13: copydesk as a process, stopped by a signal or started without stdin. */
class ProcessLifecycleTest {
    @TempDir Path dir;

    private static ProcessBuilder copydesk(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "io.copydesk.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static List<Path> hidden(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void sigtermLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("big.jsonl");
        Process p = copydesk("generate", "--articles", "5000000", "--out", out.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (hidden(dir).isEmpty() && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
        assertFalse(hidden(dir).isEmpty(), "generate never started writing");
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of(), hidden(dir));
        assertFalse(Files.exists(out));
    }

    /** {@code copydesk ... | head -1}: the reader of its stdout pipe goes away, and copydesk ends quietly with SIGPIPE's status. */
    @Test
    void aStdoutPipeClosedByItsReaderEndsTheRunQuietly() throws Exception {
        Process p = copydesk("generate", "--articles", "20000").start();
        byte[] first = p.getInputStream().readNBytes(100);
        p.getInputStream().close();
        ChildRun run = ChildRun.finish(p, p.getErrorStream(), 60);
        assertEquals(100, first.length);
        assertEquals(ExitCode.CLOSED_PIPE, run.exitCode(), run.output());
        assertEquals("", run.output());
    }

    @Test
    void aClosedStdinIsAClearErrorNotAnotherFile() throws Exception {
        ProcessBuilder pb = copydesk("dedup", "-");
        String command = String.join(" ", pb.command().stream().map(a -> "'" + a + "'").toList()) + " <&-";
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        ChildRun run = ChildRun.finish(p, p.getInputStream(), 60);
        String output = run.output();
        assertEquals(ExitCode.IO, run.exitCode(), output);
        assertEquals("copydesk: -: stdin is closed; pipe articles into copydesk or name a file\n", output);
    }

    @Test
    void outToDevStdoutAppendsToAFileTheShellOpenedForAppending() throws Exception {
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"text\":\"one two three four five six\"}\n"
                + "{\"id\":\"b\",\"text\":\"one two three four five six\"}\n");
        Path log = Files.writeString(dir.resolve("log.txt"), "earlier line\n");
        ProcessBuilder pb = copydesk("dedup", input.toString(), "--format", "jsonl", "-q", "--out", "/dev/stdout");
        String command = String.join(" ", pb.command().stream().map(a -> "'" + a + "'").toList()) + " >> '" + log + "'";
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        ChildRun run = ChildRun.finish(p, p.getInputStream(), 60);
        String output = run.output();
        assertEquals(0, run.exitCode(), output);
        List<String> lines = Files.readAllLines(log);
        assertEquals("earlier line", lines.getFirst(), "the log's start was overwritten");
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("{\"group\":1"), lines.toString());
    }

    @Test
    void evalRunReadsLabelsAndArticlesFromStdin() throws Exception {
        StringBuilder labelled = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            String text = "story " + i + " words alpha beta gamma delta epsilon zeta eta theta iota kappa lambda " + i;
            labelled.append("{\"id\":\"s").append(i).append("\",\"text\":\"").append(text).append("\",\"cluster\":\"c").append(i)
                    .append("\",\"dup_group\":\"d").append(i).append("\"}\n");
            labelled.append("{\"id\":\"s").append(i).append("-copy\",\"text\":\"").append(text).append("\",\"cluster\":\"c").append(i)
                    .append("\",\"dup_group\":\"d").append(i).append("\"}\n");
        }
        Path file = Files.writeString(dir.resolve("labelled.jsonl"), labelled);
        Process p = copydesk("eval", "run", "-", "--format", "tsv", "-q").redirectInput(file.toFile()).redirectErrorStream(true).start();
        ChildRun run = ChildRun.finish(p, p.getInputStream(), 60);
        String output = run.output();
        assertEquals(0, run.exitCode(), output);
        assertTrue(output.contains("dedup\tarticles\t12") && output.contains("dedup\tgold_groups\t6"), output); // labels and articles both read
    }
}
