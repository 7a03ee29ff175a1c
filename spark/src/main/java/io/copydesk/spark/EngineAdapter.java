package io.copydesk.spark;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.Article;
import io.copydesk.document.ArticleJson;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordFields;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.GroupRules;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongCounter;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.lsh.LshIndex;
import io.copydesk.lsh.PrefixFilter;
import io.copydesk.minhash.Signature;
import io.copydesk.verify.Overlap;
import io.copydesk.verify.Verifier;
import java.io.Serializable;
import java.util.List;

/**
 * The Spark job's one door into the engine. Everything computed for one article (parsing, line
 * keys, the engine's {@link io.copydesk.fingerprint.Fingerprint} and from it band keys and anchors)
 * or for one pair (the engine's {@link Verifier}, scores against the canonical copy, which copy is
 * canonical) is the engine's own code called from here; the job only moves the results between machines. So the job cannot drift from
 * {@code copydesk dedup}, and when the engine's API changes only this class follows.
 */
final class EngineAdapter implements Serializable {
    private static final long serialVersionUID = 1L;
    /** LSH buckets larger than this link their members to their first one only (the engine's rule). */
    static final int MAX_BUCKET = NearDuplicates.MAX_BUCKET_PAIRS;

    private final JobSettings settings;
    private transient DedupConfig config;
    private transient RecordFields fields;
    private transient Verifier verifier;
    private transient PrefixFilter prefixes;
    private transient Boilerplate.Builder lineKeys;

    EngineAdapter(JobSettings settings) {
        this.settings = settings;
    }

    DedupConfig config() {
        if (config == null) config = settings.dedup();
        return config;
    }

    /** One JSONL record read by the engine's rules, from the job's fields; null (reported to {@code problems}) when unusable. */
    Article parse(String line, String where, ReadProblems problems) {
        if (fields == null) fields = settings.recordFields();
        return ArticleJson.parse(line, where, problems, fields);
    }

    /** The line keys an article adds to the boilerplate counts: {@code [0]} input-wide, {@code [1]} per source. */
    long[][] lineKeys(Article a) {
        // One builder per task, not per article: a builder allocates its count tables (3 MB), which
        // per article was 90 % of the job's allocation. lineKeys itself reads only the article.
        if (lineKeys == null) lineKeys = Boilerplate.builder(config().analysis().boilerplate());
        Boilerplate.LineKeys k = lineKeys.lineKeys(a);
        return new long[][] {k.corpus(), k.site()};
    }

    int corpusRepeats() {
        return config().analysis().boilerplate().corpusRepeats();
    }

    int siteRepeats() {
        return config().analysis().boilerplate().siteRepeats();
    }

    /**
     * A fingerprinter that cleans articles with these boilerplate counts (only keys that reach a
     * threshold need to be there). Confined to one thread, like the engine's analyzer.
     */
    Fingerprinter fingerprinter(LongCounter corpusCounts, LongCounter siteCounts) {
        return new Fingerprinter(config(), Boilerplate.withCounts(config().analysis().boilerplate(), corpusCounts, siteCounts));
    }

    /**
     * What the job keeps of an article's fingerprint: its shingles, LSH band keys (one a band, then a short text's
     * prefix keys, all of band {@code bands}, one past the banding's), anchors and a brief's keys
     * ({@code PrefixFilter#briefKeys}).
     */
    record Fingerprint(long[] shingles, int[] bandKeys, int[] anchors, int[] briefKeys) {}

    static final class Fingerprinter {
        private final DedupConfig config;
        private final io.copydesk.fingerprint.Fingerprinter fingerprinter;
        private final AnchorIndex anchorRule;
        private final PrefixFilter prefixes;

        private Fingerprinter(DedupConfig config, Boilerplate boilerplate) {
            this.config = config;
            this.fingerprinter = io.copydesk.fingerprint.Fingerprinter.forDuplicates(config.analysis(), boilerplate);
            this.anchorRule = new AnchorIndex(config.anchorRate(), config.rule().leastShare());
            this.prefixes = new PrefixFilter(config.rule(), config.anchorRate());
        }

        /**
         * The engine's fingerprint, with band keys as {@code LshIndex} buckets them (high 32 bits of
         * each band hash; none for an empty set), then the {@code PrefixFilter} keys {@code LshIndex} puts in its
         * extra band, and anchors as {@code AnchorIndex} posts them (high
         * 32 bits of every anchor shingle, repeats kept; none below the containment minimum).
         */
        Fingerprint fingerprint(Article a) {
            io.copydesk.fingerprint.Fingerprint f = fingerprinter.fingerprint(a);
            ShingleSet set = f.shingles();
            Signature sig = f.signature();
            int[] bands = new int[0];
            if (!sig.isEmpty()) {
                long[] bk = LshIndex.bandKeys(sig, config.banding());
                int[] prefix = prefixes.keys(set);
                bands = new int[bk.length + prefix.length];
                for (int b = 0; b < bk.length; b++) bands[b] = (int) (bk[b] >>> 32);
                System.arraycopy(prefix, 0, bands, bk.length, prefix.length);
            }
            int[] anchors = new int[0];
            if (set.size() >= config.minContainedShingles()) {
                int n = 0;
                int[] all = new int[set.size()];
                for (long h : set.hashes()) if (anchorRule.isAnchor(h)) all[n++] = (int) (h >>> 32);
                anchors = java.util.Arrays.copyOf(all, n);
            }
            return new Fingerprint(set.hashes(), bands, anchors, prefixes.briefKeys(set));
        }
    }

    /** The keys of its brief keys, {@code keys} of them, a brief of {@code size} shingles shares with every text it is a duplicate of. */
    int briefNeed(int size, int keys) {
        if (prefixes == null) prefixes = new PrefixFilter(config().rule(), config().anchorRate());
        return prefixes.briefNeed(size, keys);
    }

    /** Exact scores of two articles' shingles ({@code jaccard()}, {@code containment()}), or null when they are not duplicates. */
    Overlap check(long[] a, long[] b) {
        if (verifier == null) verifier = new Verifier(config().rule());
        return verifier.verify(ShingleSet.of(a), ShingleSet.of(b));
    }

    /** A member's scores against its group's canonical copy, as {@code dedup} reports them: {jaccard, containment}. */
    static double[] scoreAgainstCanonical(long[] canonical, long[] member) {
        Overlap o = Overlap.of(ShingleSet.of(canonical), ShingleSet.of(member));
        return new double[] {o.jaccard(), o.containment()};
    }

    /**
     * Position in {@code members} of the canonical copy: the keep policy's first ({@code first} reads their order) of
     * the members not {@code contained} in another, as {@link GroupRules#keptBefore} orders them.
     */
    int canonical(List<ArticleMeta> members, boolean[] contained) {
        int best = 0;
        for (int i = 1; i < members.size(); i++) {
            if (GroupRules.keptBefore(members.get(i), contained[i], members.get(best), contained[best], config().keep().order())) best = i;
        }
        return best;
    }

    /** Two independent 64-bit hashes of a shingle set: with its size, the key under which identical sets meet. */
    static long[] setKey(long[] shingles) {
        long h1 = 0x6964656E74L, h2 = 0x73616D65L;
        for (long s : shingles) {
            h1 = Hash64.mix(h1 ^ s, 0x9E3779B97F4A7C15L);
            h2 = Hash64.mix(h2 + s, 0xC2B2AE3D27D4EB4FL);
        }
        return new long[] {h1, h2};
    }
}
