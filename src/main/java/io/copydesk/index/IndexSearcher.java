package io.copydesk.index;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.engine.DuplicatePair;
import io.copydesk.engine.KeepPolicy;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.engine.RelatedHit;
import io.copydesk.engine.TimeDecay;
import io.copydesk.internal.LongCounter;
import io.copydesk.internal.LongList;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.lsh.PrefixFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the indexed duplicates of an article: its band keys, prefix keys and anchors select candidates from
 * the tables, and its shingles the indexed briefs it holds enough keys of (as {@code dedup} looks every article up
 * among the briefs' keys, {@link io.copydesk.lsh.BriefIndex}); their stored shingle sets are then verified exactly,
 * as the in-memory engine verifies its candidates. Not thread-safe (one per thread, each on its own open index).
 */
public final class IndexSearcher implements AutoCloseable {
    private final ArticleIndex index;
    private final Connection c;
    private final StoredFingerprinter fp;
    private final NearDuplicates verifier;
    private final double share; // the duplicate rule's least share, for the anchor rule (AnchorIndex.leastShared)
    private final LineCounts counts;
    private final PreparedStatement band, anchor, anchorCount, load, byId;
    private final PreparedStatement briefRows, shinglesOf; // null without brief keys
    private final RelatedSearcher related;

    /** An indexed article that is a duplicate of the query, with exact scores. */
    public record Match(String id, double jaccard, double containment) {}

    /** What the index holds about a query: its duplicates (best first) and its related articles (duplicates first). */
    public record Answer(List<Match> duplicates, List<RelatedHit> related) {}

    /**
     * How related articles are ranked.
     *
     * @param top      related articles after the duplicates; 0 for none
     * @param time     the time decay
     * @param minScore the lowest score reported
     */
    public record RelatedQuery(int top, TimeDecay time, double minScore) {
        public static final RelatedQuery NONE = new RelatedQuery(0, TimeDecay.OFF, 0);
    }

    public IndexSearcher(ArticleIndex index) {
        this.index = index;
        this.c = index.connection();
        this.fp = index.fingerprinter();
        this.verifier = new NearDuplicates(index.settings().dedupConfig(KeepPolicy.earliest, 1));
        this.share = index.settings().rule().leastShare();
        try {
            if (!index.writable()) c.setAutoCommit(false); // each query reads one snapshot, ended by commit
            counts = new LineCounts(c, false);
            band = c.prepareStatement("SELECT doc FROM band_keys WHERE band = ? AND key = ?");
            anchor = c.prepareStatement("SELECT doc FROM anchors WHERE anchor = ? LIMIT " + AnchorIndex.MAX_POSTING);
            anchorCount = c.prepareStatement("SELECT anchors FROM articles WHERE doc = ?");
            load = c.prepareStatement("SELECT a.id, s.hashes FROM articles a JOIN shingles s ON s.doc = a.doc WHERE a.doc = ?");
            byId = c.prepareStatement("SELECT content_hash FROM articles WHERE id = ?");
            boolean briefs = fp.storesBriefKeys();
            // the briefs holding any of the query's keys (a JSON list): one statement for its few hundred keys, each an
            // index probe inside SQLite
            briefRows = briefs ? c.prepareStatement("SELECT b.key, b.doc, b.need FROM json_each(?) j JOIN brief_keys b ON b.key = j.value") : null;
            shinglesOf = briefs ? c.prepareStatement("SELECT hashes FROM shingles WHERE doc = ?") : null;
            related = new RelatedSearcher(c, index.writable());
        } catch (SQLException e) {
            throw ArticleIndex.failure(index.dir(), e);
        }
    }

    /**
     * The duplicates of an article among the indexed ones (itself excluded, by id), best first.
     * The article is cleaned with the index's boilerplate counts plus its own lines, as if it were
     * being added.
     */
    public List<Match> query(Article a) {
        return answer(a, RelatedQuery.NONE).duplicates();
    }

    /**
     * The duplicates of an article among the indexed ones and, unless {@code q.top()} is 0, its
     * related articles (see {@link #related}); one read snapshot. The article is {@link Article#repaired} as the
     * readers repair records.
     */
    public Answer answer(Article a, RelatedQuery q) {
        a = a.repaired();
        try {
            Boilerplate.LineKeys keys = fp.lineKeys(a);
            boolean counted = false; // an unchanged indexed copy already counts its lines
            byId.setString(1, a.id());
            try (ResultSet r = byId.executeQuery()) {
                if (r.next()) counted = r.getLong(1) == StoredFingerprinter.contentHash(a);
            }
            LongCounter corpus = new LongCounter(keys.corpus().length), site = new LongCounter(keys.site().length);
            counts.load(LineCounts.CORPUS, keys.corpus(), corpus);
            counts.load(LineCounts.SITE, keys.site(), site);
            if (!counted) {
                for (long k : keys.corpus()) corpus.add(k);
                for (long k : keys.site()) site.add(k);
            }
            Fingerprinter pipeline = new Fingerprinter(index.settings().analysis(),
                    Boilerplate.withCounts(index.settings().analysis().boilerplate(), corpus, site));
            StoredFingerprint f = fp.fingerprint(a, keys, pipeline, corpus, site);
            List<Match> dups = matches(a.id(), f);
            Answer out = new Answer(dups, q.top() == 0 ? List.of() : related(a, f, dups, q));
            if (!index.writable()) c.commit();
            return out;
        } catch (SQLException | RuntimeException e) {
            throw ArticleIndex.failure(index.dir(), e);
        }
    }

    /** The duplicates of an analyzed article among the indexed ones, except the one with {@code id}, best first. */
    public List<Match> matches(String id, StoredFingerprint f) throws SQLException {
        if (f.shingles().isEmpty()) return List.of();
        LongList candidates = new LongList();
        int[] bands = f.bandKeys();
        for (int b = 0; b < bands.length; b++) bucket(b, bands[b], candidates);
        for (int k : f.prefixKeys()) bucket(fp.prefixBand(), k, candidates);
        anchorCandidates(f.anchors(), candidates);
        if (briefRows != null) briefCandidates(f.shingles(), candidates);
        candidates.sortDistinct();
        List<Match> out = new ArrayList<>();
        SameBlobs<DuplicatePair> verified = new SameBlobs<>(); // identical copies are verified once
        for (int i = 0; i < candidates.size(); i++) {
            load.setLong(1, candidates.get(i));
            try (ResultSet r = load.executeQuery()) {
                if (!r.next() || r.getString(1).equals(id)) continue;
                String other = r.getString(1);
                DuplicatePair p = verified.get(r.getBytes(2),
                        blob -> verifier.check(0, 1, f.shingles(), ShingleSet.of(Blobs.stored(blob, "shingles", other))));
                if (p != null) out.add(new Match(r.getString(1), p.jaccard(), p.containment()));
            }
        }
        out.sort(Comparator.comparingDouble(Match::jaccard).reversed()
                .thenComparing(Comparator.comparingDouble(Match::containment).reversed()).thenComparing(Match::id));
        return out;
    }

    /**
     * The related articles of an analyzed article: its duplicates {@code dups} first, by plain
     * cosine, then the {@code q.top()} best others by TF-IDF cosine × time weight, scored as
     * {@link io.copydesk.engine.RelatedStories} scores (see {@link RelatedSearcher}).
     */
    public List<RelatedHit> related(Article a, StoredFingerprint f, List<Match> dups, RelatedQuery q) throws SQLException {
        return related.related(a.id(), f.terms(), a.date(), dups, q.top(), q.time(), q.minScore());
    }

    /** Adds the documents holding {@code key} in band {@code b}. */
    private void bucket(int b, int key, LongList candidates) throws SQLException {
        band.setInt(1, b);
        band.setInt(2, key);
        try (ResultSet r = band.executeQuery()) {
            while (r.next()) candidates.add(r.getLong(1));
        }
    }

    /**
     * Adds the documents sharing enough anchors with the query, by {@link AnchorIndex}'s rule,
     * ignoring anchors held by more than {@link AnchorIndex#MAX_POSTING} documents counting the query.
     */
    private void anchorCandidates(int[] anchors, LongList candidates) throws SQLException {
        if (anchors.length == 0) return;
        LongCounter shared = new LongCounter(64);
        LongList docs = new LongList();
        for (int a : anchors) {
            anchor.setInt(1, a);
            LongList posting = new LongList();
            try (ResultSet r = anchor.executeQuery()) {
                while (r.next()) posting.add(r.getLong(1));
            }
            if (!AnchorIndex.postingKept(posting.size() + 1L)) continue;
            for (int i = 0; i < posting.size(); i++) {
                long d = posting.get(i);
                if (shared.get(d) == 0) docs.add(d);
                shared.add(d);
            }
        }
        for (int i = 0; i < docs.size(); i++) {
            long d = docs.get(i);
            int s = shared.get(d);
            // Looking up d's anchor count costs a query: the rule asks no more than for two documents of the query's
            // count (it grows with the smaller count), and where that is met, d's does not matter
            if (AnchorIndex.sharesEnough(s, anchors.length, anchors.length, share) || AnchorIndex.sharesEnough(s, anchors.length, anchorsOf(d), share)) {
                candidates.add(d);
            }
        }
    }

    /**
     * Adds the indexed briefs of which the query's shingles hold enough keys, by {@link io.copydesk.lsh.BriefIndex}'s
     * rule: a text containing a brief holds {@code need} of its keys, counting all but those held by more than
     * {@link AnchorIndex#MAX_POSTING} briefs (passed over, as too common).
     */
    private void briefCandidates(ShingleSet set, LongList candidates) throws SQLException {
        int[] keys = new int[set.size()];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            int k = (int) (set.hash(i) >>> 32); // ascending with the hashes; two hashes may share their high bits
            if (n == 0 || keys[n - 1] != k) keys[n++] = k;
        }
        LongList rows = new LongList(); // (key << 32) | need, then the doc, for each brief holding a key
        LongCounter holders = new LongCounter(64); // by key
        briefRows.setString(1, jsonList(keys, n));
        try (ResultSet r = briefRows.executeQuery()) {
            while (r.next()) {
                int key = r.getInt(1);
                holders.add(key);
                rows.add((long) key << 32 | r.getInt(3));
                rows.add(r.getLong(2));
            }
        }
        if (rows.size() == 0) return;
        LongCounter held = new LongCounter(64), need = new LongCounter(64); // by brief
        LongList briefs = new LongList(), common = new LongList();
        for (int i = 0; i < rows.size(); i += 2) {
            int key = (int) (rows.get(i) >>> 32);
            if (!AnchorIndex.postingKept(holders.get(key))) { // too common a key: passed over, for every brief holding it
                if (common.size() == 0 || common.get(common.size() - 1) != key) common.add(key); // a key's rows come together
                continue;
            }
            long d = rows.get(i + 1);
            if (held.add(d) == 1) {
                briefs.add(d);
                need.add(d, (int) rows.get(i));
            }
        }
        common.sortDistinct(); // (were a key's rows apart, listed more than once)
        long[] commonKeys = common.toArray();
        for (int i = 0; i < briefs.size(); i++) {
            long d = briefs.get(i);
            int h = held.get(d), least = need.get(d);
            if (h >= least || commonKeys.length > 0 && PrefixFilter.holdsEnough(h, least, passedOver(d, commonKeys))) candidates.add(d);
        }
    }

    /** How many of brief {@code doc}'s keys are among the {@code common} ones (sorted), from its stored shingles. */
    private int passedOver(long doc, long[] common) throws SQLException {
        shinglesOf.setLong(1, doc);
        try (ResultSet r = shinglesOf.executeQuery()) {
            if (!r.next()) return 0;
            int passed = 0;
            for (int k : fp.briefKeys(ShingleSet.of(Blobs.stored(r.getBytes(1), "shingles", "doc " + doc)))) {
                if (Arrays.binarySearch(common, k) >= 0) passed++;
            }
            return passed;
        }
    }

    /** The first {@code n} values as a JSON list, which {@code json_each} reads. */
    private static String jsonList(int[] values, int n) {
        StringBuilder sb = new StringBuilder(12 * n + 2).append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(',');
            sb.append(values[i]);
        }
        return sb.append(']').toString();
    }

    private int anchorsOf(long doc) throws SQLException {
        anchorCount.setLong(1, doc);
        try (ResultSet r = anchorCount.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    @Override
    public void close() {
        try {
            counts.close();
            related.close();
            for (PreparedStatement p : new PreparedStatement[] {band, anchor, anchorCount, load, byId, briefRows, shinglesOf}) {
                if (p != null) p.close();
            }
        } catch (SQLException e) {
            throw ArticleIndex.failure(index.dir(), e);
        }
    }
}
