package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.minhash.MinHasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sets kept end to end in a store's shared arrays answer every question as the same sets held one
 * array each: sizes, hashes, membership, equality, intersections, signatures; adding more sets
 * changes none of those already handed out.
 */
class ShingleStoreTest {
    /**
     * The launcher sends arrays of the largest block's size or more straight to the old generation (dedup under
     * 512 MiB): the blocks, which live to the end, and not the smaller passing arrays of the candidate stage.
     */
    @Test
    void theLaunchersPretenuringThresholdIsTheLargestBlock() throws java.io.IOException {
        String launcher = java.nio.file.Files.readString(java.nio.file.Path.of("copydesk"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-XX:PretenureSizeThreshold=(\\d+)m").matcher(launcher);
        int found = 0;
        while (m.find()) {
            found++;
            assertEquals(ShingleStore.LAST_BLOCK * (long) Long.BYTES, Long.parseLong(m.group(1)) << 20, m.group());
        }
        assertEquals(2, found, "a threshold in each of dedup's two bands under 512 MiB");
    }

    @Test
    void storedSetsAnswerAsPlainSets() {
        Random random = new Random(13);
        ShingleStore store = new ShingleStore();
        List<ShingleSet> plain = new ArrayList<>(), stored = new ArrayList<>();
        long[] pool = new long[400]; // shared values, so that sets overlap
        for (int i = 0; i < pool.length; i++) pool[i] = random.nextLong();
        long total = 0;
        while (total < 3L * ShingleStore.LAST_BLOCK) { // several blocks of every size, the largest ones full
            int n = random.nextInt(20) == 0 ? random.nextInt(40_000) : random.nextInt(600);
            long[] h = new long[n];
            for (int i = 0; i < n; i++) h[i] = random.nextInt(3) == 0 ? pool[random.nextInt(pool.length)] : random.nextLong();
            ShingleSet p = ShingleSet.of(h);
            long[] scratch = Arrays.copyOf(p.hashes(), p.size() + random.nextInt(5)); // a caller's array, longer than the set
            ShingleSet s = switch (random.nextInt(3)) {
                case 0 -> store.add(scratch, p.size());
                case 1 -> store.add(p);
                default -> { // made in the room the store gives, which may be more than the set takes
                    long[] room = store.room(p.size() + random.nextInt(3));
                    System.arraycopy(p.hashes(), 0, room, store.at(), p.size());
                    yield store.take(p.size());
                }
            };
            Arrays.fill(scratch, 7); // the store keeps a copy
            plain.add(p);
            stored.add(s);
            total += n;
        }
        ShingleSet outsized = store.add(ShingleSet.of(randomLongs(random, ShingleStore.LAST_BLOCK + 1)));
        assertEquals(ShingleStore.LAST_BLOCK + 1, outsized.size());
        ShingleSet wanted = ShingleSet.of(randomLongs(random, ShingleStore.LAST_BLOCK + 1));
        long[] room = store.room(wanted.size() + 1); // outsized, and one more than the set takes
        System.arraycopy(wanted.hashes(), 0, room, store.at(), wanted.size());
        ShingleSet madeInRoom = store.take(wanted.size());
        assertArrayEquals(wanted.hashes(), madeInRoom.hashes());
        assertEquals(wanted.size(), madeInRoom.hashes().length);
        plain.add(wanted);
        stored.add(madeInRoom);
        MinHasher minHasher = new MinHasher(128, 42);
        for (int i = 0; i < plain.size(); i++) {
            ShingleSet p = plain.get(i), s = stored.get(i);
            assertEquals(p.size(), s.size());
            assertEquals(p.isEmpty(), s.isEmpty());
            assertArrayEquals(p.hashes(), s.hashes(), "set " + i);
            for (int j = 0; j < s.size(); j++) assertEquals(p.hashes()[j], s.hash(j));
            assertThrows(IndexOutOfBoundsException.class, () -> s.hash(s.size()));
            assertThrows(IndexOutOfBoundsException.class, () -> s.hash(-1));
            assertEquals(p, s);
            assertEquals(s, p);
            assertEquals(p.hashCode(), s.hashCode());
            assertEquals(minHasher.sign(p.hashes(), p.size()), minHasher.sign(s));
            for (int t = 0; t < 20; t++) {
                long v = t % 2 == 0 && p.size() > 0 ? p.hashes()[random.nextInt(p.size())] : pool[random.nextInt(pool.length)];
                assertEquals(Arrays.binarySearch(p.hashes(), v) >= 0, s.contains(v));
            }
            // the neighbours in the block are not members
            if (i > 0 && stored.get(i - 1).size() > 0 && !p.contains(stored.get(i - 1).hash(stored.get(i - 1).size() - 1))) {
                assertFalse(s.contains(stored.get(i - 1).hash(stored.get(i - 1).size() - 1)));
            }
            int o = random.nextInt(plain.size());
            ShingleSet q = plain.get(o), r = stored.get(o);
            int expected = naiveIntersection(p.hashes(), q.hashes());
            assertEquals(expected, s.intersectionSize(r));
            assertEquals(expected, s.intersectionSize(q));
            assertEquals(expected, q.intersectionSize(s));
            assertEquals(p.jaccard(q), s.jaccard(r));
            assertEquals(p.containmentIn(q), s.containmentIn(r));
            assertEquals(Arrays.equals(p.hashes(), q.hashes()), s.equals(r));
        }
    }

    @Test
    void differentSetsAreNotEqual() {
        ShingleStore store = new ShingleStore();
        ShingleSet a = store.add(ShingleSet.of(new long[] {1, 2, 3})), b = store.add(ShingleSet.of(new long[] {1, 2})),
                c = store.add(ShingleSet.of(new long[] {1, 2, 4}));
        assertNotEquals(a, b);
        assertNotEquals(b, a);
        assertNotEquals(a, c);
        assertEquals(a, store.add(ShingleSet.of(new long[] {3, 2, 1})));
        assertEquals(ShingleSet.of(new long[0]), store.add(ShingleSet.of(new long[0])));
        assertEquals(0, a.intersectionSize(ShingleSet.of(new long[0])));
    }

    private static long[] randomLongs(Random random, int n) {
        long[] h = new long[n];
        for (int i = 0; i < n; i++) h[i] = random.nextLong();
        return h;
    }

    private static int naiveIntersection(long[] a, long[] b) {
        java.util.Set<Long> in = new java.util.HashSet<>();
        for (long x : a) in.add(x);
        int n = 0;
        for (long y : b) if (in.contains(y)) n++;
        return n;
    }
}
