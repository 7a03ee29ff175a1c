package io.copydesk.lsh;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.hash.Hash64;
import io.copydesk.testing.Trials;
import org.junit.jupiter.api.Test;

/** Anchors are the shingles whose mixed hash is divisible by the rate, whether the test is a mask (powers of two) or a division. */
class AnchorRateTest {
    @Test
    void anchorTestIsDivisibilityOfTheMixedHash() {
        Trials.run("anchor rate", 2_000, r -> new long[] {1 + r.nextInt(r.nextBoolean() ? 16 : 300), r.nextLong()}, in -> {
            int rate = (int) in[0];
            AnchorIndex index = new AnchorIndex(rate, 2.0 / 3);
            long s = in[1];
            for (int i = 0; i < 64; i++, s += 0x9E3779B97F4A7C15L) {
                assertEquals(Long.remainderUnsigned(Hash64.mix(s, 0x616E63686F72L), rate) == 0, index.isAnchor(s), "rate " + rate);
            }
        });
        int anchors = 0;
        AnchorIndex eight = new AnchorIndex(8, 2.0 / 3);
        for (long s = 0; s < 80_000; s++) if (eight.isAnchor(s)) anchors++;
        assertEquals(10_000, anchors, 400); // about one in eight
    }

    private record RateAndSet(int rate, io.copydesk.analysis.ShingleSet set) {
        @Override
        public String toString() {
            return "rate " + rate + ", " + set.size() + " shingles";
        }
    }

    /** A set's anchors are the high halves of its shingles that pass {@link AnchorIndex#isAnchor}, in order, for any rate and size. */
    @Test
    void aSetsAnchorsAreItsShinglesThatAreAnchors() {
        Trials.run("anchors of a set", 1_000, r -> {
            long[] h = new long[r.nextInt(8) == 0 ? r.nextInt(3) : r.nextInt(r.nextBoolean() ? 300 : 3000)];
            for (int i = 0; i < h.length; i++) h[i] = r.nextLong();
            return new RateAndSet(r.nextBoolean() ? 1 << r.nextInt(6) : 1 + r.nextInt(300), io.copydesk.analysis.ShingleSet.of(h));
        }, in -> {
            AnchorIndex index = new AnchorIndex(in.rate(), 2.0 / 3);
            int[] want = java.util.stream.LongStream.of(in.set().hashes()).filter(index::isAnchor).mapToInt(h -> (int) (h >>> 32)).toArray();
            assertArrayEquals(want, index.anchors(in.set()), in.toString());
        });
    }
}
