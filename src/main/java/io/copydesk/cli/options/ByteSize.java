package io.copydesk.cli.options;

import picocli.CommandLine;

/** A size in bytes as the options take it: a whole number, or one followed by k, M or G (KiB, MiB, GiB; either case). */
public final class ByteSize implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String s) {
        long bytes = parse(s);
        if (bytes < 0) throw new CommandLine.TypeConversionException("'" + s + "' is not a size in bytes (such as 65536, 512k, 16M or 8G)");
        return bytes;
    }

    /** The bytes {@code s} gives, or -1 when it is not a size or one beyond a long. */
    public static long parse(String s) {
        if (s == null || s.isEmpty()) return -1;
        int shift = switch (s.charAt(s.length() - 1)) {
            case 'k', 'K' -> 10;
            case 'm', 'M' -> 20;
            case 'g', 'G' -> 30;
            default -> 0;
        };
        int digits = shift == 0 ? s.length() : s.length() - 1;
        if (digits == 0) return -1;
        long n = 0;
        for (int i = 0; i < digits; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9 || n > (Long.MAX_VALUE - d) / 10) return -1;
            n = n * 10 + d;
        }
        return n > Long.MAX_VALUE >> shift ? -1 : n << shift;
    }
}
