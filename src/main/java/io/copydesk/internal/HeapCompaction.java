package io.copydesk.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A full collection where a run's large transient data has just become garbage, in a process that
 * asked for them ({@link #enable}: the command line does; a library's caller owns its JVM and decides).
 *
 * <p>Why: the young collections copy whatever outlives them into the old generation, which grows until
 * a full collection and never reuses the space of what died there before one. A cluster run's drafts
 * (every article's, until the input-wide boilerplate counts are complete) and its linkage's structures
 * die that way, so the heap kept growing into fresh memory, which the kernel hands out a page at a time
 * (on the 2-core VMs measured, 0.5 to 4 s of system CPU per GB). 100,000 generated articles: the heap
 * grew to 1.9 GB around 0.7 GB of live data, and a full collection where the drafts die took the run to
 * 1.6 GB and 0.89x the wall; with the second, after the linkage, 1.35 GB
 * ({@code benchmarks/results/session32/lead/}).
 */
public final class HeapCompaction {
    /**
     * A heap using less than this is left alone: there a full collection cost about what the pages it
     * freed would have (20,000 generated articles: 165 MB used, 44 ms to free 70 MB; the run 1.05x the wall).
     */
    public static final long MIN_USED = 256L << 20;

    private static volatile long minUsed = Long.MAX_VALUE; // off until enabled
    private static final AtomicInteger collections = new AtomicInteger();

    private HeapCompaction() {}

    /** Full collections from now on, each when the heap uses at least {@code minUsedBytes}. */
    public static void enable(long minUsedBytes) {
        minUsed = minUsedBytes;
    }

    /** No more full collections (the default). */
    public static void disable() {
        minUsed = Long.MAX_VALUE;
    }

    /** Called where a run's large transient data has just become garbage: a full collection, when enabled and worth it. */
    public static void transientDataDied() {
        if (minUsed == Long.MAX_VALUE) return;
        Runtime rt = Runtime.getRuntime();
        if (rt.totalMemory() - rt.freeMemory() < minUsed) return;
        System.gc();
        collections.incrementAndGet();
    }

    /** The full collections asked for so far (tests). */
    public static int collections() {
        return collections.get();
    }
}
