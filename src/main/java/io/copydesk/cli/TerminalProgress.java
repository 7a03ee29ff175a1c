package io.copydesk.cli;

import io.copydesk.engine.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress display on stderr: stage, count (of the total when known), rate, elapsed time
 * and ETA. A ticker thread redraws it four times a second, so a stage that reports no steps (a
 * long computation between counted ones) still shows its name and a running clock. Silent when
 * stderr is not a terminal.
 */
final class TerminalProgress implements Progress {
    private static final long TICK_MILLIS = 250;

    private final PrintWriter err;
    private final int width;
    private final AtomicLong done = new AtomicLong();
    private volatile String task = "";
    private volatile long total;
    private volatile long started;
    private volatile boolean active;
    private Thread ticker;
    private int drawn; // characters of the line on screen

    TerminalProgress(PrintWriter err, int width) {
        this.err = err;
        this.width = width;
    }

    static Progress forStderr(PrintWriter err) {
        return Terminal.stderrIsTerminal() ? new TerminalProgress(err, Terminal.width()) : Progress.NONE;
    }

    @Override
    public synchronized void start(String task, long total) {
        this.task = task;
        this.total = total;
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

    /** Redraws the line over the last one; spaces, not an erase sequence, wipe what is left of it (stderr shows escapes as text). */
    private synchronized void draw() {
        String line = Terminal.fit(line(task, done.get(), total, System.nanoTime() - started), width - 1);
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        drawn = line.length();
        err.flush();
    }

    /** The progress line for a stage: {@code count}, {@code total} (-1: unknown) after {@code nanos}. */
    static String line(String task, long count, long total, long nanos) {
        double seconds = nanos / 1e9;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s", task));
        if (total > 0) {
            int bar = 20, filled = (int) Math.min(bar, count * bar / total);
            sb.append(String.format(Locale.ROOT, " [%s%s] %,d/%,d", "#".repeat(filled), " ".repeat(bar - filled), count, total));
        } else if (count > 0) {
            sb.append(String.format(Locale.ROOT, " %,d", count));
        }
        if (count > 0 && seconds >= 0.5) sb.append(String.format(Locale.ROOT, "  %,.0f/s", count / seconds));
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
        err.print("\r" + " ".repeat(drawn) + "\r");
        drawn = 0;
        err.flush();
    }
}
