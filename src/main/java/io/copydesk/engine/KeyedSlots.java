package io.copydesk.engine;

import java.util.Arrays;

/**
 * Lists of ints (the text slots of {@link DuplicateCandidates}) by 64-bit key (a band key, an anchor, a brief's key):
 * an open-addressing table with linear probing and no boxing. A key whose list empties leaves the
 * table (backward-shift deletion, no tombstones), so an index that adds and removes articles for
 * ever holds only the keys of the articles it has. Most keys have one slot, kept in the table itself; a list is made at
 * a key's second (a list for every key was most of an index's heap, and of the time to add an article). A bit for each
 * key's low bits, a byte a cell, tells most keys not held in one read of a small array (a query looks every shingle of
 * its article up among the briefs' keys, most of them in vain); a removal leaves its bit set until the bits are made
 * again from the keys held. Not thread-safe.
 */
final class KeyedSlots {
    private long[] keys = new long[16];
    private int[] first = new int[16]; // a key's one slot, while it has one
    private int[][] lists = new int[16][]; // a key's slots, once it has two or more (else null)
    private int[] sizes = new int[16]; // 0: an empty cell (a key in the table has at least one slot)
    private int keyCount;
    private long[] filter = new long[2]; // 8 bits a cell, at least 16 a key: a key's bit is set while it is held
    private int removedSinceFilter; // keys removed since the filter was made: their bits may still be set

    /** The cell holding {@code key}, or -1. */
    int find(long key) {
        if ((filter[((int) key >>> 6) & (filter.length - 1)] & 1L << key) == 0) return -1;
        int mask = keys.length - 1;
        for (int i = home(key, mask); sizes[i] != 0; i = (i + 1) & mask) if (keys[i] == key) return i;
        return -1;
    }

    /** Slot {@code i} (from 0 to {@link #size} - 1) of the key in cell {@code cell} (from {@link #find}). */
    int slot(int cell, int i) {
        int[] list = lists[cell];
        return list == null ? first[cell] : list[i];
    }

    int size(int cell) {
        return sizes[cell];
    }

    /** Keys held. */
    int keys() {
        return keyCount;
    }

    void add(long key, int slot) {
        if (2 * (keyCount + 1) > keys.length) grow();
        int mask = keys.length - 1, i = home(key, mask);
        while (sizes[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        int n = sizes[i];
        if (n == 0) {
            keys[i] = key;
            first[i] = slot;
            keyCount++;
            setBit(key);
        } else if (n == 1) {
            lists[i] = new int[] {first[i], slot, 0, 0};
        } else {
            if (n == lists[i].length) lists[i] = Arrays.copyOf(lists[i], 2 * n);
            lists[i][n] = slot;
        }
        sizes[i] = n + 1;
    }

    /** Removes one occurrence of {@code slot} from {@code key}'s list; false when it is not there. */
    boolean remove(long key, int slot) {
        int cell = find(key);
        if (cell < 0) return false;
        int n = sizes[cell];
        if (n == 1) {
            if (first[cell] != slot) return false;
            delete(cell);
            return true;
        }
        int[] list = lists[cell];
        for (int j = 0; j < n; j++) {
            if (list[j] != slot) continue;
            list[j] = list[n - 1]; // the order inside a list means nothing
            sizes[cell] = n - 1;
            if (n == 2) { // one slot left: back into the table
                first[cell] = list[0];
                lists[cell] = null;
            }
            return true;
        }
        return false;
    }

    /** Empties cell {@code i}, moving back each later key of its run that would otherwise no longer be found from its home. */
    private void delete(int i) {
        int mask = keys.length - 1;
        for (int j = (i + 1) & mask; sizes[j] != 0; j = (j + 1) & mask) {
            int h = home(keys[j], mask);
            // j's key may move to i when its home is not in the cyclic range (i, j]
            boolean homeAfterHole = i <= j ? h > i && h <= j : h > i || h <= j;
            if (homeAfterHole) continue;
            keys[i] = keys[j];
            first[i] = first[j];
            lists[i] = lists[j];
            sizes[i] = sizes[j];
            i = j;
        }
        sizes[i] = 0;
        lists[i] = null;
        keyCount--;
        if (++removedSinceFilter > keyCount + 16) makeFilter(); // stale bits at most as many as the keys held
    }

    private void setBit(long key) {
        filter[((int) key >>> 6) & (filter.length - 1)] |= 1L << key;
    }

    private void makeFilter() {
        filter = new long[keys.length / 8];
        for (int c = 0; c < keys.length; c++) if (sizes[c] != 0) setBit(keys[c]);
        removedSinceFilter = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldFirst = first, oldSizes = sizes;
        int[][] oldLists = lists;
        int n = 2 * oldKeys.length, mask = n - 1;
        keys = new long[n];
        first = new int[n];
        lists = new int[n][];
        sizes = new int[n];
        for (int c = 0; c < oldKeys.length; c++) {
            if (oldSizes[c] == 0) continue;
            int i = home(oldKeys[c], mask);
            while (sizes[i] != 0) i = (i + 1) & mask;
            keys[i] = oldKeys[c];
            first[i] = oldFirst[c];
            lists[i] = oldLists[c];
            sizes[i] = oldSizes[c];
        }
        makeFilter();
    }

    private static int home(long key, int mask) {
        return (int) io.copydesk.hash.Hash64.mix(key) & mask;
    }
}
