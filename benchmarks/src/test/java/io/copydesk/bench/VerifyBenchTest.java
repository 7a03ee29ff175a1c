package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifyBenchTest {
    @ParameterizedTest
    @ValueSource(ints = {100, 500, 5000})
    void jaccardEqualsTheSetReference(int length) {
        VerifyBench b = new VerifyBench();
        b.length = length;
        b.setup();
        Set<Long> union = new HashSet<>(), inter = new HashSet<>();
        for (long h : b.a.hashes()) union.add(h);
        for (long h : b.b.hashes()) if (!union.add(h)) inter.add(h);
        assertEquals((double) inter.size() / union.size(), b.jaccard());
        assertTrue(b.jaccard() > 0.55 && b.jaccard() < 0.8, "about 0.67: " + b.jaccard());
    }
}
