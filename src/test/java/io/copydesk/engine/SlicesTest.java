package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlicesTest {
    @Test
    void slicesHoldEachLabelsItemsAscending() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int labels = 1 + random.nextInt(20), n = random.nextInt(60);
            int[] labelOf = new int[n];
            List<List<Integer>> expected = new ArrayList<>();
            for (int l = 0; l < labels; l++) expected.add(new ArrayList<>());
            for (int i = 0; i < n; i++) { labelOf[i] = random.nextInt(labels); expected.get(labelOf[i]).add(i); }
            Slices s = Slices.of(labelOf, labels);
            for (int l = 0; l < labels; l++) {
                List<Integer> got = new ArrayList<>();
                for (int k = s.start()[l]; k < s.start()[l + 1]; k++) got.add(s.items()[k]);
                assertEquals(expected.get(l), got);
                assertEquals(expected.get(l).size(), s.size(l));
            }
        }
    }

    @Test
    void largerFirstKeysSortAsSizeDownThenTieUp() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(50);
            int[][] groups = new int[n][];
            long[] keys = new long[n];
            for (int g = 0; g < n; g++) {
                groups[g] = new int[] {random.nextInt(round % 2 == 0 ? 5 : Integer.MAX_VALUE), random.nextInt(Integer.MAX_VALUE)};
                keys[g] = Slices.largerFirst(groups[g][0], groups[g][1]);
                assertEquals(groups[g][1], (int) keys[g]);
            }
            java.util.Arrays.sort(keys);
            java.util.Arrays.sort(groups, java.util.Comparator.comparingInt((int[] x) -> -x[0]).thenComparingInt(x -> x[1]));
            for (int g = 0; g < n; g++) assertEquals(groups[g][1], (int) keys[g], "round " + round);
        }
    }
}
