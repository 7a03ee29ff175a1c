package io.copydesk.cluster;

import java.util.Arrays;

/**
 * A set of non-negative ints: open addressing with linear probing, deletion by shifting back the
 * entries that follow (no tombstones). The linkage keeps one per cluster for its neighbours, where a
 * {@code HashSet<Integer>} took a boxed node per link.
 */
final class IntSet {
    private static final int EMPTY = -1;
    private int[] slots = new int[8];
    private int size;

    IntSet() {
        Arrays.fill(slots, EMPTY);
    }

    int size() {
        return size;
    }

    /** Makes room for {@code n} members in all, so that adding them grows the table at most once. */
    void expect(int n) {
        int capacity = slots.length;
        while (2 * n > capacity) capacity *= 2;
        if (capacity > slots.length) rehash(capacity);
    }

    boolean add(int x) {
        if (x < 0) throw new IllegalArgumentException("negative: " + x);
        if (2 * (size + 1) > slots.length) rehash(slots.length * 2);
        int mask = slots.length - 1;
        for (int i = slot(x, mask); ; i = (i + 1) & mask) {
            if (slots[i] == x) return false;
            if (slots[i] == EMPTY) {
                slots[i] = x;
                size++;
                return true;
            }
        }
    }

    boolean remove(int x) {
        int mask = slots.length - 1;
        int i = slot(x, mask);
        while (slots[i] != x) {
            if (slots[i] == EMPTY) return false;
            i = (i + 1) & mask;
        }
        // shift back each following entry of the run that may sit at the freed slot
        for (int j = (i + 1) & mask; slots[j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(slots[j], mask);
            if (((j - home) & mask) >= ((j - i) & mask)) { // home is at or before i (cyclically): j may move to i
                slots[i] = slots[j];
                i = j;
            }
        }
        slots[i] = EMPTY;
        size--;
        return true;
    }

    boolean contains(int x) {
        int mask = slots.length - 1;
        for (int i = slot(x, mask); slots[i] != EMPTY; i = (i + 1) & mask) if (slots[i] == x) return true;
        return false;
    }

    /** The members, in no particular order. */
    int[] toArray() {
        int[] out = new int[size];
        int n = 0;
        for (int s : slots) if (s != EMPTY) out[n++] = s;
        return out;
    }

    /** The members, ascending. */
    int[] sorted() {
        int[] out = toArray();
        Arrays.sort(out);
        return out;
    }

    private void rehash(int capacity) {
        int[] old = slots;
        slots = new int[capacity];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (int s : old) if (s != EMPTY) add(s);
    }

    private static int slot(int x, int mask) {
        return (x * 0x9E3779B9 >>> 16 ^ x * 0x9E3779B9) & mask;
    }
}
