package io.copydesk.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * Runs the job's steps one after another under their names and adds up, per step, the wall time
 * on the driver and what Spark's own metrics say its stages did: shuffle bytes written and read,
 * task time. Registered as a listener on the context.
 */
final class Steps extends SparkListener {
    private static final String PROPERTY = "copydesk.step";

    /** One step's totals. */
    record Step(String name, long nanos, long shuffleWriteBytes, long shuffleReadBytes, long taskMillis, int stages) {
        String line() {
            return String.format(Locale.ROOT, "%-22s %8.1f s %12s shuffle written %12s read %9.1f task-s %4d stages",
                    name, nanos / 1e9, bytes(shuffleWriteBytes), bytes(shuffleReadBytes), taskMillis / 1e3, stages);
        }
    }

    /** A count kept on the driver (rounds, pairs) for the summary. */
    static final class Counter {
        private long value;

        void add(long n) {
            value += n;
        }

        long value() {
            return value;
        }
    }

    private final SparkContext context;
    private final Map<Integer, String> stageStep = new ConcurrentHashMap<>();
    private final Map<String, long[]> totals = new ConcurrentHashMap<>(); // write, read, task ms, stages
    private final Map<String, Long> wall = new LinkedHashMap<>();

    Steps(SparkContext context) {
        this.context = context;
        context.addSparkListener(this);
    }

    /** Runs {@code work}, a step that triggers Spark actions, under {@code name}. */
    <T> T run(String name, Supplier<T> work) {
        context.setLocalProperty(PROPERTY, name);
        context.setJobDescription("copydesk: " + name);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            wall.merge(name, System.nanoTime() - start, Long::sum);
            context.setLocalProperty(PROPERTY, null);
            context.setJobDescription(null);
        }
    }

    @Override
    public void onJobStart(SparkListenerJobStart job) {
        String step = job.properties() == null ? null : job.properties().getProperty(PROPERTY);
        if (step == null) return;
        for (Object id : scala.jdk.javaapi.CollectionConverters.asJava(job.stageIds())) stageStep.put((Integer) id, step);
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted event) {
        StageInfo s = event.stageInfo();
        String step = stageStep.get(s.stageId());
        TaskMetrics m = s.taskMetrics();
        if (step == null || m == null) return;
        long[] t = totals.computeIfAbsent(step, k -> new long[4]);
        synchronized (t) {
            t[0] += m.shuffleWriteMetrics().bytesWritten();
            t[1] += m.shuffleReadMetrics().totalBytesRead();
            t[2] += m.executorRunTime();
            t[3]++;
        }
    }

    /** Every step so far, in the order they first ran (waits for Spark's events to arrive). */
    List<Step> report() {
        try {
            context.listenerBus().waitUntilEmpty();
        } catch (java.util.concurrent.TimeoutException e) {
            // metrics of the last stages may be missing; the times are still right
        }
        List<Step> out = new ArrayList<>();
        for (Map.Entry<String, Long> w : wall.entrySet()) {
            long[] t = totals.getOrDefault(w.getKey(), new long[4]);
            out.add(new Step(w.getKey(), w.getValue(), t[0], t[1], t[2], (int) t[3]));
        }
        return out;
    }

    static String bytes(long b) {
        if (b < 1024) return b + " B";
        if (b < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", b / 1024.0);
        if (b < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MiB", b / (1024.0 * 1024));
        return String.format(Locale.ROOT, "%.2f GiB", b / (1024.0 * 1024 * 1024));
    }
}
