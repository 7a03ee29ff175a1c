package io.copydesk.eval;

import java.util.Objects;

/** An unordered pair of distinct item ids, stored in canonical order ({@code a < b}). */
public record IdPair(String a, String b) {
    public IdPair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        int order = a.compareTo(b);
        if (order == 0) throw new IllegalArgumentException("a pair needs two different ids, got '" + a + "' twice");
        if (order > 0) {
            String first = b;
            b = a;
            a = first;
        }
    }
}
