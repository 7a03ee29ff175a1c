package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Trials;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LongCounter} counts as a map of boxed counts does, and {@code add} returns the count it leaves, through growth and key 0. */
class LongCounterTest {
    @Test
    void addReturnsTheCountAndGetAgrees() {
        Trials.run("long counter", 300, r -> r.nextLong(), seed -> {
            java.util.Random r = new java.util.Random(seed);
            LongCounter counter = new LongCounter(1 + r.nextInt(8)); // grows many times
            Map<Long, Integer> want = new HashMap<>();
            int keys = 1 + r.nextInt(2_000);
            for (int step = 0; step < 3_000; step++) {
                long key = r.nextInt(8) == 0 ? 0L : r.nextInt(keys) * 0x9E3779B97F4A7C15L; // key 0 is stored apart
                int delta = r.nextBoolean() ? 1 : 1 + r.nextInt(5);
                int now = want.merge(key, delta, Integer::sum);
                assertEquals(now, delta == 1 ? counter.add(key) : counter.add(key, delta));
                assertEquals(now, counter.get(key));
            }
            assertEquals(want.size(), counter.size());
            for (Map.Entry<Long, Integer> e : want.entrySet()) assertEquals(e.getValue(), counter.get(e.getKey()));
        });
    }
}
