package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The weight order is computed with a primitive sort; it must equal the plain comparison (by
 * weight, then term), because cluster labels and storyline heads depend on it.
 */
class TermVectorOrderTest {
    private static final long SEED = Long.getLong("copydesk.test.seed", 11);

    @Test
    void heaviestFirstOrdersByWeightThenTermAsTheComparisonDoes() {
        Random r = new Random(SEED);
        for (int round = 0; round < 400; round++) {
            // short vectors, and articles' lengths (hundreds of terms, sorted another way than short ones)
            boolean large = round % 2 == 1;
            int n = large ? 128 + r.nextInt(600) : r.nextInt(60);
            int[] terms = new int[n];
            float[] weights = new float[n];
            for (int i = 0; i < n; i++) {
                terms[i] = i == 0 ? r.nextInt(5) : terms[i - 1] + 1 + r.nextInt(5);
                // few distinct weights, so ties are common; now and then -0, 0 or a negative weight; in a
                // long vector, weights spread over four powers of ten, and a quarter of them few distinct ones
                if (large) weights[i] = r.nextInt(4) > 0 ? (float) Math.pow(10, -4 * r.nextDouble()) : r.nextInt(6) / 5f;
                else weights[i] = switch (r.nextInt(40)) {
                    case 0 -> -0f;
                    case 1 -> 0f;
                    case 2 -> -r.nextInt(3) / 4f;
                    default -> r.nextInt(6) / 5f;
                };
            }
            if (large && round % 10 == 1) weights[r.nextInt(n)] = -0f; // the comparison's way, as for short ones
            TermVector v = new TermVector(terms, weights);
            Integer[] expected = new Integer[n];
            for (int i = 0; i < n; i++) expected[i] = i;
            Arrays.sort(expected, (x, y) -> {
                int c = Float.compare(weights[y], weights[x]);
                return c != 0 ? c : Integer.compare(terms[x], terms[y]);
            });
            int[] order = Arrays.stream(expected).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(order, v.heaviestFirst(), "round " + round);
            for (int m = 0; m <= n + 1; m++) {
                assertArrayEquals(Arrays.copyOf(order, Math.min(m, n)), v.heaviestFirst(m), "the first " + m + ", round " + round);
            }
        }
    }
}
