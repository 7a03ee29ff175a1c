package io.copydesk.analysis;

/**
 * Keeps shingle sets end to end in a few large arrays instead of one array a set: sets that live
 * to the end of a run then cost the young collections one large array to copy (or none, where the
 * collector places arrays this large in the old generation) instead of thousands of small ones,
 * and no array header each. One per thread: not thread-safe. A set handed out is never written
 * again, so it may be read on any thread once published.
 */
final class ShingleStore {
    // Blocks of longs: 32 KB, doubling up to 2 MB. Each thread's last block is partly empty, but the JVM
    // zeroes all of it, and a fresh page costs ~2-3 ms a MB on a VM: with 16 MB blocks 8-18 MB of 50-60 were
    // never used (20,000 articles; dedup 0.89-0.93x the wall with 1 MB blocks, session37/lead/). 2 MB, the
    // launcher's pretenuring threshold for dedup, sends them straight to the old generation while the
    // candidate stage's passing arrays of 1-2 MB stay young.
    static final int FIRST_BLOCK = 1 << 12, LAST_BLOCK = 1 << 18;
    private long[] block = new long[0];
    private int used;
    private long[] outsized; // room()'s own array for a set too large for any block, until take()

    /** The set of the sorted, distinct {@code hashes[0, n)}, copied into the store. */
    ShingleSet add(long[] hashes, int n) {
        long[] to = room(n);
        System.arraycopy(hashes, 0, to, at(), n);
        return take(n);
    }

    /**
     * An array with room for a set of up to {@code n} hashes from {@link #at()} on, for a caller
     * that makes the set there instead of copying it in; then {@link #take} (before any other call).
     */
    long[] room(int n) {
        if (n > block.length - used) {
            if (n > LAST_BLOCK) return outsized = new long[n]; // an outsized set keeps its own array
            int size = Math.min(LAST_BLOCK, Math.max(FIRST_BLOCK, 2 * block.length));
            while (size < n) size *= 2;
            block = new long[size];
            used = 0;
        }
        return block;
    }

    /** Where in {@link #room}'s array the set goes. */
    int at() {
        return outsized != null ? 0 : used;
    }

    /** The set of the sorted, distinct {@code size} hashes written in {@link #room}'s array from {@link #at()} on. */
    ShingleSet take(int size) {
        if (outsized != null) {
            long[] own = outsized;
            outsized = null;
            return ShingleSet.ofSorted(size == own.length ? own : java.util.Arrays.copyOf(own, size));
        }
        ShingleSet s = ShingleSet.ofRange(block, used, size);
        used += size;
        return s;
    }

    /** {@code set} kept in the store. */
    ShingleSet add(ShingleSet set) {
        return set.isEmpty() ? set : add(set.hashes(), set.size());
    }
}
