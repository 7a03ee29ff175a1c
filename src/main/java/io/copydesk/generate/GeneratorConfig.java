package io.copydesk.generate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate. Same configuration, same output, byte for byte.
 *
 * @param articles        exact number of articles
 * @param seed            fixes every random choice
 * @param dupRate         probability that a written article is republished by 1-5 other sites
 * @param editRate        share of words changed (substituted, inserted or deleted) in a copy
 * @param relatedPerEvent most independently written articles per event (each event has 1..this)
 * @param distractorRate  probability that an event gets a same-kind twin event (other names, months away)
 * @param sites           number of publishing sites, each with its own page template
 * @param days            events are spread over this many days from {@code start}
 * @param start           the first day of the span
 */
public record GeneratorConfig(long articles, long seed, double dupRate, double editRate, int relatedPerEvent,
                              double distractorRate, int sites, int days, LocalDate start) {
    public static final long MAX_ARTICLES = 1_000_000_000L;
    public static final double MAX_EDIT_RATE = 0.5;
    public static final int MAX_RELATED_PER_EVENT = 20;
    public static final int MIN_SITES = 2;
    /** Site names come from distinct place names, of which the lexicon has 600. */
    public static final int MAX_SITES = 500;
    public static final int MAX_DAYS = 36_525;

    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_DUP_RATE = 0.3;
    public static final double DEFAULT_EDIT_RATE = 0.03;
    public static final int DEFAULT_RELATED_PER_EVENT = 4;
    public static final double DEFAULT_DISTRACTOR_RATE = 0.15;
    public static final int DEFAULT_SITES = 30;
    public static final int DEFAULT_DAYS = 365;
    public static final String DEFAULT_START_TEXT = "2024-01-01";
    public static final LocalDate DEFAULT_START = LocalDate.parse(DEFAULT_START_TEXT);

    public GeneratorConfig {
        check("articles", articles, 1, MAX_ARTICLES, "the number of articles to write");
        check("dup-rate", dupRate, 0, 1, "the probability that an article is republished");
        check("edit-rate", editRate, 0, MAX_EDIT_RATE, "the share of words changed in a copy; 0.01-0.1 is typical");
        check("related-per-event", relatedPerEvent, 1, MAX_RELATED_PER_EVENT, "distinct articles per event");
        check("distractor-rate", distractorRate, 0, 1, "the probability that an event gets a same-kind twin");
        check("sites", sites, MIN_SITES, MAX_SITES, "copies need a site other than the original's");
        check("days", days, 1, MAX_DAYS, "the span of publication dates");
        Objects.requireNonNull(start, "start");
    }

    /** The defaults, for {@code articles} articles. */
    public static GeneratorConfig of(long articles) {
        return new GeneratorConfig(articles, DEFAULT_SEED, DEFAULT_DUP_RATE, DEFAULT_EDIT_RATE, DEFAULT_RELATED_PER_EVENT,
                DEFAULT_DISTRACTOR_RATE, DEFAULT_SITES, DEFAULT_DAYS, DEFAULT_START);
    }

    public GeneratorConfig withSeed(long s) {
        return new GeneratorConfig(articles, s, dupRate, editRate, relatedPerEvent, distractorRate, sites, days, start);
    }

    public GeneratorConfig withDupRate(double r) {
        return new GeneratorConfig(articles, seed, r, editRate, relatedPerEvent, distractorRate, sites, days, start);
    }

    public GeneratorConfig withEditRate(double r) {
        return new GeneratorConfig(articles, seed, dupRate, r, relatedPerEvent, distractorRate, sites, days, start);
    }

    public GeneratorConfig withRelatedPerEvent(int n) {
        return new GeneratorConfig(articles, seed, dupRate, editRate, n, distractorRate, sites, days, start);
    }

    public GeneratorConfig withDistractorRate(double r) {
        return new GeneratorConfig(articles, seed, dupRate, editRate, relatedPerEvent, r, sites, days, start);
    }

    private static void check(String setting, double value, double min, double max, String hint) {
        // The negated form also rejects NaN.
        if (!(value >= min && value <= max)) {
            throw new InvalidSetting(setting, number(value) + " is outside " + number(min) + ".." + number(max) + " (" + hint + ")");
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A setting out of its range; {@link #setting()} is the name the CLI option also has. */
    public static final class InvalidSetting extends IllegalArgumentException {
        private final String setting;

        InvalidSetting(String setting, String problem) {
            super(setting + ": " + problem);
            this.setting = setting;
        }

        public String setting() {
            return setting;
        }

        /** The message without the setting name. */
        public String problem() {
            return getMessage().substring(setting.length() + 2);
        }
    }
}
