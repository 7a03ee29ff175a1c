package io.copydesk.verify;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.ShingleSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Texts whose figures differ are told apart: the rule against its definition on random sets, and the verifier obeying it. */
class FiguresRuleTest {
    private static final DuplicateRule COMPARE = new DuplicateRule(0.5, 0.8, 15), IGNORE = new DuplicateRule(0.5, 0.8, 15, false);

    /** A shingle that holds the figures of {@code code}, the rest of its bits from {@code bits}. */
    private static long figure(long bits, int code) {
        return bits & ~0xFFFFL | (long) code << 1 | 1;
    }

    private static long word(long bits) {
        return bits & ~1L;
    }

    /**
     * Property: two sets that share most of their words and hold figures drawn from a few codes differ by their
     * figures exactly when the set with fewer distinct codes has at least two and fewer than half of them are
     * the other's (counted with HashSets); the verifier then returns no overlap, and returns it when the rule
     * ignores figures.
     */
    @Test
    void figuresDifferWhenFewerThanHalfOfTheFewerCodesAgree() {
        long seed = Long.getLong("copydesk.test.seed", System.nanoTime());
        Random r = new Random(seed);
        Verifier compare = new Verifier(COMPARE), ignore = new Verifier(IGNORE);
        int differed = 0, agreed = 0;
        for (int t = 0; t < 2000; t++) {
            Set<Long> a = new HashSet<>(), b = new HashSet<>();
            for (int i = 100 + r.nextInt(100); i > 0; i--) { // the words both share: a template
                long w = word(r.nextLong());
                a.add(w);
                b.add(w);
            }
            int universe = 1 + r.nextInt(12); // few codes, so that they agree often and not always
            Set<Integer> codesA = new HashSet<>(), codesB = new HashSet<>();
            for (int i = r.nextInt(6); i > 0; i--) {
                int c = r.nextInt(universe);
                codesA.add(c);
                for (int k = 1 + r.nextInt(4); k > 0; k--) a.add(figure(r.nextLong(), c)); // a figure's windows: other words beside it
            }
            for (int i = r.nextInt(6); i > 0; i--) {
                int c = r.nextInt(universe);
                codesB.add(c);
                for (int k = 1 + r.nextInt(4); k > 0; k--) b.add(figure(r.nextLong(), c));
            }
            ShingleSet sa = ShingleSet.of(a.stream().mapToLong(Long::longValue).toArray());
            ShingleSet sb = ShingleSet.of(b.stream().mapToLong(Long::longValue).toArray());
            Set<Integer> both = new HashSet<>(codesA);
            both.retainAll(codesB);
            int fewer = Math.min(codesA.size(), codesB.size());
            boolean differ = fewer >= 2 && 2 * both.size() < fewer;
            assertEquals(codesA.size(), sa.figureCodes().length, "seed " + seed);
            assertEquals(differ, COMPARE.figuresDiffer(sa, sb), "seed " + seed + " codes " + codesA + " " + codesB);
            assertFalse(IGNORE.figuresDiffer(sa, sb));
            Overlap o = Overlap.of(sa, sb);
            assertTrue(COMPARE.isDuplicate(o), "the shared template makes them duplicates by their words");
            assertEquals(differ ? null : o, compare.verify(sa, sb), "seed " + seed);
            assertEquals(o, ignore.verify(sa, sb), "seed " + seed);
            if (differ) differed++;
            else agreed++;
        }
        assertTrue(differed > 100 && agreed > 100, differed + " differed, " + agreed + " agreed");
    }

    @Test
    void oneFigureIsTooFewToJudgeBy() {
        assertFalse(COMPARE.figuresDiffer(1, 9, 0));
        assertFalse(COMPARE.figuresDiffer(0, 0, 0));
        assertTrue(COMPARE.figuresDiffer(2, 9, 0));
        assertFalse(COMPARE.figuresDiffer(2, 9, 1), "half of two agree");
        assertTrue(COMPARE.figuresDiffer(5, 5, 2));
        assertFalse(COMPARE.figuresDiffer(5, 5, 3));
        assertFalse(IGNORE.figuresDiffer(5, 5, 0));
        assertEquals(2, DuplicateRule.sharedFigures(new int[] {1, 4, 9, 30}, new int[] {0, 4, 8, 30, 31}));
    }
}
