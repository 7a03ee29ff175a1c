package io.copydesk.document;

import static io.copydesk.internal.Chars.isWhitespace;

/**
 * Lines that a page template printed twice on one line ({@code Headline here Headline here}), as
 * "Editor's Choice" blocks and photo captions often are.
 */
public final class DoubledLine {
    /** Halves shorter than this are not taken as doubled ("no no", "Ha ha"). */
    private static final int MIN_HALF = 12;
    /** The shortest line that can be doubled: two halves and a blank. */
    private static final int MIN_LENGTH = 2 * MIN_HALF + 1;

    private DoubledLine() {}

    /** The text printed twice, if {@code line} is one text, whitespace, and the same text again; else null. */
    public static String half(String line) {
        String s = line.strip();
        int half = halfLength(s, 0, s.length());
        return half < 0 ? null : s.substring(0, half);
    }

    /** Whether {@code text[from, to)} is doubled ({@link #half} of it is not null), compared in place. */
    public static boolean isDoubled(String text, int from, int to) {
        if (from < to && (isWhitespace(text.charAt(from)) || isWhitespace(text.charAt(to - 1)))) {
            return half(text.substring(from, to)) != null; // not stripped: as half strips it
        }
        return halfLength(text, from, to) >= 0;
    }

    /** The length of the left half of the stripped range {@code s[from, to)} when it is doubled, else -1. */
    private static int halfLength(String s, int from, int to) {
        int n = to - from;
        if (n < MIN_LENGTH) return -1;
        for (int d = 0; d <= 3; d++) {
            int half = halfAt(s, from, to, n / 2 - d);
            if (half < 0) half = halfAt(s, from, to, n / 2 + d);
            if (half >= 0) return half;
        }
        return -1;
    }

    /**
     * The length of the left half when the stripped range {@code s[from, to)} splits at whitespace
     * {@code from + i} into two equal stripped halves of at least {@link #MIN_HALF} chars, else -1.
     * Compares in place, no copies.
     */
    private static int halfAt(String s, int from, int to, int i) {
        int n = to - from;
        if (i <= 0 || i >= n || !isWhitespace(s.charAt(from + i))) return -1;
        int leftEnd = i, rightStart = i; // the range is stripped: the left half starts at from, the right ends at to
        while (leftEnd > 0 && isWhitespace(s.charAt(from + leftEnd - 1))) leftEnd--;
        while (rightStart < n && isWhitespace(s.charAt(from + rightStart))) rightStart++;
        if (leftEnd < MIN_HALF || leftEnd != n - rightStart) return -1;
        return s.regionMatches(from, s, from + rightStart, leftEnd) ? leftEnd : -1;
    }
}
