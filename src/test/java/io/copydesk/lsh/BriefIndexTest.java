package io.copydesk.lsh;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.ShingleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BriefIndex}: a document pairs with a brief when it holds the keys the brief asks, less one for each of the
 * brief's keys too common to count; copies count toward a key's holders; the pairs are the same on any thread count.
 */
class BriefIndexTest {
    private static final int[] KEYS = {-7, 3, 11, 40, 900};

    /**
     * A set holding hashes whose high 32 bits are {@code keys} (low bits {@code salt}), and 20 shingles of its own, no
     * key, but the brief's (salt 0), which has one: a brief pairs with documents at least its size.
     */
    private static ShingleSet holding(int salt, int... keys) {
        int own = salt == 0 ? 1 : 20;
        long[] h = new long[keys.length + own];
        for (int i = 0; i < keys.length; i++) h[i] = (long) keys[i] << 32 | (salt & 0xFFFFFFFFL);
        for (int i = 0; i < own; i++) h[keys.length + i] = (long) (1_000_000 + 100 * salt + i) << 32;
        return ShingleSet.of(h);
    }

    private static List<CandidatePair> pairs(List<ShingleSet> sets, int[] copies, int need, int threads) {
        BriefIndex index = new BriefIndex();
        index.add(0, KEYS, need);
        return index.candidatePairs(sets.size(), sets::get, d -> copies[d], threads, n -> {}).asList();
    }

    @Test
    void aDocumentHoldingTheKeysAskedPairsAndOneHoldingFewerDoesNot() {
        List<ShingleSet> sets = new ArrayList<>(List.of(
                holding(0, KEYS),              // 0: the brief (its keys are among its own shingles)
                holding(1, -7, 3, 11, 40),     // 1: four of its keys
                holding(2, -7, 3, 11),         // 2: three
                holding(3, -7, 3)));           // 3: two
        int[] copies = {1, 1, 1, 1};
        assertEquals(List.of(new CandidatePair(0, 1), new CandidatePair(0, 2)), pairs(sets, copies, 3, 1));
        assertEquals(List.of(new CandidatePair(0, 1)), pairs(sets, copies, 4, 2));
    }

    /**
     * Key 11 held by more than {@link AnchorIndex#MAX_POSTING} documents is skipped: a document holding it and two
     * other keys pairs with a brief asking three; one holding the common key only does not. Counting copies: a
     * document standing for enough copies makes the key common by itself.
     */
    @Test
    void aKeyTooCommonIsSkippedAndTheBriefAsksOneFewer() {
        List<ShingleSet> sets = new ArrayList<>(List.of(holding(0, KEYS), holding(1, -7, 3, 11), holding(2, 11)));
        for (int i = 0; i < AnchorIndex.MAX_POSTING - 3; i++) sets.add(holding(10 + i, 11));
        int[] copies = new int[sets.size()];
        java.util.Arrays.fill(copies, 1);
        // 200 holders of key 11 (the brief, documents 1 and 2, 197 more): kept, and 1 holds three keys
        assertEquals(List.of(new CandidatePair(0, 1)), pairs(sets, copies, 3, 1));
        assertEquals(List.of(), pairs(sets, copies, 4, 1), "three keys held, four asked");
        assertEquals(AnchorIndex.MAX_POSTING - 1, pairs(sets, copies, 1, 2).size(), "kept: each holder of the common key pairs");
        sets.add(holding(9, 11)); // 201: skipped; 1 holds two counted keys, which the brief now asks
        copies = java.util.Arrays.copyOf(copies, sets.size());
        copies[sets.size() - 1] = 1;
        assertEquals(List.of(new CandidatePair(0, 1)), pairs(sets, copies, 3, 2));
        assertEquals(List.of(), pairs(sets, copies, 4, 1), "two counted keys, three asked");
        sets.removeLast();
        copies = java.util.Arrays.copyOf(copies, sets.size());
        copies[2] = 2; // document 2 stands for two: 201 holders again
        assertEquals(List.of(new CandidatePair(0, 1)), pairs(sets, copies, 3, 1));
        assertEquals(List.of(), pairs(sets, copies, 4, 2));
        assertEquals(List.of(new CandidatePair(0, 1)), pairs(sets, copies, 1, 1), "skipped: the common key pairs no one");
    }
}
