package io.copydesk.eval;

/** Arithmetic shared by the metrics, with the degenerate-case conventions in one place. */
final class Scoring {
    private Scoring() {}

    /**
     * {@code hits / total}, or NaN (undefined) when {@code total} is 0: a precision over no claim or a
     * recall over nothing to find says nothing of the system, and a number there (1, say) would read as
     * a perfect score where the labels or the predictions are missing. Reported as null, as every 0/0 is.
     */
    static double ratio(long hits, long total) {
        return total == 0 ? Double.NaN : (double) hits / total;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0, NaN (undefined) when either is. */
    static double f1(double precision, double recall) {
        double sum = precision + recall;
        return sum == 0 ? 0.0 : 2 * precision * recall / sum;
    }

    /** The number of unordered pairs among {@code n} items, n(n-1)/2, in long arithmetic. */
    static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
