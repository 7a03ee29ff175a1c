package io.copydesk.document;

/**
 * Lines that a page template printed twice on one line ({@code Headline here Headline here}), as
 * "Editor's Choice" blocks and photo captions often are.
 */
public final class DoubledLine {
    /** Halves shorter than this are not taken as doubled ("no no", "Ha ha"). */
    private static final int MIN_HALF = 12;

    private DoubledLine() {}

    /** The text printed twice, if {@code line} is one text, whitespace, and the same text again; else null. */
    public static String half(String line) {
        String s = line.strip();
        int n = s.length();
        if (n < 2 * MIN_HALF + 1) return null;
        for (int d = 0; d <= 3; d++) {
            for (int i : new int[] {n / 2 - d, n / 2 + d}) {
                if (i <= 0 || i >= n || !Character.isWhitespace(s.charAt(i))) continue;
                String left = s.substring(0, i).strip(), right = s.substring(i).strip();
                if (left.length() >= MIN_HALF && left.equals(right)) return left;
            }
        }
        return null;
    }
}
