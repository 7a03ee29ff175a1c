package io.copydesk.index;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Shingler;
import io.copydesk.document.Article;
import io.copydesk.engine.Analyzer;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongCounter;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.lsh.LshIndex;
import io.copydesk.minhash.MinHasher;
import io.copydesk.minhash.Signature;
import io.copydesk.analysis.TokenList;
import io.copydesk.engine.RelatedStories;
import io.copydesk.tfidf.TermCounter;
import io.copydesk.tfidf.TermCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Computes what the index stores of an article with the engine's own stages (boilerplate line
 * keys, {@link Analyzer}, {@link Shingler}, {@link MinHasher}, {@link LshIndex#bandKeys},
 * {@link AnchorIndex#isAnchor}), so stored values equal those of the in-memory engine. Thread-safe;
 * the {@link Analyzer} passed in must be confined to the calling thread.
 */
final class Fingerprinter {
    private static final long CONTENT_SEED = 0x636F6E74656E74L;
    private static final long SITE_SCOPE = 0x73697465L;

    private final IndexSettings settings;
    private final Boilerplate.Builder lineKeys;
    private final Shingler shingler;
    private final MinHasher minHasher;
    private final AnchorIndex anchorRule;
    private final ThreadLocal<TermCounter> counters;

    Fingerprinter(IndexSettings settings) {
        this.settings = settings;
        this.lineKeys = Boilerplate.builder(settings.analysis().boilerplate());
        this.shingler = new Shingler(settings.analysis().shingle(), settings.analysis().seed());
        this.minHasher = new MinHasher(settings.hashes(), settings.analysis().seed());
        this.anchorRule = new AnchorIndex(settings.anchorRate(), NearDuplicates.MIN_SHARED_ANCHORS, NearDuplicates.MAX_ANCHOR_POSTING);
        this.counters = ThreadLocal.withInitial(() -> RelatedStories.counter(settings.titleWeight(), null));
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
     * Analyzes the article with {@code analyzer} (built on the counts the article is cleaned with)
     * and computes its fingerprint; {@code corpusCounts} and {@code siteCounts} are those counts.
     */
    Fingerprint fingerprint(Article a, Boilerplate.LineKeys keys, Analyzer analyzer, LongCounter corpusCounts, LongCounter siteCounts) {
        TokenList tokens = analyzer.analyze(0, a).tokens();
        ShingleSet shingles = shingler.shingles(tokens);
        Signature signature = minHasher.sign(shingles);
        int[] bands = new int[0];
        if (!signature.isEmpty()) {
            long[] bk = LshIndex.bandKeys(signature, settings.banding());
            bands = new int[bk.length];
            for (int b = 0; b < bk.length; b++) bands[b] = (int) (bk[b] >>> 32);
        }
        return new Fingerprint(shingles, signature, bands, anchors(shingles), boilerplateState(keys, corpusCounts, siteCounts),
                terms(a, tokens, analyzer));
    }

    /** The TF-IDF terms of an analyzed article, counted as the in-memory related-story search counts them. */
    ArticleTerms terms(Article a, TokenList body, Analyzer analyzer) {
        TermCounter counter = counters.get();
        List<String> terms = new ArrayList<>();
        TermCounts c = counter.count(body, RelatedStories.titleTokens(analyzer.tokenizer(), a), term -> {
            terms.add(term);
            return terms.size() - 1;
        });
        int n = c.size();
        if (n == 0) return ArticleTerms.EMPTY;
        String[] t = new String[n], words = new String[n];
        float[] counts = new float[n];
        for (int i = 0; i < n; i++) { // the counter hands out ids in lexical order of the terms
            t[i] = terms.get(c.terms()[i]);
            counts[i] = c.counts()[i];
            words[i] = counter.word(t[i]);
        }
        return new ArticleTerms(t, counts, words);
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
