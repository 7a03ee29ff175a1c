package io.copydesk.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A seeded property-test loop: a check runs on {@code tries} inputs drawn from a generator. The
 * run's seed is printed, settable with {@code -Dcopydesk.test.seed=N}, and named in every failure
 * with the trial that failed and its input, so a failure reruns exactly.
 */
public final class Trials {
    /** This JVM's seed for all trials: {@code -Dcopydesk.test.seed}, else the clock. */
    public static final long SEED = Long.getLong("copydesk.test.seed", System.nanoTime());

    static {
        System.out.println("property trials seed " + SEED + " (rerun with -Dcopydesk.test.seed=" + SEED + ")");
    }

    private Trials() {}

    /** Runs {@code check} on {@code tries} inputs from {@code gen}; the name keeps checks' streams apart. */
    public static <T> void run(String name, int tries, Function<Random, T> gen, Consumer<T> check) {
        Random random = new Random(SEED ^ name.hashCode());
        for (int trial = 0; trial < tries; trial++) {
            T input = gen.apply(random);
            try {
                check.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(name + " failed at trial " + trial + " with seed " + SEED + " (rerun with -Dcopydesk.test.seed="
                        + SEED + ") on input: " + Texts.show(input), e);
            }
        }
    }
}
