package io.copydesk.analysis;

import java.util.Arrays;

/** Normalized word tokens with their offsets in the original text; a growable, reusable buffer. */
public final class TokenList {
    private String[] terms = new String[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int size;

    public void add(String term, int start, int end) {
        if (size == terms.length) {
            int cap = size * 2;
            terms = Arrays.copyOf(terms, cap);
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
        }
        terms[size] = term;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    public int size() { return size; }
    public String term(int i) { return terms[i]; }
    public int start(int i) { return starts[i]; }
    public int end(int i) { return ends[i]; }

    public void clear() {
        Arrays.fill(terms, 0, size, null);
        size = 0;
    }
}
