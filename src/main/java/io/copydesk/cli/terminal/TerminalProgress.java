package io.copydesk.cli.terminal;

import io.copydesk.engine.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress display on stderr: stage, count (of the total when known), rate, elapsed time
 * and ETA; sizes and a byte rate for a stage counted in bytes. A ticker thread redraws it four
 * times a second, so a stage that reports no steps for a while still shows a running clock. The
 * line is {@link Stderr}'s status line: other messages on stderr wipe it and it comes back below
 * them. Silent when stderr is not a terminal.
 */
public final class TerminalProgress implements Progress {
    private static final long TICK_MILLIS = 250;

    private final Stderr err;
    private final int width;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile String task = "";
    private volatile boolean bytes;
    private volatile long started;
    private volatile boolean active;
    private Thread ticker;

    TerminalProgress(Stderr err, int width) {
        this.err = err;
        this.width = width;
    }

    public static Progress forStderr(PrintWriter err) {
        return Terminal.stderrIsTerminal() ? new TerminalProgress(Stderr.of(err), Terminal.width()) : Progress.NONE;
    }

    @Override
    public void start(String task, long total) {
        begin(task, total, false);
    }

    @Override
    public void startBytes(String task, long totalBytes) {
        begin(task, totalBytes, true);
    }

    private synchronized void begin(String task, long total, boolean bytes) {
        this.task = task;
        this.total.set(total);
        this.bytes = bytes;
        done.set(0);
        started = System.nanoTime();
        active = true;
        if (ticker == null) {
            ticker = Thread.ofPlatform().daemon().name("copydesk-progress").start(this::tick);
        }
        draw();
    }

    @Override
    public void advance(long n) {
        done.addAndGet(n);
    }

    @Override
    public void extend(long n) {
        total.addAndGet(n);
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(TICK_MILLIS);
                synchronized (this) {
                    if (active) draw();
                }
            }
        } catch (InterruptedException e) {
            // finished
        }
    }

    private synchronized void draw() {
        long nanos = System.nanoTime() - started;
        String line = bytes ? bytesLine(task, done.get(), total.get(), nanos) : line(task, done.get(), total.get(), nanos);
        err.status(Terminal.fit(line, width - 1));
    }

    /** The progress line for a stage: {@code count}, {@code total} (-1: unknown) after {@code nanos}. */
    static String line(String task, long count, long total, long nanos) {
        double seconds = nanos / 1e9;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s", task));
        if (total > 0) {
            sb.append(bar(count, total)).append(String.format(Locale.ROOT, " %,d/%,d", count, total));
        } else if (count > 0) {
            sb.append(String.format(Locale.ROOT, " %,d", count));
        }
        if (count > 0 && seconds >= 0.5) sb.append(String.format(Locale.ROOT, "  %,.0f/s", count / seconds));
        return timing(sb, count, total, seconds);
    }

    /** As {@link #line} for a stage counted in bytes: sizes and rate in kB, MB or GB (by the total; count only when it is unknown). */
    static String bytesLine(String task, long count, long total, long nanos) {
        if (total <= 0) return line(task, count, total, nanos);
        double seconds = nanos / 1e9;
        double unit = total >= 10_000_000_000L ? 1e9 : total >= 10_000_000 ? 1e6 : 1e3;
        String name = unit == 1e9 ? "GB" : unit == 1e6 ? "MB" : "kB";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s", task)).append(bar(count, total))
                .append(String.format(Locale.ROOT, " %,.1f/%,.1f %s", count / unit, total / unit, name));
        if (count > 0 && seconds >= 0.5) sb.append(String.format(Locale.ROOT, "  %,.1f %s/s", count / unit / seconds, name));
        return timing(sb, count, total, seconds);
    }

    private static String bar(long count, long total) {
        int bar = 20, filled = (int) Math.min(bar, count * bar / total);
        return " [" + "#".repeat(filled) + " ".repeat(bar - filled) + "]";
    }

    /** Elapsed time, and the ETA at the rate so far while the total is known and not reached. */
    private static String timing(StringBuilder sb, long count, long total, double seconds) {
        sb.append("  ").append(clock(seconds));
        if (total > 0 && count > 0 && count < total && seconds >= 1) {
            sb.append("  ETA ").append(clock(seconds * (total - count) / count));
        }
        return sb.toString();
    }

    /** m:ss, or h:mm:ss from an hour on. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    public synchronized void finish() {
        active = false;
        err.clearStatus();
    }
}
