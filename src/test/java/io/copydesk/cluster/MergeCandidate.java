package io.copydesk.cluster;

/**
 * A possible merge of clusters {@code a} and {@code b} with mean linkage {@code mean}; {@code va}
 * and {@code vb} are the clusters' versions when it was made, so stale candidates can be skipped.
 * Ordered best first, ties by the smaller ids, which keeps merging deterministic.
 */
record MergeCandidate(double mean, int a, int b, int va, int vb) implements Comparable<MergeCandidate> {
    @Override
    public int compareTo(MergeCandidate o) {
        int c = Double.compare(o.mean, mean);
        if (c != 0) return c;
        c = Integer.compare(a, o.a);
        return c != 0 ? c : Integer.compare(b, o.b);
    }
}
