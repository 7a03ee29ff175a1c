package io.copydesk.cli;

import io.copydesk.engine.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** A one-line progress bar on stderr, redrawn at most ten times a second; silent when not on a terminal. */
final class TerminalProgress implements Progress {
    private final PrintWriter err;
    private final AtomicLong done = new AtomicLong();
    private volatile String task = "";
    private volatile long total;
    private volatile long lastDraw;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    static Progress forStderr(PrintWriter err) {
        java.io.Console c = System.console();
        return c != null && c.isTerminal() && System.getenv("CI") == null ? new TerminalProgress(err) : Progress.NONE;
    }

    @Override
    public void start(String task, long total) {
        this.task = task;
        this.total = total;
        done.set(0);
        lastDraw = 0;
    }

    @Override
    public void advance(long n) {
        long d = done.addAndGet(n);
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L) return;
        lastDraw = now;
        draw(d);
    }

    private synchronized void draw(long d) {
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, d * width / total);
            err.print(String.format(Locale.ROOT, "\r%-12s [%s%s] %,d/%,d", task, "#".repeat(filled), " ".repeat(width - filled), d, total));
        } else {
            err.print(String.format(Locale.ROOT, "\r%-12s %,d", task, d));
        }
        err.flush();
    }

    @Override
    public synchronized void finish() {
        err.print("\r" + " ".repeat(70) + "\r");
        err.flush();
    }
}
