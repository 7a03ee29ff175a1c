package io.copydesk.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * How publication dates weigh a text similarity: {@code weight = exp(-gap / window)}, and 0 (the
 * pair is not a candidate) once the gap exceeds {@value #CUTOFF} windows. The gap is measured
 * between the intervals the dates stand for: a date without a time of day (midnight UTC, as
 * date-only inputs are read) covers its whole day, so two articles dated the same or consecutive
 * days have gap 0 to a day. When either article has no date the weight is 1: text alone decides.
 *
 * @param window decay time; null turns time awareness off
 */
public record TimeDecay(Duration window) {
    /** Pairs further apart than this many windows are dropped (their weight would be below 0.0004). */
    public static final int CUTOFF = 8;
    public static final TimeDecay OFF = new TimeDecay(null);

    public TimeDecay {
        if (window != null && (window.isNegative() || window.isZero())) {
            throw new IllegalArgumentException("time window must be positive, was " + window + " (use none to turn dates off)");
        }
    }

    public boolean enabled() {
        return window != null;
    }

    /** The weight of a pair with these dates (either may be null). */
    public double weight(Instant a, Instant b) {
        if (window == null || a == null || b == null) return 1.0;
        return weightOfGap(gapSeconds(a.getEpochSecond(), b.getEpochSecond()));
    }

    /**
     * Seconds between two dates beyond which the weight is always 0, whatever their resolution
     * (a date-only value covers its day): searches need not look further.
     */
    public long reachSeconds() {
        return window == null ? Long.MAX_VALUE / 4 : CUTOFF * window.toSeconds() + 86_400;
    }

    /**
     * Seconds between two dates beyond which the weight is below {@code minWeight}: a search for
     * scores (cosine × weight, the cosine at most 1) of at least {@code minWeight} need not look
     * further. At most {@link #reachSeconds()}; the same when {@code minWeight} is not above 0.
     */
    public long reachSeconds(double minWeight) {
        long all = reachSeconds();
        if (window == null || !(minWeight > 0)) return all;
        double gap = minWeight >= 1 ? 0 : window.toSeconds() * Math.log(1 / minWeight);
        // one second more than the gap where the weight falls to minWeight, so rounding cannot cut a pair
        return Math.min(all, (long) Math.ceil(gap) + 1 + 86_400);
    }

    /** The weight of a gap in seconds. */
    public double weightOfGap(long gapSeconds) {
        if (window == null) return 1.0;
        double w = window.toSeconds();
        if (gapSeconds > CUTOFF * w) return 0.0;
        return Math.exp(-gapSeconds / w);
    }

    /** Seconds between two dates (epoch seconds), a date-only value covering its whole day. */
    public static long gapSeconds(long a, long b) {
        long early = Math.min(a, b), late = Math.max(a, b);
        return Math.max(0, late - early - resolution(early));
    }

    /** Seconds a date stands for: a whole day for midnight UTC (a date without time), else 0. */
    static long resolution(long epochSecond) {
        return Math.floorMod(epochSecond, 86_400L) == 0 ? 86_400L : 0L;
    }

    /** Parses {@code 12h}, {@code 3d}, {@code 90m}, {@code 2w}, ISO-8601 ({@code PT12H}), or {@code none} (not null). */
    public static TimeDecay parse(String text) {
        String v = java.util.Objects.requireNonNull(text, "text").strip().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("none") || v.equals("off")) return OFF;
        try {
            if (v.startsWith("p")) return new TimeDecay(Duration.parse(v.toUpperCase(java.util.Locale.ROOT)));
            char unit = v.charAt(v.length() - 1);
            double n = Double.parseDouble(v.substring(0, v.length() - 1));
            double seconds = n * switch (unit) {
                case 's' -> 1;
                case 'm' -> 60;
                case 'h' -> 3600;
                case 'd' -> 86_400;
                case 'w' -> 7 * 86_400;
                default -> throw new IllegalArgumentException();
            };
            return new TimeDecay(Duration.ofSeconds(Math.round(seconds)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("time window must look like 12h, 3d, 90m, 2w, PT12H or none, was '" + text + "'");
        }
    }

    @Override
    public String toString() {
        if (window == null) return "none";
        long s = window.toSeconds();
        if (s % 86_400 == 0) return s / 86_400 + "d";
        if (s % 3600 == 0) return s / 3600 + "h";
        if (s % 60 == 0) return s / 60 + "m";
        return s + "s";
    }
}
