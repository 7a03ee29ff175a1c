package io.copydesk.document;

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
        int n = s.length();
        if (n < MIN_LENGTH) return null;
        for (int d = 0; d <= 3; d++) {
            int half = halfAt(s, n / 2 - d);
            if (half < 0) half = halfAt(s, n / 2 + d);
            if (half >= 0) return s.substring(0, half);
        }
        return null;
    }

    /** Whether {@code text[from, to)} is doubled ({@link #half} of it is not null), compared in place. */
    public static boolean isDoubled(String text, int from, int to) {
        if (from < to && (Character.isWhitespace(text.charAt(from)) || Character.isWhitespace(text.charAt(to - 1)))) {
            return half(text.substring(from, to)) != null; // not stripped: as half strips it
        }
        int n = to - from;
        if (n < MIN_LENGTH) return false;
        for (int d = 0; d <= 3; d++) {
            if (halfAt(text, from, to, n / 2 - d) >= 0 || halfAt(text, from, to, n / 2 + d) >= 0) return true;
        }
        return false;
    }

    /** {@link #halfAt(String, int)} of the stripped range {@code s[from, to)}, {@code i} counted from {@code from}. */
    private static int halfAt(String s, int from, int to, int i) {
        int n = to - from;
        if (i <= 0 || i >= n || !Character.isWhitespace(s.charAt(from + i))) return -1;
        int leftEnd = i, rightStart = i;
        while (leftEnd > 0 && Character.isWhitespace(s.charAt(from + leftEnd - 1))) leftEnd--;
        while (rightStart < n && Character.isWhitespace(s.charAt(from + rightStart))) rightStart++;
        if (leftEnd < MIN_HALF || leftEnd != n - rightStart) return -1;
        return s.regionMatches(from, s, from + rightStart, leftEnd) ? leftEnd : -1;
    }

    /**
     * The length of the left half when {@code s} splits at whitespace {@code i} into two equal
     * stripped halves of at least {@link #MIN_HALF} chars, else -1. Compares in place, no copies.
     */
    private static int halfAt(String s, int i) {
        int n = s.length();
        if (i <= 0 || i >= n || !Character.isWhitespace(s.charAt(i))) return -1;
        int leftEnd = i, rightStart = i; // s is stripped: the left half starts at 0, the right ends at n
        while (leftEnd > 0 && Character.isWhitespace(s.charAt(leftEnd - 1))) leftEnd--;
        while (rightStart < n && Character.isWhitespace(s.charAt(rightStart))) rightStart++;
        if (leftEnd < MIN_HALF || leftEnd != n - rightStart) return -1;
        return s.regionMatches(0, s, rightStart, leftEnd) ? leftEnd : -1;
    }
}
