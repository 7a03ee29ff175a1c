package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Full collections only when enabled, only above the heap use asked for and only once the heap has grown
 * enough since the last; each one counted and run.
 */
class HeapCompactionTest {
    @AfterEach
    void off() {
        HeapCompaction.disable();
    }

    @Test
    void collectsOnlyWhenEnabledAndTheHeapUsesEnough() {
        int before = HeapCompaction.collections();
        HeapCompaction.transientDataDied(); // off by default
        assertEquals(before, HeapCompaction.collections());

        HeapCompaction.enable(Long.MAX_VALUE - 1, 0); // no heap uses this much
        HeapCompaction.transientDataDied();
        assertEquals(before, HeapCompaction.collections());

        WeakReference<Object> garbage = new WeakReference<>(new Object()); // only weakly reachable
        HeapCompaction.enable(0, 0);
        HeapCompaction.transientDataDied();
        assertEquals(before + 1, HeapCompaction.collections());
        assertNull(garbage.get(), "a full collection ran and cleared it");

        HeapCompaction.disable();
        HeapCompaction.transientDataDied();
        assertEquals(before + 1, HeapCompaction.collections());
    }

    @Test
    void collectsAgainOnlyOnceTheHeapHasGrownEnoughSinceTheLast() {
        int before = HeapCompaction.collections();
        HeapCompaction.enable(0, 1.25);
        HeapCompaction.transientDataDied(); // the first: nothing left by an earlier one
        assertEquals(before + 1, HeapCompaction.collections());
        HeapCompaction.transientDataDied(); // at once: the heap is about what that one left
        assertEquals(before + 1, HeapCompaction.collections());

        Runtime rt = Runtime.getRuntime();
        long left = rt.totalMemory() - rt.freeMemory();
        List<long[]> held = new ArrayList<>(); // half as much again as it left, and a little more, kept reachable
        for (long bytes = 0; bytes < left / 2 + (8L << 20); bytes += 8L << 20) held.add(new long[1 << 20]);
        HeapCompaction.transientDataDied();
        assertEquals(before + 2, HeapCompaction.collections(), held.size() * 8 + " MB more than the " + (left >> 20) + " MB left");

        HeapCompaction.enable(0, 1.25); // enabling again forgets what the last one left
        HeapCompaction.transientDataDied();
        assertEquals(before + 3, HeapCompaction.collections());
    }

    @Test
    void roomIsMadeOnlyForAnAllocationThatWouldGrowTheHeapWhenItGrewAsMuchSinceTheLast() {
        long mb = 1L << 20;
        // 900 MB used, 100 MB of room, the last collection left 500: 150 MB would grow the heap, and 400 MB came since
        assertTrue(HeapCompaction.makesRoom(900 * mb, 100 * mb, 500 * mb, 150 * mb, 256 * mb));
        assertFalse(HeapCompaction.makesRoom(900 * mb, 100 * mb, 500 * mb, 100 * mb, 256 * mb), "fits in the room");
        assertTrue(HeapCompaction.makesRoom(900 * mb, 100 * mb, 500 * mb, 100 * mb + 1, 256 * mb), "one byte too many");
        assertFalse(HeapCompaction.makesRoom(900 * mb, 100 * mb, 800 * mb, 150 * mb, 256 * mb), "the heap grew by less since the last");
        assertFalse(HeapCompaction.makesRoom(200 * mb, 10 * mb, 0, 50 * mb, 256 * mb), "under the minimum");
        assertTrue(HeapCompaction.makesRoom(300 * mb, 10 * mb, 0, 50 * mb, 256 * mb), "the first: nothing left by an earlier one");
    }

    @Test
    void beforeAllocatingCollectsOnlyWhenEnabled() {
        int before = HeapCompaction.collections();
        HeapCompaction.beforeAllocating(Long.MAX_VALUE / 4); // off by default
        assertEquals(before, HeapCompaction.collections());

        HeapCompaction.enable(0, 1.25);
        HeapCompaction.beforeAllocating(0); // fits in any heap: no room to make
        assertEquals(before, HeapCompaction.collections());
        HeapCompaction.beforeAllocating(Long.MAX_VALUE / 4); // more than the heap could ever have freed
        assertEquals(before, HeapCompaction.collections());

        WeakReference<Object> garbage = new WeakReference<>(new Object());
        HeapCompaction.enable(0, 0); // every request collects
        HeapCompaction.beforeAllocating(0);
        assertEquals(before + 1, HeapCompaction.collections());
        assertNull(garbage.get(), "a full collection ran and cleared it");
    }
}
