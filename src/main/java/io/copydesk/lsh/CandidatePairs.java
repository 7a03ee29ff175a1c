package io.copydesk.lsh;

import io.copydesk.internal.LongList;
import java.util.AbstractList;
import java.util.List;

/**
 * Candidate pairs in ascending order ({@code a}, then {@code b}), each once. Millions of them are
 * held packed, two document numbers in one {@code long}, so {@link #a(int)} and {@link #b(int)}
 * read them without an object per pair; {@link #asList()} shows them as {@link CandidatePair}s.
 */
public final class CandidatePairs {
    private final LongList packed;

    CandidatePairs(LongList packed) {
        packed.sortDistinct();
        this.packed = packed;
    }

    /** The pairs of both, in order, each once. */
    public static CandidatePairs union(CandidatePairs x, CandidatePairs y) {
        LongList all = new LongList(x.size() + y.size());
        all.addAll(x.packed);
        all.addAll(y.packed);
        return new CandidatePairs(all);
    }

    public int size() {
        return packed.size();
    }

    /** The first (smaller) document of pair {@code i}. */
    public int a(int i) {
        return LongList.first(packed.get(i));
    }

    /** The second (larger) document of pair {@code i}. */
    public int b(int i) {
        return LongList.second(packed.get(i));
    }

    public CandidatePair get(int i) {
        return new CandidatePair(a(i), b(i));
    }

    /** A view of the pairs as objects (one made per access). */
    public List<CandidatePair> asList() {
        return new AbstractList<>() {
            @Override
            public CandidatePair get(int i) {
                return CandidatePairs.this.get(i);
            }

            @Override
            public int size() {
                return packed.size();
            }
        };
    }
}
