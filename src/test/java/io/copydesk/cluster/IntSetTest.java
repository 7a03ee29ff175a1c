package io.copydesk.cluster;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link IntSet} against {@code HashSet<Integer>} under random adds and removes (deletion shifts entries back). */
class IntSetTest {
    @Test
    void behavesAsAHashSetUnderRandomAddsAndRemoves() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            IntSet ours = new IntSet();
            Set<Integer> theirs = new HashSet<>();
            int range = 1 + rnd.nextInt(seed % 2 == 0 ? 40 : 5000); // small ranges: long probe runs, many removals
            for (int op = 0; op < 20_000; op++) {
                int x = rnd.nextInt(range) * (seed % 3 == 0 ? 1024 : 1); // multiples of a power of two: colliding low bits
                String where = "seed " + seed + " op " + op;
                if (rnd.nextInt(3) == 0) assertEquals(theirs.remove(x), ours.remove(x), where);
                else assertEquals(theirs.add(x), ours.add(x), where);
                if (rnd.nextInt(500) == 0) ours.expect(rnd.nextInt(2 * range)); // room made ahead: the same set
                assertEquals(theirs.size(), ours.size(), where);
                int probe = rnd.nextInt(range) * (seed % 3 == 0 ? 1024 : 1);
                assertEquals(theirs.contains(probe), ours.contains(probe), where);
            }
            assertArrayEquals(theirs.stream().mapToInt(Integer::intValue).sorted().toArray(), ours.sorted());
        }
    }

    @Test
    void refusesNegatives() {
        assertThrows(IllegalArgumentException.class, () -> new IntSet().add(-1));
    }
}
