package io.copydesk.analysis;

/** A half-open character range {@code [start, end)} of an article's text, with why it matters. */
public record Span(int start, int end, String reason) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
}
