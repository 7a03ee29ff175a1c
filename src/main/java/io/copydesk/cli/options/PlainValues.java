package io.copydesk.cli.options;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Option values in the plain forms that read the same with or without picocli (io.copydesk.cli.PlainCommandLine):
 * digits without a sign or leading zero, decimals as digits with one point, an enum constant's exact
 * name, a path. Anything else gives the "not plain" answer (negative, null) and picocli then reads
 * the whole command line, with its own conversions and messages.
 */
public final class PlainValues {
    private PlainValues() {}

    /** A count of at most 9 digits, or -1. */
    public static int toInt(String s) {
        return (int) digits(s, 9);
    }

    /** A count of at most 18 digits, or -1. */
    public static long toLong(String s) {
        return digits(s, 18);
    }

    private static long digits(String s, int most) {
        if (s == null || s.isEmpty() || s.length() > most || (s.charAt(0) == '0' && s.length() > 1)) return -1;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Digits with at most one '.' between digits ("0.5", "1", "12.25"), or -1. */
    public static double toDouble(String s) {
        if (s == null || s.isEmpty() || s.length() > 24) return -1;
        int point = s.indexOf('.');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && i != point) return -1;
        }
        if (point == 0 || point == s.length() - 1) return -1;
        return Double.parseDouble(s);
    }

    /** The constant named exactly {@code s}, or null. */
    public static <E extends Enum<E>> E toEnum(Class<E> type, String s) {
        if (s == null) return null;
        for (E e : type.getEnumConstants()) if (e.name().equals(s)) return e;
        return null;
    }

    /** {@code s} as given (a duration, "auto"), or null when it is empty. */
    public static String toText(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The path {@code s} names, or null when it is empty or not a path. */
    public static Path toPath(String s) {
        if (s == null || s.isEmpty()) return null;
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
