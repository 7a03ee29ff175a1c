package io.copydesk.analysis;

import java.util.List;

/**
 * An article body after boilerplate removal: the line ranges kept for analysis and the ranges
 * removed, each with its reason, all as offsets into the original text.
 */
public record CleanText(String text, List<Span> kept, List<Span> removed) {
    public CleanText {
        kept = List.copyOf(kept);
        removed = List.copyOf(removed);
    }

    /** The kept lines joined with newlines. */
    public String keptText() {
        StringBuilder sb = new StringBuilder(text.length());
        for (Span s : kept) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(text, s.start(), s.end());
        }
        return sb.toString();
    }
}
