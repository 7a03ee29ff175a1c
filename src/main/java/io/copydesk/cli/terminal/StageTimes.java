package io.copydesk.cli.terminal;

import io.copydesk.engine.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * {@code --timings}: the wall and process CPU time of each stage of a run, and the time the garbage
 * collectors took in it, passed on to the progress display unchanged and printed as a table at the
 * end. A stage lasts from its start to the next stage's start (or the table), so the time between
 * stages, such as writing output that reports no progress, counts for the stage before; stages of the
 * same name (two reading passes) add up. CPU over wall is how many cores the stage kept busy; with the
 * Serial and Parallel collectors the collections' time is time the run stood still.
 */
public final class StageTimes implements Progress {
    private static final String FIRST = "start"; // the process's start-up and the command line, up to the first stage

    private final Progress display;
    private final LongSupplier wallNanos;
    private final LongSupplier cpuNanos;
    private final LongSupplier gcNanos;
    private final Map<String, long[]> stages = new LinkedHashMap<>(); // name -> {wall, CPU, collections} in nanoseconds
    private String current = FIRST;
    private long currentWall, currentCpu, currentGc;

    /** Times the stages of this process, reporting each also to {@code display}. */
    public StageTimes(Progress display) {
        this(display, System::nanoTime, StageTimes::processCpuNanos, StageTimes::collectionNanos, processAgeNanos());
    }

    /**
     * Clocks given: {@code wallNanos}, {@code cpuNanos} and the collections' time {@code gcNanos} now, the
     * {@code start} stage having begun {@code startedNanosAgo} before this and at CPU and collection time 0.
     */
    StageTimes(Progress display, LongSupplier wallNanos, LongSupplier cpuNanos, LongSupplier gcNanos, long startedNanosAgo) {
        this.display = display;
        this.wallNanos = wallNanos;
        this.cpuNanos = cpuNanos;
        this.gcNanos = gcNanos;
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
        long wall = wallNanos.getAsLong(), cpu = cpuNanos.getAsLong(), gc = gcNanos.getAsLong();
        long[] t = stages.computeIfAbsent(current, k -> new long[3]);
        t[0] += wall - currentWall;
        t[1] += cpu - currentCpu;
        t[2] += gc - currentGc;
        current = task;
        currentWall = wall;
        currentCpu = cpu;
        currentGc = gc;
    }

    /** Ends the current stage and prints every stage's times, in the order they first started, and the total. */
    public synchronized void print(PrintWriter err) {
        enter(current);
        err.println("copydesk: time by stage (CPU/wall: cores kept busy; GC: the garbage collections' time)");
        err.println(row("stage", "wall s", "CPU s", "CPU/wall", "GC s"));
        long wall = 0, cpu = 0, gc = 0;
        for (Map.Entry<String, long[]> e : stages.entrySet()) {
            long[] t = e.getValue();
            wall += t[0];
            cpu += t[1];
            gc += t[2];
            err.println(row(e.getKey(), t[0], t[1], t[2]));
        }
        err.println(row("total", wall, cpu, gc));
        err.flush();
    }

    private static String row(String stage, long wall, long cpu, long gc) {
        return row(stage, seconds(wall), seconds(cpu), wall <= 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) cpu / wall), seconds(gc));
    }

    private static String row(String stage, String wall, String cpu, String ratio, String gc) {
        return String.format(Locale.ROOT, "  %-20s %8s %8s %8s %8s", stage, wall, cpu, ratio, gc);
    }

    /** The collectors' accumulated collection time (pauses, for the Serial and Parallel collectors); 0 where none says. */
    private static long collectionNanos() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
        return ms * 1_000_000;
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
