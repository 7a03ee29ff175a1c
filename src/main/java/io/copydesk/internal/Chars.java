package io.copydesk.internal;

/**
 * {@link Character}'s answers for the chars of scraped text, ASCII without its table look-up: C1,
 * which runs inputs under 1 GiB, compiles {@link Character#isWhitespace(char)} as calls through
 * the char's data class, asked several times for every line by the page rules.
 */
public final class Chars {
    private Chars() {}

    /** {@link Character#isWhitespace(char)}. */
    public static boolean isWhitespace(char c) {
        if (c >= 128) return Character.isWhitespace(c);
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
}
