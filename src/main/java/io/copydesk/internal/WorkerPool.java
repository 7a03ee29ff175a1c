package io.copydesk.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A fixed number of daemon worker threads, and the way copydesk waits for their tasks: what a
 * task threw is rethrown as it was on the thread that waits for it, so callers see the real
 * failure. A waiter is never left waiting for a result that cannot come: when the heap runs out
 * inside the JDK's own task bookkeeping ({@code FutureTask} can throw out of its {@code run}
 * before it records the outcome), the worker dies of the error and the task's future is never
 * completed. Such a death is recorded here and rethrown to whoever waits, within {@link #CHECK_MS}.
 */
public final class WorkerPool implements AutoCloseable {
    static final long CHECK_MS = 50, CLOSE_WAIT_MS = 10_000;

    private final ExecutorService pool;
    private volatile Throwable workerDied;

    public WorkerPool(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().uncaughtExceptionHandler((t, e) -> {
            if (workerDied == null) workerDied = e; // the first death is the cause; later ones follow from it
        }).factory());
    }

    public <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    /** The task's result; rethrows what it threw, or what killed a worker while waiting for it. */
    public <T> T get(Future<T> future) {
        try {
            while (true) {
                try {
                    return future.get(CHECK_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    Throwable died = workerDied;
                    if (died != null) throw unchecked(died);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        }
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException re) return re;
        if (t instanceof Error err) throw err;
        return new IllegalStateException(t);
    }

    /**
     * Stops the workers: tasks still queued are dropped, running ones interrupted and waited for (up
     * to {@link #CLOSE_WAIT_MS}). After a failure, a task still running would go on holding its
     * batch while the caller reports the failure: after the heap ran out, that report (and even the
     * JVM's exit) could then run out again.
     */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
