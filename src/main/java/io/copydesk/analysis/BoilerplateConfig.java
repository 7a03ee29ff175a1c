package io.copydesk.analysis;

/**
 * When a line counts as page furniture. Lines are compared by a key that ignores case, digits and
 * punctuation.
 *
 * @param enabled          false keeps every line (for measuring what removal buys)
 * @param siteRepeats      a line seen in at least this many articles of one source is that site's furniture...
 * @param siteMaxWords     ...when it has at most this many words (longer repeated lines are story text, e.g. updates)
 * @param corpusRepeats    a line seen in at least this many articles of the whole input is furniture...
 * @param corpusMaxWords   ...when it has at most this many words
 */
public record BoilerplateConfig(boolean enabled, int siteRepeats, int siteMaxWords, int corpusRepeats, int corpusMaxWords) {
    public static final BoilerplateConfig DEFAULT = new BoilerplateConfig(true, 3, 30, 3, 12);
    public static final BoilerplateConfig OFF = new BoilerplateConfig(false, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 0);

    public BoilerplateConfig {
        if (siteRepeats < 2) throw new IllegalArgumentException("siteRepeats must be at least 2, was " + siteRepeats);
        if (corpusRepeats < 2) throw new IllegalArgumentException("corpusRepeats must be at least 2, was " + corpusRepeats);
        if (siteMaxWords < 0 || corpusMaxWords < 0) throw new IllegalArgumentException("max words must be >= 0");
    }
}
