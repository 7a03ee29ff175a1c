package io.copydesk.index;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers what was computed from stored blobs, by their bytes: a query that meets the same
 * shingle set or term counts thousands of times (a press release indexed 100,000 times) decodes
 * and scores it once, and pays only the read for each other copy. Blobs are compared in full, so
 * an answer is only reused for identical bytes. One per query.
 */
final class SameBlobs<V> {
    private static final Object NONE = new Object();
    private final Map<Key, Object> done = new HashMap<>();

    /** What is computed from a blob. */
    interface Compute<V> {
        V apply(byte[] blob) throws SQLException;
    }

    /** {@code compute(blob)}, computed once per distinct content; null results are remembered too. */
    @SuppressWarnings("unchecked")
    V get(byte[] blob, Compute<V> compute) throws SQLException {
        Key k = new Key(blob);
        Object v = done.get(k);
        if (v == null) {
            V computed = compute.apply(blob);
            done.put(k, computed == null ? NONE : computed);
            return computed;
        }
        return v == NONE ? null : (V) v;
    }

    private record Key(byte[] bytes, int hash) {
        Key(byte[] bytes) {
            this(bytes, Arrays.hashCode(bytes));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
