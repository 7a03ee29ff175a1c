package io.copydesk.cli.terminal;

import io.copydesk.engine.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * {@code --timings}: the wall and process CPU time of each stage of a run, passed on to the progress
 * display unchanged and printed as a table at the end. A stage lasts from its start to the next
 * stage's start (or the table), so the time between stages, such as writing output that reports no
 * progress, counts for the stage before; stages of the same name (two reading passes) add up. CPU over
 * wall is how many cores the stage kept busy.
 */
public final class StageTimes implements Progress {
    private static final String FIRST = "start"; // the process's start-up and the command line, up to the first stage

    private final Progress display;
    private final LongSupplier wallNanos;
    private final LongSupplier cpuNanos;
    private final Map<String, long[]> stages = new LinkedHashMap<>(); // name -> {wall, CPU} in nanoseconds
    private String current = FIRST;
    private long currentWall, currentCpu;

    /** Times the stages of this process, reporting each also to {@code display}. */
    public StageTimes(Progress display) {
        this(display, System::nanoTime, StageTimes::processCpuNanos, processAgeNanos());
    }

    /**
     * Clocks given: {@code wallNanos} and {@code cpuNanos} now, the {@code start} stage having begun
     * {@code startedNanosAgo} before this and at CPU time 0.
     */
    StageTimes(Progress display, LongSupplier wallNanos, LongSupplier cpuNanos, long startedNanosAgo) {
        this.display = display;
        this.wallNanos = wallNanos;
        this.cpuNanos = cpuNanos;
        currentWall = wallNanos.getAsLong() - startedNanosAgo;
    }

    @Override
    public void start(String task, long total) {
        enter(task);
        display.start(task, total);
    }

    @Override
    public void startBytes(String task, long totalBytes) {
        enter(task);
        display.startBytes(task, totalBytes);
    }

    @Override
    public void advance(long n) {
        display.advance(n);
    }

    @Override
    public void extend(long n) {
        display.extend(n);
    }

    @Override
    public void finish() {
        display.finish();
    }

    private synchronized void enter(String task) {
        long wall = wallNanos.getAsLong(), cpu = cpuNanos.getAsLong();
        long[] t = stages.computeIfAbsent(current, k -> new long[2]);
        t[0] += wall - currentWall;
        t[1] += cpu - currentCpu;
        current = task;
        currentWall = wall;
        currentCpu = cpu;
    }

    /** Ends the current stage and prints every stage's times, in the order they first started, and the total. */
    public synchronized void print(PrintWriter err) {
        enter(current);
        err.println("copydesk: time by stage (CPU/wall: cores kept busy)");
        err.println(row("stage", "wall s", "CPU s", "CPU/wall"));
        long wall = 0, cpu = 0;
        for (Map.Entry<String, long[]> e : stages.entrySet()) {
            long[] t = e.getValue();
            wall += t[0];
            cpu += t[1];
            err.println(row(e.getKey(), t[0], t[1]));
        }
        err.println(row("total", wall, cpu));
        err.flush();
    }

    private static String row(String stage, long wall, long cpu) {
        return row(stage, seconds(wall), seconds(cpu), wall <= 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) cpu / wall));
    }

    private static String row(String stage, String wall, String cpu, String ratio) {
        return String.format(Locale.ROOT, "  %-20s %8s %8s %8s", stage, wall, cpu, ratio);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    /** User and system CPU of the whole process so far (every thread, ended ones too); 0 where the platform does not say. */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /**
     * Since the process started: the JVM's start-up, and that of a launcher script that execs it. On
     * Linux from /proc, to the clock tick; elsewhere as {@link ProcessHandle} says, whose start time
     * there rests on the boot time in whole seconds.
     */
    private static long processAgeNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat")), uptime = Files.readString(Path.of("/proc/uptime"));
            long startTicks = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19]); // field 22: start, in 1/100 s
            double age = Double.parseDouble(uptime.substring(0, uptime.indexOf(' '))) - startTicks / 100.0;
            if (age >= 0) return (long) (age * 1e9);
        } catch (IOException | RuntimeException e) {
            // not Linux: below
        }
        return ProcessHandle.current().info().startInstant()
                .map(s -> Math.max(0, Duration.between(s, Instant.now()).toNanos())).orElse(0L);
    }
}
