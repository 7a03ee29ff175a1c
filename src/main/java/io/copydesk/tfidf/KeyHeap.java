package io.copydesk.tfidf;

/**
 * Min-heaps of hit keys (a score's bits over a document, see {@link InvertedIndex.Searcher}) laid out in a stretch
 * {@code heap[base, base + cap)} of an array, the root at {@code base}: a search's best k, or one list of many
 * kept in one array ({@link EachSearch}).
 */
final class KeyHeap {
    private KeyHeap() {}

    /** A hit's key as a search orders them: the score's bits (non-negative scores sort as their bits), then the lower document. */
    static long key(float score, int doc) {
        return (long) Float.floatToRawIntBits(score) << 32 | (~doc & 0xFFFFFFFFL);
    }

    /** The score of a hit's {@link #key}. */
    static float score(long key) {
        return Float.intBitsToFloat((int) (key >>> 32));
    }

    /**
     * Puts {@code key} into the heap of the {@code cap} best keys at {@code base}, which holds {@code n}: added
     * while it has room, else in place of its root, which {@code key} must beat. Returns the keys held.
     */
    static int push(long[] heap, int base, int cap, int n, long key) {
        if (n < cap) {
            heap[base + n] = key;
            siftUp(heap, base, n);
            return n + 1;
        }
        heap[base] = key;
        siftDown(heap, base, n);
        return n;
    }

    /** The hits of the heap {@code heap[0, n)} of (score bits, ~document) keys, best first (the heap is used up). */
    static InvertedIndex.Hits hits(long[] heap, int n) {
        int[] docs = new int[n];
        float[] scores = new float[n];
        for (int i = n - 1; i >= 0; i--) { // the worst first, to the end
            docs[i] = ~(int) heap[0];
            scores[i] = score(heap[0]);
            heap[0] = heap[i];
            siftDown(heap, 0, i);
        }
        return new InvertedIndex.Hits(docs, scores);
    }

    /** Moves the key at position {@code c} of the heap at {@code base} up to its place. */
    static void siftUp(long[] heap, int base, int c) {
        while (c > 0) {
            int p = (c - 1) >> 1;
            long up = heap[base + p], key = heap[base + c];
            if (up <= key) return;
            heap[base + p] = key;
            heap[base + c] = up;
            c = p;
        }
    }

    /** Moves the root of the heap at {@code base}, which holds {@code n} keys, down to its place. */
    static void siftDown(long[] heap, int base, int n) {
        int c = 0;
        while (true) {
            int l = 2 * c + 1, r = l + 1, m = c;
            if (l < n && heap[base + l] < heap[base + m]) m = l;
            if (r < n && heap[base + r] < heap[base + m]) m = r;
            if (m == c) return;
            long t = heap[base + m];
            heap[base + m] = heap[base + c];
            heap[base + c] = t;
            c = m;
        }
    }
}
