package io.copydesk.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A full collection where a run's large transient data has just become garbage, in a process that
 * asked for them ({@link #enable}: the command line does; a library's caller owns its JVM and decides).
 *
 * <p>Why: the young collections copy whatever outlives them into the old generation, which grows until
 * a full collection and never reuses the space of what died there before one. A cluster run's drafts
 * (every article's, until the input-wide boilerplate counts are complete), its searches' indexes and its
 * linkage's structures die that way, so the heap kept growing into fresh memory, which the kernel hands
 * out a page at a time (on the 2-core VMs measured, 0.5 to 4 s of system CPU per GB). 100,000 generated
 * articles: the heap grew to 1.9 GB around 0.7 GB of live data; with full collections where the drafts
 * die and where the indexes do, 1.2 GB and 0.80x the wall ({@code benchmarks/results/session32/lead/}).
 * A large allocation that would grow the heap while such garbage sits in it asks too ({@link #beforeAllocating}).
 */
public final class HeapCompaction {
    /**
     * A heap using less than this is left alone. At 256 MiB (until session 38) a clustering of 20,000 articles
     * never collected: a collection after its analyzing freed 70 of 165 MB in 44 ms and the run took 1.05x the
     * wall. Since the shingle sets die with the drafts after the duplicate search, a collection there frees
     * 155-200 of 200-255 MB (20,000 generated articles, the synthetic 20,100) in 35-55 ms, and the runs held
     * 0.75-0.92x the memory in the same time or less ({@code benchmarks/results/session38/lead/}).
     */
    public static final long MIN_USED = 128L << 20;
    /**
     * Nor a heap using less than this many times what the last collection asked for here left: a collection's
     * cost grows with what it keeps, and where less than half the heap was garbage the pages it freed were not
     * worth it (50,000 generated articles: a third, after the linkage, took 76 ms to free 88 MB; the run 1.01x).
     */
    public static final double GROWTH = 2;

    private static volatile long minUsed = Long.MAX_VALUE; // off until enabled
    private static volatile double growth;
    private static volatile long leftByLast; // the heap the last collection asked for here left in use
    private static final AtomicInteger collections = new AtomicInteger();

    private HeapCompaction() {}

    /**
     * Full collections from now on, each when the heap uses at least {@code minUsedBytes} and {@code growth}
     * times what the last one left ({@link #MIN_USED} and {@link #GROWTH} for a run of the command line).
     * With {@code growth} 0 every request above the minimum collects, {@link #beforeAllocating} too (tests).
     */
    public static void enable(long minUsedBytes, double growth) {
        HeapCompaction.growth = growth;
        leftByLast = 0;
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
        long used = rt.totalMemory() - rt.freeMemory();
        if (used < minUsed || used < growth * leftByLast) return;
        collect(rt);
    }

    /**
     * Called before allocating about {@code bytes} that will stay live for a while (a large index): a full
     * collection, when enabled and when it {@link #makesRoom makes room} for them in the heap as it stands.
     * Where transient data died a while before and no request there collected (the heap had not grown
     * enough), the allocation would otherwise grow the heap into fresh memory while that garbage sits in it.
     */
    public static void beforeAllocating(long bytes) {
        if (minUsed == Long.MAX_VALUE) return;
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        // (the pools are asked only of a heap worth collecting: a small run loads no management classes)
        if (growth == 0 ? used >= minUsed : used >= minUsed && makesRoom(used, room(rt, used), leftByLast, bytes, minUsed)) collect(rt);
    }

    /**
     * The free space long-lived data lands in: the old generation's (a large array is made there, and what
     * outlives the young collections is copied there), or the heap's where no pool says which it is. The young
     * generation's free space is no room for them: 100,000 generated articles' {@code related --all}, with the
     * clustering's searches done at once, met 1,001 of 1,110 MB in use, 98 MB of index to make, and no collection;
     * the heap then grew to 1.29 GB around the garbage of the linkage.
     */
    private static long room(Runtime rt, long used) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            if (pool.getType() == MemoryType.HEAP && (name.contains("Old") || name.contains("Tenured"))) {
                MemoryUsage old = pool.getUsage();
                return old.getCommitted() - old.getUsed();
            }
        }
        return rt.totalMemory() - used;
    }

    /**
     * Whether a full collection before allocating {@code bytes} is worth it: the heap uses at least
     * {@code minUsed}, the allocation would not fit in the {@code room} it has (it would grow), and it has grown
     * by at least as much since the last collection asked for here left {@code leftByLast} (garbage, mostly:
     * room the collection gives back). 100,000 generated articles' {@code related --all}: the ranking's index,
     * built after the clustering, found 1003 MB of a 1035 MB heap in use, 524 MB of it left by the last
     * collection, and grew the heap by 113 MB; asking first, the run ended with 1.19 GB of memory instead of
     * 1.36 (300,000 articles: 3.6 instead of 4.1 GB).
     */
    static boolean makesRoom(long used, long room, long leftByLast, long bytes, long minUsed) {
        return used >= minUsed && bytes > room && used - leftByLast >= bytes;
    }

    private static void collect(Runtime rt) {
        System.gc();
        leftByLast = rt.totalMemory() - rt.freeMemory();
        collections.incrementAndGet();
    }

    /** The full collections asked for so far (tests). */
    public static int collections() {
        return collections.get();
    }
}
