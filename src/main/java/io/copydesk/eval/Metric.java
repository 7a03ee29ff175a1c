package io.copydesk.eval;

import java.util.Objects;

/**
 * One named number of an evaluation report. The key is the JSON field name; the value is a
 * {@link Long} for counts or a {@link Double} for scores ({@code NaN} when a score is undefined,
 * written as JSON {@code null}).
 */
public record Metric(String key, Number value) {
    public Metric {
        Objects.requireNonNull(key, "key");
        if (!(value instanceof Long) && !(value instanceof Double)) {
            throw new IllegalArgumentException("metric " + key + " must be a Long or a Double, was " + value);
        }
    }

    public static Metric count(String key, long value) {
        return new Metric(key, value);
    }

    public static Metric score(String key, double value) {
        return new Metric(key, value);
    }
}
