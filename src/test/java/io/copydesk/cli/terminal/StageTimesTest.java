package io.copydesk.cli.terminal;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.cli.Main;
import io.copydesk.engine.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageTimesTest {
    /** A clock the test moves: wall, CPU and collection time in nanoseconds. */
    static final class Clock {
        long wall = 5_000_000_000L, cpu, gc;
        void pass(double wallSeconds, double cpuSeconds) {
            pass(wallSeconds, cpuSeconds, 0);
        }
        void pass(double wallSeconds, double cpuSeconds, double gcSeconds) {
            wall += (long) (wallSeconds * 1e9);
            cpu += (long) (cpuSeconds * 1e9);
            gc += (long) (gcSeconds * 1e9);
        }
    }

    /** Every call the display got, as text. */
    static final class Recording implements Progress {
        final List<String> calls = new ArrayList<>();
        @Override public void start(String task, long total) { calls.add("start " + task + " " + total); }
        @Override public void startBytes(String task, long total) { calls.add("bytes " + task + " " + total); }
        @Override public void advance(long n) { calls.add("advance " + n); }
        @Override public void extend(long n) { calls.add("extend " + n); }
        @Override public void finish() { calls.add("finish"); }
    }

    /** The table's rows: stage -> {wall, CPU, CPU/wall, GC} as printed (CPU/wall -1 for "-"). */
    static Map<String, double[]> rows(String table) {
        Map<String, double[]> rows = new LinkedHashMap<>();
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).startsWith("copydesk: time by stage"), table);
        assertEquals(List.of("stage", "wall", "s", "CPU", "s", "CPU/wall", "GC", "s"), List.of(lines.get(1).trim().split(" +")));
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.trim().split(" +");
            assertEquals(5, f.length, line);
            rows.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3].equals("-") ? -1 : Double.parseDouble(f[3]),
                    Double.parseDouble(f[4])});
        }
        return rows;
    }

    @Test
    void eachStageLastsToTheNextAndStagesOfOneNameAddUp() {
        Clock c = new Clock();
        Recording display = new Recording();
        StageTimes t = new StageTimes(display, () -> c.wall, () -> c.cpu, () -> c.gc, 300_000_000L);
        c.pass(0.1, 0.25); // start-up: 0.3 s before the timer was made, 0.1 s after
        t.startBytes("reading", 1000);
        t.advance(400);
        c.pass(2.0, 3.5, 0.25);
        t.finish();
        c.pass(0.5, 0.5, 0.125); // between stages: still reading's
        t.start("analyzing", 10);
        t.extend(2);
        c.pass(1.0, 2.0, 0.5);
        t.start("reading", -1); // a second pass
        c.pass(0.5, 0.75, 0.0625);
        t.start("writing", 3);
        c.pass(0.25, 0.25);
        StringWriter out = new StringWriter();
        t.print(new PrintWriter(out));
        Map<String, double[]> rows = rows(out.toString());
        assertEquals(List.of("start", "reading", "analyzing", "writing", "total"), List.copyOf(rows.keySet()));
        assertArrayEquals(new double[] {0.40, 0.25, 0.63, 0}, rows.get("start"), 0.006);
        assertArrayEquals(new double[] {3.00, 4.75, 1.58, 0.44}, rows.get("reading"), 0.006);
        assertArrayEquals(new double[] {1.00, 2.00, 2.00, 0.50}, rows.get("analyzing"), 0.006);
        assertArrayEquals(new double[] {0.25, 0.25, 1.00, 0}, rows.get("writing"), 0.006);
        assertArrayEquals(new double[] {4.65, 7.25, 1.56, 0.94}, rows.get("total"), 0.006);
        assertEquals(List.of("bytes reading 1000", "advance 400", "finish", "start analyzing 10", "extend 2", "start reading -1",
                "start writing 3"), display.calls);
    }

    @Test
    void aStageWithoutWallTimeHasNoRatio() {
        Clock c = new Clock();
        StageTimes t = new StageTimes(Progress.NONE, () -> c.wall, () -> c.cpu, () -> c.gc, 0);
        t.start("copies", 1);
        StringWriter out = new StringWriter();
        t.print(new PrintWriter(out));
        assertEquals(-1, rows(out.toString()).get("start")[2]);
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertEquals(0, exit, err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void timingsGoToStderrAndChangeNoResult() {
        for (String command : List.of("dedup", "cluster", "related")) {
            List<String> plain = new ArrayList<>(List.of(command, "corpus", "--format", "jsonl", "-q"));
            if (command.equals("related")) plain.add("--all");
            List<String> timed = new ArrayList<>(plain);
            timed.add("--timings");
            String[] a = run(plain.toArray(String[]::new)), b = run(timed.toArray(String[]::new));
            assertEquals(a[0], b[0], command);
            assertEquals("", a[1]);
            Map<String, double[]> rows = rows(b[1]);
            List<String> stages = List.copyOf(rows.keySet());
            assertEquals("start", stages.getFirst());
            assertEquals("total", stages.getLast());
            assertTrue(stages.contains("reading") && stages.contains("grouping"), command + ": " + stages);
            if (!command.equals("dedup")) assertTrue(stages.contains("linking") && stages.contains("weighting"), command + ": " + stages);
            if (command.equals("related")) assertTrue(stages.contains("ranking"), stages.toString());
            double wall = 0, gc = 0;
            for (String s : stages.subList(0, stages.size() - 1)) {
                wall += rows.get(s)[0];
                gc += rows.get(s)[3];
                assertTrue(rows.get(s)[3] <= rows.get(s)[0] + 0.01, "a stage's collections take no more than the stage: " + s);
            }
            assertEquals(rows.get("total")[0], wall, 0.005 * stages.size(), command);
            assertEquals(rows.get("total")[3], gc, 0.005 * stages.size(), command);
        }
    }
}
