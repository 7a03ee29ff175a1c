package io.copydesk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs independent chunks of work on a fixed number of threads, returning results in chunk order. */
public final class Parallel {
    private Parallel() {}

    public static <T> List<T> map(int threads, int chunks, IntFunction<T> chunk) {
        if (threads <= 1 || chunks <= 1) {
            List<T> out = new ArrayList<>(chunks);
            for (int i = 0; i < chunks; i++) out.add(chunk.apply(i));
            return out;
        }
        try (WorkerPool pool = new WorkerPool(threads)) {
            List<Future<T>> futures = new ArrayList<>(chunks);
            for (int i = 0; i < chunks; i++) {
                int c = i;
                futures.add(pool.submit(() -> chunk.apply(c)));
            }
            List<T> out = new ArrayList<>(chunks);
            for (Future<T> f : futures) out.add(pool.get(f));
            return out;
        }
    }
}
