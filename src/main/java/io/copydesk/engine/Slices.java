package io.copydesk.engine;

/**
 * Items grouped by their label, as slices of one array: label {@code l}'s items, ascending, are
 * {@code items[start[l], start[l + 1])}. A counting sort, in place of a list of boxed lists.
 */
record Slices(int[] start, int[] items) {
    /** Items {@code 0..labelOf.length-1} grouped by {@code labelOf[i]}, each below {@code labels}. */
    static Slices of(int[] labelOf, int labels) {
        int[] start = new int[labels + 1];
        for (int l : labelOf) start[l + 1]++;
        for (int l = 0; l < labels; l++) start[l + 1] += start[l];
        int[] fill = java.util.Arrays.copyOf(start, labels);
        int[] items = new int[labelOf.length];
        for (int i = 0; i < labelOf.length; i++) items[fill[labelOf[i]]++] = i;
        return new Slices(start, items);
    }

    /**
     * A key that sorts groups larger first, then by {@code tie} (a non-negative number, such as a
     * group's smallest item, which {@code (int) key} gives back): one primitive sort instead of a
     * comparator over the groups.
     */
    static long largerFirst(int size, int tie) {
        return (long) (Integer.MAX_VALUE - size) << 32 | tie;
    }

    int size(int label) {
        return start[label + 1] - start[label];
    }
}
