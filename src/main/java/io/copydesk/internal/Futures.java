package io.copydesk.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for a task and rethrows what it threw as it was, so callers see the real failure. */
public final class Futures {
    private Futures() {}

    public static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
