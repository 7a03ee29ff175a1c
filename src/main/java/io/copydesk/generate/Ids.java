package io.copydesk.generate;

/** Fixed-width ids ("a0000042") built without String.format: articles, events, duplicate groups. */
final class Ids {
    private Ids() {}

    static String article(long n) {
        return padded('a', n, 7);
    }

    static String event(long n) {
        return padded('e', n, 6);
    }

    static String group(long n) {
        return padded('g', n, 7);
    }

    static String padded(char prefix, long n, int width) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder(width + 1).append(prefix);
        for (int i = digits.length(); i < width; i++) sb.append('0');
        return sb.append(digits).toString();
    }
}
