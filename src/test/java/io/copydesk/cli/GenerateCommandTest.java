package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    private static final List<String> FIELDS = List.of(
            "id", "title", "text", "date", "source", "url", "cluster", "storyline", "dup_group", "kind", "body_start", "body_end");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new GenerateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void writesTheRequestedNumberOfValidJsonlLinesToStdout() {
        assertEquals(ExitCode.OK, run("--articles", "120", "--seed", "9"));
        String[] lines = out.toString().split("\n");
        assertEquals(120, lines.length);
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            Map<String, Object> o = Json.parseObject(line);
            assertEquals(FIELDS, List.copyOf(o.keySet()));
            assertTrue(ids.add((String) o.get("id")));
            assertTrue(((String) o.get("date")).matches("\\d{4}-\\d{2}-\\d{2}"));
            String text = (String) o.get("text");
            assertTrue((long) o.get("body_start") < (long) o.get("body_end") && (long) o.get("body_end") <= text.length());
        }
        assertEquals("", err.toString());
    }

    @Test
    void sameOptionsWriteTheSameBytes() {
        run("--articles", "40", "--dup-rate", "0.8");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("--articles", "40", "--dup-rate", "0.8");
        assertEquals(first, out.toString());
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, run("--articles", "40", "--dup-rate", "0.8", "-q")); // as every command that may show progress takes it
        assertEquals(first, out.toString());
    }

    @Test
    void writesGzippedArticlesAndTruthPairsToFiles(@TempDir Path dir) throws IOException {
        Path articles = dir.resolve("news.jsonl.gz");
        Path pairs = dir.resolve("pairs.jsonl");
        assertEquals(ExitCode.OK, run("--articles", "200", "--dup-rate", "1", "--out", articles.toString(),
                "--truth-pairs", pairs.toString()));
        assertEquals("", out.toString());
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(articles))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals(200, lines.size());
        Set<String> ids = new HashSet<>();
        lines.forEach(l -> ids.add((String) Json.parseObject(l).get("id")));
        List<String> pairLines = Files.readAllLines(pairs);
        assertFalse(pairLines.isEmpty());
        for (String l : pairLines) {
            Map<String, Object> p = Json.parseObject(l);
            assertEquals(List.of("a", "b", "kind"), List.copyOf(p.keySet()));
            assertTrue(ids.contains((String) p.get("a")) && ids.contains((String) p.get("b")));
            assertTrue(List.of("copy", "brief", "update").contains((String) p.get("kind")));
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void rejectsAnOutOfRangeValueNamingTheOptionAndTheRange() {
        assertEquals(ExitCode.USAGE, run("--articles", "10", "--edit-rate", "0.7"));
        assertTrue(err.toString().contains("--edit-rate: 0.7 is outside 0..0.5"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void rejectsTooFewSitesAndAMissingArticleCount() {
        assertEquals(ExitCode.USAGE, run("--articles", "10", "--sites", "1"));
        assertTrue(err.toString().contains("--sites: 1 is outside 2..500"), err.toString());
        assertEquals(ExitCode.USAGE, run("--seed", "1"));
        assertTrue(err.toString().contains("--articles"), err.toString());
    }

    @Test
    void anUnwritableOutputIsAnIoErrorThroughMain(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        CommandLine cl = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        int code = cl.execute("generate", "--articles", "5", "--out", notADirectory.resolve("news.jsonl").toString());
        assertEquals(ExitCode.IO, code);
        assertTrue(err.toString().startsWith("copydesk: cannot write "), err.toString());
    }

    @Test
    void gzipNeedsAnOutputFile() {
        assertEquals(ExitCode.USAGE, run("--articles", "10", "--gzip"));
        assertTrue(err.toString().contains("--gzip needs --out FILE"), err.toString());
    }

    @Test
    void helpShowsDefaultsAnExampleAndTheExitCodes() {
        assertEquals(ExitCode.OK, run("--help"));
        String help = out.toString();
        assertTrue(help.contains("Default: 0.03"), help);
        assertTrue(help.contains("copydesk generate --articles 1000"), help);
        assertTrue(help.contains("Exit codes:"), help);
    }
}
