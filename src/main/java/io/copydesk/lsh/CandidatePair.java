package io.copydesk.lsh;

/** Two documents proposed for exact verification, {@code a < b}. */
public record CandidatePair(int a, int b) {
    public CandidatePair {
        if (a < 0 || a >= b) throw new IllegalArgumentException("a candidate pair needs 0 <= a < b, was " + a + ", " + b);
    }
}
