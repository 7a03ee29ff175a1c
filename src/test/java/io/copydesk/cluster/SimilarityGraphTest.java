package io.copydesk.cluster;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityGraphTest {
    /** Freezing as defined: edges ordered by (a, b), of repeated pairs the highest similarity kept. */
    private static long[][] byComparator(int[][] added, float[] sims) {
        Integer[] order = new Integer[added.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        long[] pair = new long[added.length];
        for (int i = 0; i < added.length; i++) pair[i] = (long) Math.min(added[i][0], added[i][1]) << 32 | Math.max(added[i][0], added[i][1]);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> pair[i]).thenComparing((x, y) -> Float.compare(sims[y], sims[x])));
        return Arrays.stream(order).filter(i -> added[i][0] != added[i][1])
                .map(i -> new long[] {pair[i], Float.floatToIntBits(sims[i])})
                .filter(new java.util.function.Predicate<long[]>() {
                    long last = -1;
                    @Override public boolean test(long[] e) {
                        boolean first = e[0] != last;
                        last = e[0];
                        return first;
                    }
                }).toArray(long[][]::new);
    }

    @Test
    void freezeOrdersEdgesAndKeepsTheHighestOfRepeatedPairs() {
        Random r = new Random(3);
        float[] values = {0.5f, 0.25f, 1f, 0f, -0f, -0.5f, Float.MIN_VALUE, 0.3333f, Float.NaN, -1e-30f};
        for (int round = 0; round < 500; round++) {
            int nodes = 1 + r.nextInt(40), m = r.nextInt(200);
            int[][] added = new int[m][];
            float[] sims = new float[m];
            SimilarityGraph g = new SimilarityGraph(nodes);
            for (int i = 0; i < m; i++) added[i] = new int[] {r.nextInt(nodes), r.nextInt(nodes)};
            // a third of the rounds add their edges in (a, b) order (as a component's edges come), some of them with
            // repeats and self-loops left in, so that an ascending run and one broken by a repeat are both frozen
            if (round % 3 > 0) Arrays.sort(added, Comparator.<int[]>comparingInt(p -> Math.min(p[0], p[1])).thenComparingInt(p -> Math.max(p[0], p[1])));
            if (round % 3 == 2) { // and a third of them without repeats: a strictly ascending run
                java.util.TreeMap<Long, int[]> once = new java.util.TreeMap<>();
                for (int[] p : added) once.putIfAbsent((long) Math.min(p[0], p[1]) << 32 | Math.max(p[0], p[1]), p);
                added = once.values().toArray(int[][]::new);
            }
            m = added.length;
            for (int i = 0; i < m; i++) {
                sims[i] = r.nextBoolean() ? values[r.nextInt(values.length)] : r.nextFloat();
                g.add(added[i][0], added[i][1], sims[i]);
            }
            long[][] expected = byComparator(added, Arrays.copyOf(sims, m));
            g.freeze();
            assertEquals(expected.length, g.edges(), "round " + round);
            for (int e = 0; e < g.edges(); e++) {
                assertEquals(expected[e][0], (long) g.a(e) << 32 | g.b(e), "round " + round + ", edge " + e);
                assertEquals(expected[e][1], Float.floatToIntBits(g.sim(e)), "round " + round + ", edge " + e);
            }
        }
    }
}
