package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Full collections only when enabled, and only above the heap use asked for; each one counted and run. */
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

        HeapCompaction.enable(Long.MAX_VALUE - 1); // no heap uses this much
        HeapCompaction.transientDataDied();
        assertEquals(before, HeapCompaction.collections());

        WeakReference<Object> garbage = new WeakReference<>(new Object()); // only weakly reachable
        HeapCompaction.enable(0);
        HeapCompaction.transientDataDied();
        assertEquals(before + 1, HeapCompaction.collections());
        assertNull(garbage.get(), "a full collection ran and cleared it");

        HeapCompaction.disable();
        HeapCompaction.transientDataDied();
        assertEquals(before + 1, HeapCompaction.collections());
    }
}
