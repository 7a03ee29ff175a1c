package io.copydesk.tfidf;

import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Term → documents postings over normalized TF-IDF vectors, for top-k cosine search without an
 * all-pairs matrix. A query visits only the postings of its own terms, and prunes with the
 * max-score bound (Turtle and Flood, 1995): query terms are taken in decreasing order of
 * {@code q_t · max_d w_{t,d}}; once the terms left cannot lift an unseen document to the current
 * score floor (the minimum score, raised to the k-th best partial score), documents not yet seen
 * are no longer admitted and the remaining terms only complete the scores of those already seen.
 * Results are exact: every document whose true score reaches the floor is found.
 */
public final class InvertedIndex {
    private final TermVector[] vectors;
    private final int[] offsets; // postings of term t: [offsets[t], offsets[t + 1])
    private final int[] postingDocs;
    private final float[] postingWeights;
    private final float[] maxWeight;

    private InvertedIndex(TermVector[] vectors, int[] offsets, int[] postingDocs, float[] postingWeights, float[] maxWeight) {
        this.vectors = vectors;
        this.offsets = offsets;
        this.postingDocs = postingDocs;
        this.postingWeights = postingWeights;
        this.maxWeight = maxWeight;
    }

    /** Indexes {@code vectors} (document d is {@code vectors.get(d)}); term ids are below {@code terms}. */
    public static InvertedIndex build(List<TermVector> vectors, int terms) {
        int[] offsets = new int[terms + 1];
        long total = 0;
        for (TermVector v : vectors) {
            for (int i = 0; i < v.size(); i++) offsets[v.term(i) + 1]++;
            total += v.size();
        }
        if (total > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("too many postings: " + total);
        for (int t = 0; t < terms; t++) offsets[t + 1] += offsets[t];
        int[] fill = Arrays.copyOf(offsets, terms);
        int[] docs = new int[(int) total];
        float[] weights = new float[(int) total];
        float[] max = new float[terms];
        for (int d = 0; d < vectors.size(); d++) {
            TermVector v = vectors.get(d);
            for (int i = 0; i < v.size(); i++) {
                int t = v.term(i), at = fill[t]++;
                docs[at] = d;
                weights[at] = v.weight(i);
                if (v.weight(i) > max[t]) max[t] = v.weight(i);
            }
        }
        return new InvertedIndex(vectors.toArray(TermVector[]::new), offsets, docs, weights, max);
    }

    public int size() {
        return vectors.length;
    }

    public TermVector vector(int doc) {
        return vectors[doc];
    }

    /** Documents holding the term. */
    public int documentFrequency(int term) {
        return term < maxWeight.length ? offsets[term + 1] - offsets[term] : 0;
    }

    /**
     * A weight in [0, 1] that multiplies a document's cosine (a time decay); 0 excludes the document.
     */
    @FunctionalInterface
    public interface DocWeight {
        DocWeight NONE = d -> 1.0;

        double weight(int doc);
    }

    /** Search hits, best first (ties by document id). */
    public record Hits(int[] docs, float[] scores) {
        public int size() {
            return docs.length;
        }
    }

    /** A searcher with its own scratch space (accumulators over all documents). One per thread. */
    public Searcher searcher() {
        return new Searcher();
    }

    public final class Searcher {
        private static final float EXCLUDED = -1e30f;
        private final float[] acc = new float[vectors.length];
        private final float[] docWeight = new float[vectors.length];
        private int[] touched = new int[64];
        private int touchedSize;
        private long visited;

        /** Postings entries and vector look-ups done so far (for cost measurements). */
        public long visited() {
            return visited;
        }

        /**
         * The {@code k} documents with the highest {@code cosine × weight} of at least {@code minScore}.
         *
         * @param exclude a document never returned (the query itself), or -1
         */
        public Hits search(TermVector query, int k, double minScore, DocWeight weight, int exclude) {
            if (k < 1) throw new IllegalArgumentException("k must be >= 1, was " + k);
            int[] qt = new int[query.size()];
            float[] qw = new float[query.size()];
            int m = 0;
            for (int i = 0; i < query.size(); i++) {
                int t = query.term(i);
                if (t < maxWeight.length && offsets[t + 1] > offsets[t]) {
                    qt[m] = t;
                    qw[m++] = query.weight(i);
                }
            }
            Integer[] order = new Integer[m];
            for (int i = 0; i < m; i++) order[i] = i;
            Arrays.sort(order, (x, y) -> {
                int c = Float.compare(qw[y] * maxWeight[qt[y]], qw[x] * maxWeight[qt[x]]);
                return c != 0 ? c : Integer.compare(qt[x], qt[y]);
            });
            double[] rest = new double[m + 1]; // rest[j]: best score unseen documents can still gain from terms j..
            for (int j = m - 1; j >= 0; j--) rest[j] = rest[j + 1] + (double) qw[order[j]] * maxWeight[qt[order[j]]];
            double floor = minScore;
            try {
                for (int j = 0; j < m; j++) {
                    int t = qt[order[j]];
                    float w = qw[order[j]];
                    int from = offsets[t], to = offsets[t + 1];
                    if (rest[j] >= floor) {
                        admit(t, w, from, to, weight, exclude);
                        if (j + 1 < m && touchedSize >= k && offsets[qt[order[j + 1]] + 1] - offsets[qt[order[j + 1]]] >= 256) {
                            floor = Math.max(floor, kthPartial(k));
                        }
                    } else {
                        complete(t, w, from, to);
                    }
                }
                return collect(k, minScore);
            } finally {
                for (int i = 0; i < touchedSize; i++) acc[touched[i]] = 0f;
                touchedSize = 0;
            }
        }

        /** Adds a term's contribution, admitting documents not seen yet. */
        private void admit(int t, float w, int from, int to, DocWeight weight, int exclude) {
            visited += to - from;
            for (int p = from; p < to; p++) {
                int d = postingDocs[p];
                float a = acc[d];
                if (a == 0f) {
                    if (touchedSize == touched.length) touched = Arrays.copyOf(touched, touchedSize * 2);
                    touched[touchedSize++] = d;
                    double dw = d == exclude ? 0 : weight.weight(d);
                    if (dw <= 0) { acc[d] = EXCLUDED; continue; }
                    docWeight[d] = (float) dw;
                }
                acc[d] = a + w * postingWeights[p];
            }
        }

        /** Adds a term's contribution to documents already seen only. */
        private void complete(int t, float w, int from, int to) {
            int len = to - from;
            if ((long) touchedSize * 8 < len) {
                visited += touchedSize;
                for (int i = 0; i < touchedSize; i++) {
                    int d = touched[i];
                    if (acc[d] > 0f) acc[d] += w * vectors[d].weightOf(t);
                }
            } else {
                visited += len;
                for (int p = from; p < to; p++) {
                    int d = postingDocs[p];
                    if (acc[d] > 0f) acc[d] += w * postingWeights[p];
                }
            }
        }

        /** The k-th best lower bound of a final score among seen documents. */
        private double kthPartial(int k) {
            float[] s = new float[touchedSize];
            int n = 0;
            for (int i = 0; i < touchedSize; i++) {
                int d = touched[i];
                if (acc[d] > 0f) s[n++] = acc[d] * docWeight[d];
            }
            if (n < k) return Double.NEGATIVE_INFINITY;
            Arrays.sort(s, 0, n);
            return s[n - k];
        }

        private Hits collect(int k, double minScore) {
            PriorityQueue<long[]> heap = new PriorityQueue<>(k + 1, (x, y) -> {
                int c = Float.compare(Float.intBitsToFloat((int) x[0]), Float.intBitsToFloat((int) y[0]));
                return c != 0 ? c : Long.compare(y[1], x[1]); // worst first: lower score, then higher id
            });
            for (int i = 0; i < touchedSize; i++) {
                int d = touched[i];
                if (acc[d] <= 0f) continue;
                float score = acc[d] * docWeight[d];
                if (score < minScore) continue;
                heap.add(new long[] {Float.floatToIntBits(score), d});
                if (heap.size() > k) heap.poll();
            }
            int n = heap.size();
            int[] docs = new int[n];
            float[] scores = new float[n];
            for (int i = n - 1; i >= 0; i--) {
                long[] e = heap.poll();
                docs[i] = (int) e[1];
                scores[i] = Float.intBitsToFloat((int) e[0]);
            }
            return new Hits(docs, scores);
        }
    }
}
