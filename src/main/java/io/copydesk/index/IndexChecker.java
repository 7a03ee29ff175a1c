package io.copydesk.index;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongCounter;
import io.copydesk.internal.LongList;
import io.copydesk.engine.Progress;
import io.copydesk.minhash.Signature;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks that the tables of an index agree with each other, in one read snapshot:
 * SQLite's own {@code PRAGMA integrity_check}; every article has its signature, shingle set and
 * line keys, and no such row lacks its article; each signature is the MinHash of its shingle set;
 * the band and anchor rows of each article are exactly those its signature and shingles give (by
 * count and by an order-free hash of the rows, so the tables are read in one pass each); no band
 * or anchor row belongs to a missing article; and the boilerplate line counts equal the sums of
 * the articles' line keys; and the TF-IDF tables agree with the articles' term counts
 * ({@link TermChecker}). It also counts articles cleaned with boilerplate counts that have
 * changed since (a note, not a problem: see {@link IndexWriter}).
 */
public final class IndexChecker {
    private static final int LISTED = 20;

    /** Problems found (empty: the index is consistent) and the articles whose cleaning is out of date. */
    public record Report(long articles, List<String> problems, long staleBoilerplate) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final ArticleIndex index;
    private final StoredFingerprinter fp;
    private final List<String> problems = new ArrayList<>();
    private long more;

    private IndexChecker(ArticleIndex index) {
        this.index = index;
        this.fp = index.fingerprinter();
    }

