package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.ShingleSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Classes of identical sets, hashed on any number of threads, are those a naive comparison finds. */
class ExactCopiesTest {
    @Test
    void classesAreTheSameForEveryThreadCountAndMatchANaiveSearch() {
        Random rnd = new Random(5);
        List<ShingleSet> distinct = new ArrayList<>();
        distinct.add(ShingleSet.of(new long[0])); // empty sets are never collapsed
        for (int i = 0; i < 40; i++) {
            long[] h = new long[1 + rnd.nextInt(30)];
            for (int k = 0; k < h.length; k++) h[k] = rnd.nextInt(50); // small values: sets that differ in one element
            distinct.add(ShingleSet.of(h));
        }
        List<ShingleSet> sets = new ArrayList<>();
        for (int i = 0; i < 9_000; i++) sets.add(distinct.get(rnd.nextInt(distinct.size()))); // over two 4,096-article chunks
        for (int threads = 1; threads <= 3; threads++) {
            long[] advanced = new long[1];
            ExactCopies copies = ExactCopies.of(sets, threads, n -> advanced[0] += n);
            assertEquals(sets.size(), advanced[0]);
            int reps = 0;
            int[] last = new int[sets.size()];
            for (int i = 0; i < sets.size(); i++) {
                int first = i;
                if (!sets.get(i).isEmpty()) {
                    for (int j = 0; j < i; j++) if (Arrays.equals(sets.get(j).hashes(), sets.get(i).hashes())) { first = j; break; }
                }
                assertEquals(first, copies.rep(i), "article " + i + ", " + threads + " threads");
                if (first == i) { reps++; last[i] = i; }
                else { assertEquals(i, copies.next(last[first]), "input order within a class"); last[first] = i; }
            }
            assertEquals(reps, copies.distinct());
        }
    }

    /** With a hash that collides all the time (the length of the content) the classes are still those of equal contents. */
    @Test
    void equalHashesOfDifferentContentsStayApart() {
        Random rnd = new Random(8);
        List<long[]> contents = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            long[] c = new long[rnd.nextInt(4)];
            for (int k = 0; k < c.length; k++) c[k] = rnd.nextInt(3);
            contents.add(c);
        }
        for (int threads = 1; threads <= 2; threads++) {
            ExactCopies copies = ExactCopies.of(contents.size(), i -> contents.get(i).length, i -> contents.get(i).length == 0,
                    (a, b) -> Arrays.equals(contents.get(a), contents.get(b)), threads, n -> {});
            int reps = 0;
            for (int i = 0; i < contents.size(); i++) {
                int first = i;
                if (contents.get(i).length > 0) {
                    for (int j = 0; j < i; j++) if (Arrays.equals(contents.get(j), contents.get(i))) { first = j; break; }
                }
                assertEquals(first, copies.rep(i), "article " + i);
                if (first == i) reps++;
            }
            assertEquals(reps, copies.distinct());
        }
    }
}
