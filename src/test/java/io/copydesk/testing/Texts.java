package io.copydesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Generators of hostile text for property trials: controls, quotes, surrogates (paired and lone), bidi marks. */
public final class Texts {
    private Texts() {}

    /** Any UTF-16 string up to {@code max} chars, uniformly over all 65,536 code units. */
    public static String anyChars(Random r, int max) {
        char[] c = new char[r.nextInt(max + 1)];
        for (int i = 0; i < c.length; i++) c[i] = (char) r.nextInt(0x10000);
        return new String(c);
    }

    /** Lower-case ASCII letters, 1 to {@code max}. */
    public static String letters(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + r.nextInt(max); i > 0; i--) sb.append((char) ('a' + r.nextInt(26)));
        return sb.toString();
    }

    /** Up to {@code maxPieces} pieces, each drawn from one of the generators, joined. */
    @SafeVarargs
    public static String pieces(Random r, int maxPieces, Function<Random, String>... kinds) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(maxPieces + 1); i > 0; i--) sb.append(kinds[r.nextInt(kinds.length)].apply(r));
        return sb.toString();
    }

    /** One of the given values. */
    @SafeVarargs
    public static <T> T oneOf(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    /** A list of up to {@code max} elements from {@code gen}. */
    public static <T> List<T> list(Random r, int max, Function<Random, T> gen) {
        List<T> out = new ArrayList<>();
        for (int i = r.nextInt(max + 1); i > 0; i--) out.add(gen.apply(r));
        return out;
    }

    /** {@code value}, or null with probability {@code p}. */
    public static <T> T orNull(Random r, double p, T value) {
        return r.nextDouble() < p ? null : value;
    }

    /** A readable rendering of a failing input: non-printable chars as {@code \\uXXXX}. */
    static String show(Object input) {
        String s = String.valueOf(input);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 2000; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) sb.append(c);
            else sb.append(String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }
}
