package io.copydesk.generate;

/**
 * Samples an index with probability proportional to its weight in constant time (Walker's alias
 * method, Vose's construction). Used for Zipf-distributed word choice in the hot path.
 */
final class AliasTable {
    private final double[] probability;
    private final int[] alias;

    AliasTable(double[] weights) {
        int n = weights.length;
        if (n == 0) throw new IllegalArgumentException("no weights");
        double total = 0;
        for (double w : weights) total += w;
        probability = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smallCount = 0;
        int largeCount = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / total;
            if (scaled[i] < 1.0) small[smallCount++] = i;
            else large[largeCount++] = i;
        }
        while (smallCount > 0 && largeCount > 0) {
            int s = small[--smallCount];
            int l = large[--largeCount];
            probability[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            if (scaled[l] < 1.0) small[smallCount++] = l;
            else large[largeCount++] = l;
        }
        // Whatever is left has (up to rounding) weight exactly 1.
        while (largeCount > 0) probability[large[--largeCount]] = 1.0;
        while (smallCount > 0) probability[small[--smallCount]] = 1.0;
    }

    /** Zipf-Mandelbrot weights 1 / (rank + shift)^exponent for ranks 1..n. */
    static AliasTable zipf(int n, double exponent, double shift) {
        double[] w = new double[n];
        for (int r = 0; r < n; r++) w[r] = 1.0 / StrictMath.pow(r + 1 + shift, exponent);
        return new AliasTable(w);
    }

    int sample(Rng rng) {
        int i = rng.nextInt(probability.length);
        return rng.nextDouble() < probability[i] ? i : alias[i];
    }
}