    public static Report check(ArticleIndex index, Progress progress) {
        Connection c = index.connection();
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            Report r = new IndexChecker(index).run(c, progress);
            c.commit();
            c.setAutoCommit(auto);
            return r;
        } catch (SQLException e) {
            throw ArticleIndex.failure(index.dir(), e);
        }
    }

    private void problem(String p) {
        if (problems.size() < LISTED) problems.add(p);
        else more++;
    }

    private Report run(Connection c, Progress progress) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                while (r.next()) if (!"ok".equals(r.getString(1))) problem("sqlite integrity_check: " + r.getString(1));
            }
            long articles;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                r.next();
                articles = r.getLong(1);
            }
            progress.start("checking", articles);
            LongCounter position = new LongCounter((int) Math.min(Integer.MAX_VALUE / 4, articles + 16)); // doc -> position + 1
            LongList docs = new LongList();
            String[] ids = new String[(int) articles];
            ExpectedRows bands = new ExpectedRows((int) articles), anchors = new ExpectedRows((int) articles),
                    briefs = new ExpectedRows((int) articles);
            LongCounter corpus = new LongCounter(1024), site = new LongCounter(1024);
            try (ResultSet r = s.executeQuery("SELECT a.doc, a.id, a.shingles, a.anchors, g.signature, h.hashes, l.corpus, l.site"
                    + " FROM articles a LEFT JOIN signatures g ON g.doc = a.doc LEFT JOIN shingles h ON h.doc = a.doc"
                    + " LEFT JOIN line_keys l ON l.doc = a.doc ORDER BY a.doc")) {
                while (r.next()) {
                    int pos = docs.size();
                    if (pos >= ids.length) { problem("more articles than counted (changed during the check?)"); break; }
                    long doc = r.getLong(1);
                    docs.add(doc);
                    position.add(doc, pos + 1);
                    String id = ids[pos] = r.getString(2);
                    byte[] sig = r.getBytes(5), hashes = r.getBytes(6), corpusKeys = r.getBytes(7), siteKeys = r.getBytes(8);
                    if (sig == null) problem("article " + id + " has no signature");
                    if (hashes == null) problem("article " + id + " has no shingle set");
                    if (corpusKeys == null || siteKeys == null) problem("article " + id + " has no boilerplate line keys");
                    try {
                        if (corpusKeys != null && siteKeys != null) {
                            for (long k : Blobs.stored(corpusKeys, "boilerplate line keys", id)) corpus.add(k);
                            for (long k : Blobs.stored(siteKeys, "boilerplate line keys", id)) site.add(k);
                        }
                        if (hashes != null) checkArticle(id, pos, r.getInt(3), r.getInt(4), sig, Blobs.stored(hashes, "shingles", id),
                                bands, anchors, briefs);
                    } catch (IndexException | IllegalArgumentException e) { // one damaged row: report it, check the others
                        problem("article " + id + ": " + e.getMessage());
                    }
                    progress.advance(1);
                }
            }
            progress.finish();
            checkRows(s, "band_keys", "SELECT band, key, doc FROM band_keys", position, ids, bands, "band", "signature");
            checkRows(s, "anchors", "SELECT 0, anchor, doc FROM anchors", position, ids, anchors, "anchor", "shingles");
            if (fp.storesBriefKeys()) {
                checkRows(s, "brief_keys", "SELECT need, key, doc FROM brief_keys", position, ids, briefs, "brief key", "shingles");
            }
            for (String table : List.of("signatures", "shingles", "line_keys")) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc = t.doc)")) {
                    r.next();
                    if (r.getLong(1) > 0) problem(r.getLong(1) + " rows of " + table + " belong to no article");
                }
            }
            checkCounts(s, corpus, site);
            new TermChecker(this::problem).check(s, position, ids, articles);
            long stale = stale(s, corpus, site);
            if (more > 0) problems.add("... and " + more + " more problems");
            return new Report(articles, List.copyOf(problems), stale);
        }
    }

    private void checkArticle(String id, int pos, int shingles, int anchors, byte[] sig, long[] hashes, ExpectedRows bandRows,
                              ExpectedRows anchorRows, ExpectedRows briefRows) {
        for (int i = 1; i < hashes.length; i++) {
            if (hashes[i - 1] >= hashes[i]) { problem("article " + id + ": shingle set is not sorted and distinct"); break; }
        }
        ShingleSet set = ShingleSet.of(hashes);
        if (set.size() != shingles) problem("article " + id + ": " + set.size() + " shingles stored, articles row says " + shingles);
        Signature expected = fp.sign(set);
        if (sig != null) {
            Signature stored;
            try {
                stored = Signature.fromBytes(sig);
            } catch (IllegalArgumentException e) {
                problem("article " + id + ": bad signature: " + e.getMessage());
                stored = null;
            }
            if (stored != null && !stored.equals(expected)) problem("article " + id + ": signature is not the MinHash of its shingles");
        }
        int[] bands = fp.bandKeys(expected);
        for (int b = 0; b < bands.length; b++) bandRows.add(pos, b, bands[b]);
        for (int k : fp.prefixKeys(set)) bandRows.add(pos, fp.prefixBand(), k);
        int[] a = fp.anchors(set);
        for (int x : a) anchorRows.add(pos, 0, x);
        int[] briefKeys = fp.briefKeys(set);
        for (int k : briefKeys) briefRows.add(pos, fp.briefNeed(set, briefKeys), k);
        if (a.length != anchors) problem("article " + id + ": " + a.length + " anchors expected, articles row says " + anchors);
    }

    private static long rowHash(int band, int key) {
        return Hash64.mix(((long) band << 32) | (key & 0xFFFFFFFFL));
    }

    /** An order-free hash and a count of the rows each article should have in one table, by its position. */
    private static final class ExpectedRows {
        final long[] hash;
        final int[] count;

        ExpectedRows(int articles) {
            hash = new long[articles];
            count = new int[articles];
        }

        /** Expects the row ({@code band}, {@code key}) of the article at {@code pos}; a negative count: a row too many. */
        void add(int pos, int band, int key) {
            hash[pos] += rowHash(band, key);
            count[pos]++;
        }

        void remove(int pos, int band, int key) {
            hash[pos] -= rowHash(band, key);
            count[pos]--;
        }
    }

    /**
     * Subtracts each row from its article's expected rows; what remains is a mismatch, reported as {@code what} rows
     * that do not match the article's {@code source}.
     */
    private void checkRows(Statement s, String table, String sql, LongCounter position, String[] ids, ExpectedRows expected,
                           String what, String source) throws SQLException {
        long orphans = 0;
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                int pos = position.get(r.getLong(3)) - 1;
                if (pos < 0) { orphans++; continue; }
                expected.remove(pos, r.getInt(1), r.getInt(2));
            }
        }
        if (orphans > 0) problem(orphans + " rows of " + table + " belong to no article");
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == null) break;
            int count = expected.count[i];
            if (count != 0 || expected.hash[i] != 0) {
                problem(String.format(Locale.ROOT, "article %s: %s rows do not match its %s (%s)", ids[i], what, source,
                        count > 0 ? count + " missing" : count < 0 ? -count + " extra" : "different keys"));
            }
        }
    }

    /** The stored line counts must be the sums of the articles' line keys. */
    private void checkCounts(Statement s, LongCounter corpus, LongCounter site) throws SQLException {
        long rows = 0, wrong = 0;
        try (ResultSet r = s.executeQuery("SELECT scope, key, articles FROM line_counts")) {
            while (r.next()) {
                rows++;
                LongCounter expected = r.getInt(1) == LineCounts.CORPUS ? corpus : site;
                if (r.getInt(1) != LineCounts.CORPUS && r.getInt(1) != LineCounts.SITE) { wrong++; continue; }
                if (expected.get(r.getLong(2)) != r.getInt(3)) wrong++;
            }
        }
        long expectedRows = corpus.size() + site.size();
        if (wrong > 0) problem(wrong + " boilerplate line counts differ from the articles' line keys");
        if (rows - wrong < expectedRows) problem((expectedRows - (rows - wrong)) + " boilerplate line counts are missing");
    }

    /** Articles whose stored boilerplate state differs from the one today's counts give. */
    private long stale(Statement s, LongCounter corpus, LongCounter site) throws SQLException {
        long stale = 0;
        try (ResultSet r = s.executeQuery("SELECT a.boilerplate_state, l.corpus, l.site FROM articles a JOIN line_keys l ON l.doc = a.doc")) {
            while (r.next()) {
                byte[] corpusKeys = r.getBytes(2), siteKeys = r.getBytes(3);
                if (corpusKeys == null || siteKeys == null || corpusKeys.length % Long.BYTES != 0 || siteKeys.length % Long.BYTES != 0) {
                    continue; // damaged, reported by the article pass
                }
                var keys = new Boilerplate.LineKeys(Blobs.longs(corpusKeys), Blobs.longs(siteKeys));
                if (fp.boilerplateState(keys, corpus, site) != r.getLong(1)) stale++;
            }
        }
        return stale;
    }
}
