package io.copydesk.engine;

/**
 * Items in date order, for searches that go through a whole collection: an inverted index numbers
 * its documents by date, so queries taken in date order move their time windows forward only.
 */
final class DateOrder {
    private DateOrder() {}

    /** Positions 0..n-1 by ascending {@code dates[i]} (Long.MIN_VALUE, undated, first), ties by position. */
    static int[] of(long[] dates) {
        int n = dates.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> dates[x] != dates[y] ? Long.compare(dates[x], dates[y]) : Integer.compare(x, y));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = order[i];
        return out;
    }
}
