package io.copydesk.index;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongCounter;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.lsh.LshIndex;
import io.copydesk.lsh.PrefixFilter;
import io.copydesk.minhash.MinHasher;
import io.copydesk.minhash.Signature;
import java.util.Arrays;

/**
 * Computes what the index stores of an article from the engine's own {@link Fingerprint} (with
 * {@link LshIndex#bandKeys}, {@link PrefixFilter#keys} and {@link AnchorIndex#isAnchor} on top), so stored values equal
 * those of the in-memory engine. Thread-safe.
 */
final class StoredFingerprinter {
    private static final long CONTENT_SEED = 0x636F6E74656E74L;
    private static final long SITE_SCOPE = 0x73697465L;

    private final IndexSettings settings;
    private final Boilerplate.Builder lineKeys;
    private final MinHasher minHasher;
    private final AnchorIndex anchorRule;
    private final PrefixFilter prefixes;

    StoredFingerprinter(IndexSettings settings) {
        this.settings = settings;
        this.lineKeys = Boilerplate.builder(settings.analysis().boilerplate());
        this.minHasher = new MinHasher(settings.hashes(), settings.analysis().seed());
        this.anchorRule = new AnchorIndex(settings.anchorRate(), settings.rule().leastShare());
        this.prefixes = new PrefixFilter(settings.rule(), settings.anchorRate());
    }

    /** The boilerplate line keys the article adds to the counts (pure). */
    Boilerplate.LineKeys lineKeys(Article a) {
        return lineKeys.lineKeys(a);
    }

    /** A hash of everything that analysis or output depends on: re-adding an article with the same hash changes nothing. */
    static long contentHash(Article a) {
        long h = Hash64.hash(a.text(), CONTENT_SEED);
        h = Hash64.mix(h ^ field(a.title()), 1);
        h = Hash64.mix(h ^ (a.date() == null ? 0x5EED : Hash64.mix(a.date().toEpochMilli())), 2);
        h = Hash64.mix(h ^ field(a.source()), 3);
        return Hash64.mix(h ^ field(a.url()), 4);
    }

    private static long field(String s) {
        return s == null ? 0x6E756C6CL : Hash64.hash(s, CONTENT_SEED + 1);
    }

    /**
     * The stored fingerprint of an article, computed with {@code pipeline} (built on the counts the
     * article is cleaned with); {@code corpusCounts} and {@code siteCounts} are those counts.
     */
    StoredFingerprint fingerprint(Article a, Boilerplate.LineKeys keys, io.copydesk.fingerprint.Fingerprinter pipeline,
                                  LongCounter corpusCounts, LongCounter siteCounts) {
        Fingerprint f = pipeline.fingerprint(a);
        ShingleSet shingles = f.shingles();
        Signature signature = f.signature();
        int[] briefKeys = briefKeys(shingles);
        return new StoredFingerprint(shingles, signature, bandKeys(signature), prefixKeys(shingles), briefKeys,
                briefNeed(shingles, briefKeys), anchors(shingles), boilerplateState(keys, corpusCounts, siteCounts), terms(f));
    }

    /** The TF-IDF terms of a fingerprint, with title words weighted as the in-memory related-story search weighs them. */
    ArticleTerms terms(Fingerprint f) {
        var t = f.terms();
        int n = t.size();
        if (n == 0) return ArticleTerms.EMPTY;
        String[] terms = new String[n], words = new String[n];
        float[] counts = new float[n];
        byte[] cases = new byte[n];
        for (int i = 0; i < n; i++) {
            terms[i] = t.term(i);
            counts[i] = t.weightedCount(i, settings.titleWeight());
            words[i] = t.word(i);
            cases[i] = t.nameCase(i);
        }
        return new ArticleTerms(terms, counts, words, cases);
    }

    /** The distinct 32-bit anchors of a set large enough for containment, ascending. */
    int[] anchors(ShingleSet shingles) {
        if (shingles.size() < settings.minContained()) return new int[0];
        int[] out = new int[shingles.size()];
        int n = 0;
        for (long h : shingles.hashes()) if (anchorRule.isAnchor(h)) out[n++] = (int) (h >>> 32);
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        int w = 0;
        for (int i = 0; i < n; i++) if (w == 0 || out[i] != out[w - 1]) out[w++] = out[i];
        return Arrays.copyOf(out, w);
    }

    /** Band keys of a stored signature (to delete an article's band rows, or to check them). */
    int[] bandKeys(Signature signature) {
        if (signature.isEmpty()) return new int[0];
        long[] bk = LshIndex.bandKeys(signature, settings.banding());
        int[] out = new int[bk.length];
        for (int b = 0; b < bk.length; b++) out[b] = (int) (bk[b] >>> 32);
        return out;
    }

    /** The {@link PrefixFilter} keys of a short text's set, as band rows of band {@code bands} hold them; none without the setting. */
    int[] prefixKeys(ShingleSet shingles) {
        return settings.prefixKeys() ? prefixes.keys(shingles) : new int[0];
    }

    /** Whether the index has table {@code brief_keys} (setting {@code brief-keys}). */
    boolean storesBriefKeys() {
        return settings.briefKeys();
    }

    /** A brief's {@link PrefixFilter#briefKeys}, as table {@code brief_keys} holds them; none without the setting. */
    int[] briefKeys(ShingleSet shingles) {
        return settings.briefKeys() ? prefixes.briefKeys(shingles) : new int[0];
    }

    /** How many of its {@code keys} ({@link #briefKeys}) a text containing the brief {@code shingles} holds; 0 for none. */
    int briefNeed(ShingleSet shingles, int[] keys) {
        return keys.length == 0 ? 0 : prefixes.briefNeed(shingles.size(), keys.length);
    }

    /** The band number of prefix rows in {@code band_keys}: one past the banding's. */
    int prefixBand() {
        return settings.banding().bands();
    }

    Signature sign(ShingleSet shingles) {
        return minHasher.sign(shingles);
    }

    /** Which of the article's keys reach the furniture thresholds under these counts, as an order-free hash. */
    long boilerplateState(Boilerplate.LineKeys keys, LongCounter corpusCounts, LongCounter siteCounts) {
        var b = settings.analysis().boilerplate();
        long state = 0;
        for (long k : keys.corpus()) if (corpusCounts.get(k) >= b.corpusRepeats()) state += Hash64.mix(k);
        for (long k : keys.site()) if (siteCounts.get(k) >= b.siteRepeats()) state += Hash64.mix(k, SITE_SCOPE);
        return state;
    }
}
