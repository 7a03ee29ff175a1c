package io.copydesk.verify;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.ShingleSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifierTest {
    private static final DuplicateRule RULE = new DuplicateRule(0.5, 0.8, 15);

    private static ShingleSet range(long from, long to) {
        long[] h = new long[(int) (to - from)];
        for (int i = 0; i < h.length; i++) h[i] = from + i;
        return ShingleSet.of(h);
    }

    /** Property: the overlap's scores are the set definitions, computed with HashSets, on random sets. */
    @Test
    void overlapScoresAreTheSetDefinitions() {
        long seed = Long.getLong("copydesk.test.seed", System.nanoTime());
        Random rnd = new Random(seed);
        for (int t = 0; t < 500; t++) {
            Set<Long> a = new HashSet<>(), b = new HashSet<>();
            int na = rnd.nextInt(40), nb = rnd.nextInt(40), universe = 1 + rnd.nextInt(60);
            for (int i = 0; i < na; i++) a.add((long) rnd.nextInt(universe));
            for (int i = 0; i < nb; i++) b.add((long) rnd.nextInt(universe));
            Set<Long> inter = new HashSet<>(a);
            inter.retainAll(b);
            Set<Long> union = new HashSet<>(a);
            union.addAll(b);
            Overlap o = Overlap.of(ShingleSet.of(a.stream().mapToLong(Long::longValue).toArray()),
                    ShingleSet.of(b.stream().mapToLong(Long::longValue).toArray()));
            assertEquals(inter.size(), o.shared(), "seed " + seed);
            assertEquals(union.isEmpty() ? 0 : (double) inter.size() / union.size(), o.jaccard(), "seed " + seed);
            int smaller = Math.min(a.size(), b.size());
            assertEquals(smaller == 0 ? 0 : (double) inter.size() / smaller, o.containment(), "seed " + seed);
        }
    }

    /** A rule with thresholds on a coarse grid (so that exact ties occur) or anywhere in (0, 1]. */
    private static DuplicateRule randomRule(Random rnd) {
        double t = rnd.nextBoolean() ? (1 + rnd.nextInt(20)) / 20.0 : 1 - rnd.nextDouble();
        double c = rnd.nextBoolean() ? (1 + rnd.nextInt(10)) / 10.0 : 1 - rnd.nextDouble();
        return new DuplicateRule(t, c, 1 + rnd.nextInt(30), rnd.nextBoolean());
    }

    /** Property: leastShared is where isDuplicate turns true, for every size pair and rule (none past the smaller size). */
    @Test
    void leastSharedIsWhereTheRuleTurnsTrue() {
        long seed = Long.getLong("copydesk.test.seed", System.nanoTime());
        Random rnd = new Random(seed);
        for (int t = 0; t < 2000; t++) {
            DuplicateRule rule = randomRule(rnd);
            int a = rnd.nextInt(120), b = rnd.nextInt(120), smaller = Math.min(a, b);
            int need = rule.leastShared(a, b);
            String where = "seed " + seed + ", " + rule + ", sizes " + a + " and " + b + ": " + need;
            assertTrue(need >= 0 && need <= smaller + 1, where);
            for (int s = 0; s <= smaller; s++) assertEquals(s >= need, rule.isDuplicate(new Overlap(s, a, b)), where + " at " + s);
        }
    }

    /**
     * Property: the verifier, which stops counting early, accepts the pairs the rule accepts on the full overlap and
     * whose figures do not differ, with the same scores.
     */
    @Test
    void verifyAgreesWithTheRuleOnTheFullOverlap() {
        long seed = Long.getLong("copydesk.test.seed", System.nanoTime());
        Random rnd = new Random(seed);
        int accepted = 0;
        for (int t = 0; t < 3000; t++) {
            DuplicateRule rule = randomRule(rnd);
            int universe = 1 + rnd.nextInt(150);
            ShingleSet a = randomSet(rnd, universe), b = randomSet(rnd, universe);
            Overlap full = Overlap.of(a, b);
            Overlap got = new Verifier(rule).verify(a, b);
            String where = "seed " + seed + ", " + rule + ", " + full;
            if (rule.isDuplicate(full) && !rule.figuresDiffer(a, b)) { // small odd hashes hold figures: both outcomes happen
                accepted++;
                assertEquals(full, got, where);
            } else {
                assertNull(got, where);
            }
        }
        assertTrue(accepted > 300 && accepted < 2700, "both outcomes exercised: " + accepted);
    }

    private static ShingleSet randomSet(Random rnd, int universe) {
        int n = rnd.nextInt(Math.min(universe, 100) + 1);
        Set<Long> s = new HashSet<>();
        for (int i = 0; i < n; i++) s.add((long) rnd.nextInt(universe));
        return ShingleSet.of(s.stream().mapToLong(Long::longValue).toArray());
    }

    @Test
    void jaccardAtTheThresholdIsADuplicate() {
        Verifier v = new Verifier(RULE);
        assertNotNull(v.verify(range(0, 30), range(10, 40)), "J = 20/40 = 0.5");
        assertNull(v.verify(range(0, 30), range(11, 41)), "J = 19/41 < 0.5, containment 19/30 < 0.8");
    }

    @Test
    void aContainedBriefIsADuplicateOnlyWhenLongEnough() {
        Verifier v = new Verifier(RULE);
        Overlap brief = v.verify(range(0, 15), range(0, 100));
        assertNotNull(brief, "15 shingles fully inside a 100-shingle article");
        assertEquals(1.0, brief.containment());
        assertEquals(0.15, brief.jaccard(), 1e-12);
        assertNull(v.verify(range(0, 14), range(0, 100)), "14 shingles are below the containment minimum");
    }

    @Test
    void anEmptySetIsNeverADuplicate() {
        Verifier v = new Verifier(new DuplicateRule(0.01, 0.01, 1));
        assertNull(v.verify(ShingleSet.of(new long[0]), ShingleSet.of(new long[0])));
        assertNull(v.verify(ShingleSet.of(new long[0]), range(0, 5)));
    }

    @Test
    void badThresholdsAreRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DuplicateRule(1.5, 0.8, 15));
        assertTrue(e.getMessage().contains("1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DuplicateRule(0.5, 0, 15));
        assertThrows(IllegalArgumentException.class, () -> new DuplicateRule(0.5, 0.8, 0));
    }
}
