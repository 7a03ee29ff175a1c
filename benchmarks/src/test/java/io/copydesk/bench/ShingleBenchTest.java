package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.copydesk.analysis.ShingleSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShingleBenchTest {
    @ParameterizedTest
    @CsvSource({"3, 100", "3, 500", "3, 5000", "5, 100", "5, 500", "5, 5000"})
    void shingleCountMatchesTheDistinctWordWindows(int k, int length) {
        ShingleBench b = new ShingleBench();
        b.shingle = k;
        b.length = length;
        b.setup();
        Set<String> windows = new HashSet<>();
        for (int i = 0; i + k <= b.tokens.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < i + k; j++) sb.append(b.tokens.term(j)).append(' ');
            windows.add(sb.toString());
        }
        assertEquals(length, windows.size(), "input has the requested number of distinct shingles");
        assertEquals(b.tokens.size() - k + 1, b.windows().length);
        ShingleSet s = b.shingles();
        assertEquals(windows.size(), s.size());
        long[] h = s.hashes();
        for (int i = 1; i < h.length; i++) assertEquals(true, h[i - 1] < h[i], "sorted and distinct");
    }
}
