package io.copydesk.generate;

/**
 * A small, fast pseudo-random generator (SplitMix64) whose output is fixed by its seed on every
 * JVM and machine, unlike {@link java.util.SplittableRandom} whose algorithm is not specified.
 * Not thread-safe; every generation step owns its own instance, derived with {@link #of(long, long)}.
 */
final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** An independent stream for one (seed, stream) pair, e.g. one event of one run. */
    static Rng of(long seed, long stream) {
        return new Rng(mix(seed ^ mix(stream + GOLDEN)));
    }

    /** The SplitMix64 finalizer: a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, bound), bound > 0 (multiply-shift; the bias is below 2^-32 / bound). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [min, max], both inclusive. */
    int between(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    <T> T pick(T[] items) {
        return items[nextInt(items.length)];
    }
}
