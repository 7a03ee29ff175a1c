package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyedSlotsTest {
    /** The slots of {@code key}, sorted (a list's order means nothing), or empty. */
    private static List<Integer> slotsOf(KeyedSlots t, long key) {
        int cell = t.find(key);
        List<Integer> out = new ArrayList<>();
        if (cell >= 0) for (int i = 0; i < t.size(cell); i++) out.add(t.slot(cell, i));
        out.sort(null);
        return out;
    }

    @Test
    void randomAddsAndRemovesLeaveWhatAMapOfListsHolds() {
        for (long seed = 1; seed <= 6; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            KeyedSlots t = new KeyedSlots();
            Map<Long, List<Integer>> reference = new HashMap<>();
            int keySpace = 50 + r.nextInt(3000); // few keys: long runs of probes, every one removed and added again
            for (int op = 0; op < 40_000; op++) {
                long key = r.nextInt(keySpace) * 0x9E3779B97F4A7C15L; // key 0 too
                int slot = r.nextInt(8);
                List<Integer> ref = reference.computeIfAbsent(key, k -> new ArrayList<>());
                if (r.nextInt(5) < 2) {
                    t.add(key, slot);
                    ref.add(slot);
                } else {
                    assertEquals(ref.remove(Integer.valueOf(slot)), t.remove(key, slot), "seed " + seed + " op " + op);
                }
                if (ref.isEmpty()) reference.remove(key);
                if (op % 997 == 0 || op > 39_900) {
                    for (int k = 0; k < keySpace; k++) {
                        long kk = k * 0x9E3779B97F4A7C15L;
                        List<Integer> want = new ArrayList<>(reference.getOrDefault(kk, List.of()));
                        want.sort(null);
                        assertEquals(want, slotsOf(t, kk), "seed " + seed + " op " + op + " key " + k);
                    }
                    assertEquals(reference.size(), t.keys(), "keys held: an emptied key leaves the table");
                }
            }
        }
    }

    /**
     * Keys coming and going for ever, as an index's articles do (each key with one slot, removed whole): removals leave
     * stale bits in the filter, which is made again from the keys held now and then; no key held is ever not found
     * and no key gone is found.
     */
    @Test
    void keysComingAndGoingAreFoundWhileHeldOnly() {
        SplittableRandom r = new SplittableRandom(9);
        KeyedSlots t = new KeyedSlots();
        List<Long> held = new ArrayList<>();
        long next = 1;
        for (int op = 0; op < 60_000; op++) {
            int target = 20 + (op / 5000 % 2) * 400; // small, then large, then small again: the table grows and then holds few
            if (held.size() < target && r.nextBoolean()) {
                long key = next++ * 0x9E3779B97F4A7C15L;
                t.add(key, (int) (key & 7));
                held.add(key);
            } else if (!held.isEmpty()) {
                long key = held.remove(r.nextInt(held.size()));
                assertTrue(t.remove(key, (int) (key & 7)));
            }
            if (op % 101 == 0) {
                for (long key : held) assertEquals(List.of((int) (key & 7)), slotsOf(t, key), "op " + op);
                for (long gone = Math.max(1, next - 500); gone < next; gone++) {
                    long key = gone * 0x9E3779B97F4A7C15L;
                    if (!held.contains(key)) assertEquals(-1, t.find(key), "op " + op);
                }
                assertEquals(held.size(), t.keys());
            }
        }
    }

    @Test
    void removingWhatIsNotThereChangesNothing() {
        KeyedSlots t = new KeyedSlots();
        assertFalse(t.remove(7, 1));
        t.add(7, 1);
        assertFalse(t.remove(7, 2));
        assertFalse(t.remove(8, 1));
        assertEquals(List.of(1), slotsOf(t, 7));
        assertTrue(t.remove(7, 1));
        assertEquals(-1, t.find(7));
        assertEquals(0, t.keys());
    }
}
