package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.cli.terminal.Stderr;
import io.copydesk.cli.terminal.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What every command shows on a terminal: summaries that fit, --version everywhere, the out-of-memory hint. */
class CommandTerminalTest {
    @TempDir Path dir;

    /** The closing lines dedup, cluster, related and report print on stderr fit an 80-column terminal. */
    @Test
    void closingSummariesFitEightyColumns() {
        Path html = dir.resolve("r.html");
        for (List<String> args : List.of(List.of("dedup", "corpus", "--format", "jsonl"), List.of("cluster", "corpus", "--format", "jsonl"),
                List.of("related", "corpus", "--all", "--format", "jsonl"), List.of("report", "corpus", "--out", html.toString()))) {
            StringWriter out = new StringWriter(), err = new StringWriter();
            assertEquals(0, Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args.toArray(String[]::new)), err.toString());
            assertTrue(err.toString().startsWith("copydesk: "), args + ": " + err);
            for (String line : err.toString().lines().toList()) assertTrue(line.length() < Terminal.SUMMARY_WIDTH, args + ": " + line);
        }
    }

    @Test
    void everySubcommandPrintsTheVersion() {
        CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String command : List.of("dedup", "cluster", "report", "related", "explain", "generate", "eval", "index")) {
            StringWriter out = new StringWriter();
            CommandLine cl = Main.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
            assertEquals(0, cl.execute(command, "--version"), command);
            assertEquals(String.join("", root.getCommandSpec().version()), out.toString().strip(), command);
        }
    }

    @Test
    void outOfMemoryEndsWithOneLineSayingHowToGiveMore() throws Exception {
        Path input = dir.resolve("news.jsonl");
        assertEquals("0", RelatedAndClusterCommandTest.run(new GenerateCommand(), "--articles", "20000", "--out", input.toString())[0]);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "cluster", input.toString(), "--format", "jsonl", "-q").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ChildRun run = ChildRun.finish(p, p.getErrorStream(), 300);
        String err = run.output();
        assertEquals(ExitCode.INTERNAL, run.exitCode(), err);
        assertTrue(err.contains("out of memory") && err.contains("COPYDESK_JAVA_OPTS=-Xmx"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }

    /** The heap's size is written with its thousands grouped, as {@code %,d} writes it in the root locale. */
    @Test
    void outOfMemoryLineGroupsTheHeapSize() {
        for (long mb : new long[] {0, 7, 24, 999, 1000, 8192, 65536, 123456, 1234567, Long.MAX_VALUE >> 20}) {
            String line = Main.outOfMemory(mb);
            assertEquals(String.format(java.util.Locale.ROOT, "copydesk: out of memory (Java heap of %,d MB); give it more, e.g. "
                    + "COPYDESK_JAVA_OPTS=-Xmx8g ./copydesk ... (or java -Xmx8g -jar copydesk.jar ...)", mb), line);
        }
    }

    /**
     * The heap running out while the JVM links a call site reaches the command as a
     * BootstrapMethodError caused by the OutOfMemoryError (seen in CI in the test above, in a string
     * concatenation's first use); in a class's set-up as an ExceptionInInitializerError. Each still
     * ends with the one line and exit code, and an error with no memory cause is not taken for one.
     */
    @Test
    void outOfMemoryWrappedByTheJvmStillEndsWithTheOneLine() {
        for (Error wrapped : List.of(new OutOfMemoryError("Java heap space"),
                new BootstrapMethodError("bootstrap method initialization exception",
                        new IllegalStateException("Generator failed", new OutOfMemoryError("Java heap space"))),
                new ExceptionInInitializerError(new OutOfMemoryError("Java heap space")))) {
            StringWriter err = new StringWriter();
            int code = Main.endingOutOfMemory(() -> { throw wrapped; }, new Stderr(err));
            assertEquals(ExitCode.INTERNAL, code, wrapped.toString());
            assertEquals(Main.outOfMemory(), err.toString().strip(), wrapped.toString());
        }
        StackOverflowError other = new StackOverflowError();
        assertSame(other, assertThrows(StackOverflowError.class, () -> Main.endingOutOfMemory(() -> { throw other; }, new Stderr(new StringWriter()))));
        assertEquals(7, Main.endingOutOfMemory(() -> 7, new Stderr(new StringWriter())));
    }
}
