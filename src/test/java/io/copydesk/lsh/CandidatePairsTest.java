package io.copydesk.lsh;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.LongList;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Candidate pairs come out ordered by (a, b), each once, and a union holds exactly the pairs of both. */
class CandidatePairsTest {
    private static final Comparator<CandidatePair> ORDER = Comparator.comparingInt(CandidatePair::a).thenComparingInt(CandidatePair::b);

    private static CandidatePairs of(List<CandidatePair> pairs) {
        LongList packed = new LongList();
        for (CandidatePair p : pairs) packed.add(LongList.pair(p.a(), p.b()));
        return new CandidatePairs(packed);
    }

    @Test
    void unionIsTheOrderedSetOfBoth() {
        Trials.run("candidate-pairs-union", 500, r -> {
            List<List<CandidatePair>> two = new ArrayList<>();
            for (int k = 0; k < 2; k++) two.add(Texts.list(r, 60, q -> { int a = q.nextInt(40); return new CandidatePair(a, a + 1 + q.nextInt(40)); }));
            return two;
        }, two -> {
            TreeSet<CandidatePair> expected = new TreeSet<>(ORDER);
            two.forEach(expected::addAll);
            CandidatePairs union = CandidatePairs.union(of(two.get(0)), of(two.get(1)));
            assertEquals(new ArrayList<>(expected), union.asList());
            for (int i = 0; i < union.size(); i++) assertTrue(union.a(i) < union.b(i));
        });
    }

    @Test
    void aPairNeedsTwoDistinctOrderedDocuments() {
        assertThrows(IllegalArgumentException.class, () -> new CandidatePair(3, 3));
        assertThrows(IllegalArgumentException.class, () -> new CandidatePair(5, 2));
        assertThrows(IllegalArgumentException.class, () -> new CandidatePair(-1, 2));
    }
}
