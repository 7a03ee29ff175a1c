package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {
    @Test
    void givesEachTasksResultAndRethrowsWhatATaskThrewAsItWas() {
        try (WorkerPool pool = new WorkerPool(2)) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                futures.add(pool.submit(() -> n * n));
            }
            for (int i = 0; i < 50; i++) assertEquals(i * i, pool.get(futures.get(i)));
            IllegalArgumentException bad = new IllegalArgumentException("bad record");
            assertSame(bad, assertThrows(IllegalArgumentException.class, () -> pool.get(pool.submit(() -> { throw bad; }))));
            OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
            assertSame(oom, assertThrows(OutOfMemoryError.class, () -> pool.get(pool.submit(() -> { throw oom; }))));
        }
    }

    /**
     * A worker that dies of an error its task's future never records (what FutureTask does when
     * the heap runs out inside its own bookkeeping) must not leave the waiter waiting forever: the
     * death reaches the waiter. The task stands in for that death the way the JVM reports it, through
     * the thread's uncaught-exception handler, and then never completes.
     */
    @Test
    void aWorkerDyingOutsideItsTaskFailsTheWaiterInsteadOfHangingIt() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        CountDownLatch never = new CountDownLatch(1);
        try (WorkerPool pool = new WorkerPool(2)) {
            Future<String> lost = pool.submit(() -> {
                Thread self = Thread.currentThread();
                self.getUncaughtExceptionHandler().uncaughtException(self, oom);
                never.await();
                return "never";
            });
            Future<String> fine = pool.submit(() -> "done");
            assertEquals("done", pool.get(fine));
            OutOfMemoryError thrown = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(OutOfMemoryError.class, () -> pool.get(lost)));
            assertSame(oom, thrown);
        }
    }
}
