package io.copydesk.eval;

/** Arithmetic shared by the metrics, with the degenerate-case conventions in one place. */
final class Scoring {
    private Scoring() {}

    /**
     * {@code hits / total}, or 1.0 when {@code total} is 0: a system that claims nothing makes no
     * false claim (precision), and when there is nothing to find nothing was missed (recall).
     */
    static double ratio(long hits, long total) {
        return total == 0 ? 1.0 : (double) hits / total;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    static double f1(double precision, double recall) {
        double sum = precision + recall;
        return sum == 0 ? 0.0 : 2 * precision * recall / sum;
    }

    /** The number of unordered pairs among {@code n} items, n(n-1)/2, in long arithmetic. */
    static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
