package io.copydesk.index;

import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.KeepPolicy;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.TimeDecay;
import io.copydesk.verify.DuplicateRule;
import io.copydesk.lsh.LshParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings an index is built with. Everything stored in an index (shingle sets, signatures,
 * band keys, anchors, boilerplate counts) depends on them, and verification uses the thresholds,
 * so an index answers only with the settings it was built with: {@link #differences} names every
 * setting that differs, with both values, for the message that refuses the other ones.
 *
 * <p>Settings round-trip through {@link #toProperties()} / {@link #fromProperties(Map)}; the keys
 * are the command-line option names without dashes, so messages can name options.
 *
 * @param banding     the LSH banding in use (never null: derived from the threshold when not given)
 * @param titleWeight how many times a title word counts against a body word in the TF-IDF term counts
 * @param prefixKeys  whether short texts' {@link io.copydesk.lsh.PrefixFilter} keys are stored (as band rows of one
 *                    more band) and searched: on in every index made since they were (setting {@code prefix-keys});
 *                    an index made before has none, reads as off and works as it did
 * @param briefKeys   whether briefs' {@link io.copydesk.lsh.PrefixFilter#briefKeys} are stored (table {@code brief_keys})
 *                    and every query's shingles looked up among them, so a brief indexed before the longer article
 *                    that contains it is found surely: on in every index made since they were (setting
 *                    {@code brief-keys}); an index made before has no such table, reads as off and finds such
 *                    pairs through anchors, with a high chance
 * @param compareFigures whether texts whose figures differ are told apart ({@link DedupConfig#compareFigures}; setting
 *                    {@code figures}: compare or ignore)
 */
public record IndexSettings(AnalysisConfig analysis, LshParams banding, int anchorRate,
                            double threshold, double containment, int minContained, double titleWeight, boolean prefixKeys,
                            boolean briefKeys, boolean compareFigures) {
    public IndexSettings {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(banding, "banding");
        if (!(titleWeight >= 0 && titleWeight <= 10)) throw new IllegalArgumentException("title weight must be in [0, 10], was " + titleWeight);
        // DedupConfig validates every value and the banding against the hashes.
        new DedupConfig(analysis, threshold, containment, minContained, banding, anchorRate, false, KeepPolicy.earliest, 1, compareFigures);
    }

    /** MinHash signature size (part of the analysis settings). */
    public int hashes() {
        return analysis.hashes();
    }

    public static final IndexSettings DEFAULT = of(DedupConfig.DEFAULT, RelatedConfig.DEFAULT_TITLE_WEIGHT);

    /**
     * The settings of a duplicate-detection configuration (its threads and keep policy do not
     * matter) and the title weight of the TF-IDF term counts.
     */
    public static IndexSettings of(DedupConfig c, double titleWeight) {
        return new IndexSettings(c.analysis(), c.banding(), c.anchorRate(), c.threshold(), c.containment(),
                c.minContainedShingles(), titleWeight, true, true, c.compareFigures());
    }

    /** The same settings with another title weight. */
    public IndexSettings withTitleWeight(double w) {
        return new IndexSettings(analysis, banding, anchorRate, threshold, containment, minContained, w, prefixKeys, briefKeys,
                compareFigures);
    }

    /** Related-story settings with these duplicate and TF-IDF settings. */
    public RelatedConfig relatedConfig(TimeDecay time, double minScore, int threads) {
        return new RelatedConfig(dedupConfig(KeepPolicy.earliest, threads), titleWeight, time, minScore, threads);
    }

    /** When two articles are duplicates under these settings. */
    public DuplicateRule rule() {
        return new DuplicateRule(threshold, containment, minContained, compareFigures);
    }

    /** A duplicate-detection configuration with these settings. */
    public DedupConfig dedupConfig(KeepPolicy keep, int threads) {
        return new DedupConfig(analysis, threshold, containment, minContained, banding, anchorRate, false, keep, threads, compareFigures);
    }

    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        BoilerplateConfig b = analysis.boilerplate();
        p.put("shingle", Integer.toString(analysis.shingle()));
        p.put("seed", Long.toString(analysis.seed()));
        p.put("tokenizer", analysis.tokenizer().name());
        p.put("boilerplate", b.enabled() ? "on" : "off");
        p.put("boilerplate.site-repeats", Integer.toString(b.siteRepeats()));
        p.put("boilerplate.site-max-words", Integer.toString(b.siteMaxWords()));
        p.put("boilerplate.corpus-repeats", Integer.toString(b.corpusRepeats()));
        p.put("boilerplate.corpus-max-words", Integer.toString(b.corpusMaxWords()));
        p.put("hashes", Integer.toString(analysis.hashes()));
        p.put("title-below", Integer.toString(analysis.titleBelow()));
        p.put("bands", Integer.toString(banding.bands()));
        p.put("rows", Integer.toString(banding.rows()));
        p.put("anchor-rate", Integer.toString(anchorRate));
        p.put("threshold", number(threshold));
        p.put("containment", number(containment));
        p.put("min-contained", Integer.toString(minContained));
        p.put("title-weight", number(titleWeight));
        p.put("prefix-keys", prefixKeys ? "on" : "off");
        p.put("brief-keys", briefKeys ? "on" : "off");
        p.put("figures", compareFigures ? "compare" : "ignore");
        return p;
    }

    /** Reads settings written by {@link #toProperties()}; throws {@link IllegalArgumentException} naming a missing or bad key. */
    public static IndexSettings fromProperties(Map<String, String> p) {
        BoilerplateConfig b = new BoilerplateConfig(switch (get(p, "boilerplate")) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("setting boilerplate must be on or off, was " + get(p, "boilerplate"));
        }, integer(p, "boilerplate.site-repeats"), integer(p, "boilerplate.site-max-words"),
                integer(p, "boilerplate.corpus-repeats"), integer(p, "boilerplate.corpus-max-words"));
        TokenizerKind tokenizer;
        try {
            tokenizer = TokenizerKind.valueOf(get(p, "tokenizer"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting tokenizer is unknown: " + get(p, "tokenizer"));
        }
        // title-below came later: an index made before it has its short bodies' sets without their titles (0)
        AnalysisConfig analysis = new AnalysisConfig(integer(p, "shingle"), longValue(p, "seed"), tokenizer, b, integer(p, "hashes"),
                p.containsKey("title-below") ? integer(p, "title-below") : 0);
        return new IndexSettings(analysis, new LshParams(integer(p, "bands"), integer(p, "rows")),
                integer(p, "anchor-rate"), decimal(p, "threshold"), decimal(p, "containment"), integer(p, "min-contained"),
                decimal(p, "title-weight"), onOff(p, "prefix-keys"), onOff(p, "brief-keys"), switch (get(p, "figures")) {
                    case "compare" -> true;
                    case "ignore" -> false;
                    default -> throw new IllegalArgumentException("setting figures must be compare or ignore, was " + get(p, "figures"));
                });
    }

    /** A switch added after the first indexes were made: absent, it is off (an index made before it). */
    private static boolean onOff(Map<String, String> p, String key) {
        return switch (p.getOrDefault(key, "off")) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("setting " + key + " must be on or off, was " + p.get(key));
        };
    }

    /** Each setting that differs, as {@code name: mine vs theirs}; empty when they agree. */
    public List<String> differences(IndexSettings other) {
        Map<String, String> mine = toProperties(), theirs = other.toProperties();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : mine.entrySet()) {
            String t = theirs.get(e.getKey());
            if (!e.getValue().equals(t)) out.add(e.getKey() + " " + e.getValue() + " vs " + t);
        }
        return out;
    }

    /** One line, e.g. {@code shingle=4 hashes=128 bands=25 rows=5 ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : toProperties().entrySet()) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    private static String number(double v) {
        return Double.toString(v); // shortest form that reads back as the same double
    }

    private static String get(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null) throw new IllegalArgumentException("setting " + key + " is missing");
        return v;
    }

    private static int integer(Map<String, String> p, String key) {
        try {
            return Integer.parseInt(get(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " is not an integer: " + p.get(key));
        }
    }

    private static long longValue(Map<String, String> p, String key) {
        try {
            return Long.parseLong(get(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " is not an integer: " + p.get(key));
        }
    }

    private static double decimal(Map<String, String> p, String key) {
        try {
            return Double.parseDouble(get(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " is not a number: " + p.get(key));
        }
    }
}
