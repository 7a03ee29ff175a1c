package io.copydesk.index;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.internal.LongCounter;
import io.copydesk.internal.Parallel;
import io.copydesk.minhash.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds, replaces and removes articles. Each call is one transaction: it commits entirely or, cut
 * off by a crash, leaves no trace. Adding is idempotent by id: an article whose content is
 * unchanged is skipped, a changed one replaces the stored version.
 *
 * <p><b>Boilerplate counts.</b> The in-memory engine counts lines over the whole input before it
 * cleans any article. Here counts grow as articles arrive: a batch first adds its articles' line
 * keys to the stored counts, then cleans each of its articles with the counts as they are then
 * (the index before the batch plus the batch). An article added early is therefore cleaned with
 * fewer counts than one added later, and a line that becomes frequent only later stays in early
 * articles. Adding a whole collection in one batch gives exactly the in-memory result;
 * {@link IndexChecker} reports how many articles were cleaned with counts that have changed since
 * ({@code boilerplate_state}), and {@link #reclean} cleans them again from their text (which
 * the index does not keep) with the counts of the day; once every article of the collection has
 * been recleaned, the index holds what the in-memory engine computes for the same articles.
 * The TF-IDF tables are kept by {@link TermTables}, in the same transactions.
 */
public final class IndexWriter implements AutoCloseable {
    private static final int CHUNK = 32;
    /** Anchor rows per multi-row INSERT. */
    private static final int ROWS = 32;

    private final ArticleIndex index;
    private final Connection c;
    private final StoredFingerprinter fp;
    private final LineCounts counts;
    private final TermTables terms;
    private final int threads;
    private final Clock clock;
    private final PreparedStatement findById, findState, updateArticle, maxDoc, insertArticle, insertSignature, insertShingles, insertLineKeys,
            insertBands, insertAnchor, insertAnchors, selectSignature, selectShingles, selectLineKeys, deleteBand, deleteAnchor,
            deleteSignature, deleteShingles, deleteLineKeys, deleteArticle;

    /** Called for each article of a batch, in order, before it is inserted (for query-then-add). */
    @FunctionalInterface
    public interface BeforeInsert {
        void accept(Article article, StoredFingerprint fingerprint) throws SQLException;
    }

    /** What a batch did. */
    public record BatchResult(int added, int replaced, int unchanged) {}

    public IndexWriter(ArticleIndex index, int threads, Clock clock) {
        if (!index.writable()) throw new IllegalStateException("index " + index.dir() + " was opened for reading");
        this.index = index;
        this.c = index.connection();
        this.fp = index.fingerprinter();
        this.threads = threads;
        this.clock = clock;
        try {
            counts = new LineCounts(c, true);
            terms = new TermTables(c);
            findById = c.prepareStatement("SELECT doc, content_hash FROM articles WHERE id = ?");
            findState = c.prepareStatement("SELECT doc, content_hash, boilerplate_state FROM articles WHERE id = ?");
            updateArticle = c.prepareStatement("UPDATE articles SET shingles = ?, anchors = ?, boilerplate_state = ? WHERE doc = ?");
            maxDoc = c.prepareStatement("SELECT coalesce(max(doc), 0) FROM articles");
            insertArticle = c.prepareStatement("INSERT INTO articles (doc, id, title, date, source, url, length, content_hash, added,"
                    + " shingles, anchors, boilerplate_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertSignature = c.prepareStatement("INSERT INTO signatures (doc, signature) VALUES (?, ?)");
            insertShingles = c.prepareStatement("INSERT INTO shingles (doc, hashes) VALUES (?, ?)");
            insertLineKeys = c.prepareStatement("INSERT INTO line_keys (doc, corpus, site) VALUES (?, ?, ?)");
            insertBands = c.prepareStatement("INSERT INTO band_keys (band, key, doc) VALUES "
                    + "(?, ?, ?), ".repeat(index.settings().banding().bands() - 1) + "(?, ?, ?)");
            insertAnchor = c.prepareStatement("INSERT INTO anchors (anchor, doc) VALUES (?, ?)");
            insertAnchors = c.prepareStatement("INSERT INTO anchors (anchor, doc) VALUES " + "(?, ?), ".repeat(ROWS - 1) + "(?, ?)");
            selectSignature = c.prepareStatement("SELECT signature FROM signatures WHERE doc = ?");
            selectShingles = c.prepareStatement("SELECT hashes FROM shingles WHERE doc = ?");
            selectLineKeys = c.prepareStatement("SELECT corpus, site FROM line_keys WHERE doc = ?");
            deleteBand = c.prepareStatement("DELETE FROM band_keys WHERE band = ? AND key = ? AND doc = ?");
            deleteAnchor = c.prepareStatement("DELETE FROM anchors WHERE anchor = ? AND doc = ?");
            deleteSignature = c.prepareStatement("DELETE FROM signatures WHERE doc = ?");
            deleteShingles = c.prepareStatement("DELETE FROM shingles WHERE doc = ?");
            deleteLineKeys = c.prepareStatement("DELETE FROM line_keys WHERE doc = ?");
            deleteArticle = c.prepareStatement("DELETE FROM articles WHERE doc = ?");
        } catch (SQLException e) {
            throw ArticleIndex.failure(index.dir(), e);
        }
    }

    /** Adds a batch in one transaction. Ids must be distinct within the batch. */
    public BatchResult add(List<Article> batch) {
        return add(batch, null);
    }

    /**
     * Adds a batch in one transaction; when {@code before} is given, it is called for every
     * article of the batch (unchanged ones included) just before the article is inserted, and sees
     * the index with the batch's earlier articles in it.
     */
    public BatchResult add(List<Article> batch, BeforeInsert before) {
        Set<String> ids = new HashSet<>();
        for (Article a : batch) if (!ids.add(a.id())) throw new IllegalArgumentException("id " + a.id() + " twice in one batch");
        try {
            BatchResult r = addBatch(batch, before);
            c.commit();
            return r;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw ArticleIndex.failure(index.dir(), e);
        } finally {
            deferred = null;
        }
    }

    private BatchResult addBatch(List<Article> batch, BeforeInsert before) throws SQLException {
        int n = batch.size();
        long[] hashes = new long[n];
        Boilerplate.LineKeys[] keys = new Boilerplate.LineKeys[n];
        parallel(n, i -> {
            hashes[i] = StoredFingerprinter.contentHash(batch.get(i));
            keys[i] = fp.lineKeys(batch.get(i));
        });
        boolean[] insert = new boolean[n];
        int replaced = 0, unchanged = 0;
        LineCounts.Delta corpus = new LineCounts.Delta(), site = new LineCounts.Delta();
        for (int i = 0; i < n; i++) {
            findById.setString(1, batch.get(i).id());
            long doc = -1, hash = 0;
            try (ResultSet r = findById.executeQuery()) {
                if (r.next()) { doc = r.getLong(1); hash = r.getLong(2); }
            }
            if (doc >= 0 && hash == hashes[i]) { unchanged++; continue; }
            if (doc >= 0) { removeDoc(doc, corpus, site); replaced++; }
            insert[i] = true;
            corpus.add(keys[i].corpus(), 1);
            site.add(keys[i].site(), 1);
        }
        counts.apply(LineCounts.CORPUS, corpus);
        counts.apply(LineCounts.SITE, site);
        LongCounter corpusCounts = new LongCounter(1024), siteCounts = new LongCounter(1024);
        for (int i = 0; i < n; i++) {
            if (!insert[i] && before == null) continue;
            counts.load(LineCounts.CORPUS, keys[i].corpus(), corpusCounts);
            counts.load(LineCounts.SITE, keys[i].site(), siteCounts);
        }
        Boilerplate boilerplate = Boilerplate.withCounts(index.settings().analysis().boilerplate(), corpusCounts, siteCounts);
        StoredFingerprint[] prints = new StoredFingerprint[n];
        parallelChunks(n, (from, to) -> {
            Fingerprinter pipeline = new Fingerprinter(index.settings().analysis(), boilerplate);
            for (int i = from; i < to; i++) {
                if (insert[i] || before != null) prints[i] = fp.fingerprint(batch.get(i), keys[i], pipeline, corpusCounts, siteCounts);
            }
        });
        long doc = nextDoc();
        long now = clock.millis();
        int added = 0;
        // Without a query hook nothing reads the batch before it commits, so band and anchor rows
        // are inserted at the end in key order: neighbouring rows share B-tree pages.
        deferred = before == null ? new ArrayList<>() : null;
        for (int i = 0; i < n; i++) {
            if (before != null) before.accept(batch.get(i), prints[i]);
            if (!insert[i]) continue;
            insert(doc++, batch.get(i), hashes[i], now, keys[i], prints[i]);
            if (before != null) terms.flush(); // the next article's query reads the frequencies
            added++;
        }
        if (deferred != null) insertDeferred();
        terms.flush();
        return new BatchResult(added - replaced, replaced, unchanged);
    }

    private long nextDoc() throws SQLException {
        try (ResultSet r = maxDoc.executeQuery()) {
            r.next();
            return r.getLong(1) + 1;
        }
    }

    private void insert(long doc, Article a, long hash, long now, Boilerplate.LineKeys keys, StoredFingerprint f) throws SQLException {
        insertArticle.setLong(1, doc);
        insertArticle.setString(2, a.id());
        setString(insertArticle, 3, a.title());
        if (a.date() == null) insertArticle.setNull(4, Types.INTEGER);
        else insertArticle.setLong(4, a.date().toEpochMilli());
        setString(insertArticle, 5, a.source());
        setString(insertArticle, 6, a.url());
        insertArticle.setInt(7, a.text().length());
        insertArticle.setLong(8, hash);
        insertArticle.setLong(9, now);
        insertArticle.setInt(10, f.shingles().size());
        insertArticle.setInt(11, f.anchors().length);
        insertArticle.setLong(12, f.boilerplateState());
        insertArticle.executeUpdate();
        insertLineKeys.setLong(1, doc);
        insertLineKeys.setBytes(2, Blobs.longs(keys.corpus()));
        insertLineKeys.setBytes(3, Blobs.longs(keys.site()));
        insertLineKeys.executeUpdate();
        insertFingerprint(doc, Schema.day(a.date() == null ? null : a.date().toEpochMilli()), f);
    }

    /** Inserts the signature, shingle, band and anchor rows of an article. */
    private void insertFingerprint(long doc, int day, StoredFingerprint f) throws SQLException {
        insertSignature.setLong(1, doc);
        insertSignature.setBytes(2, f.signature().toBytes());
        insertSignature.executeUpdate();
        insertShingles.setLong(1, doc);
        insertShingles.setBytes(2, Blobs.longs(f.shingles().hashes()));
        insertShingles.executeUpdate();
        terms.insert(doc, day, f.terms(), deferred != null);
        if (deferred != null) {
            deferred.add(new Deferred(doc, f));
            return;
        }
        int[] bands = f.bandKeys();
        if (bands.length > 0) { // all bands in one statement: one call into the driver instead of one per row
            for (int b = 0; b < bands.length; b++) {
                insertBands.setInt(3 * b + 1, b);
                insertBands.setInt(3 * b + 2, bands[b]);
                insertBands.setLong(3 * b + 3, doc);
            }
            insertBands.executeUpdate();
        }
        int[] anchors = f.anchors();
        int i = 0;
        for (; i + ROWS <= anchors.length; i += ROWS) {
            for (int r = 0; r < ROWS; r++) {
                insertAnchors.setInt(2 * r + 1, anchors[i + r]);
                insertAnchors.setLong(2 * r + 2, doc);
            }
            insertAnchors.executeUpdate();
        }
        for (; i < anchors.length; i++) {
            insertAnchor.setInt(1, anchors[i]);
            insertAnchor.setLong(2, doc);
            insertAnchor.executeUpdate();
        }
    }

    /** An article whose band and anchor rows wait for the end of the batch. */
    private record Deferred(long doc, StoredFingerprint f) {}

    private record Row(int band, int key, long doc) {}

    private List<Deferred> deferred;

    /** Inserts the deferred band and anchor rows of the batch, sorted as the tables' keys. */
    private void insertDeferred() throws SQLException {
        List<Row> bands = new ArrayList<>(), anchors = new ArrayList<>();
        for (Deferred d : deferred) {
            int[] bk = d.f().bandKeys();
            for (int b = 0; b < bk.length; b++) bands.add(new Row(b, bk[b], d.doc()));
            for (int a : d.f().anchors()) anchors.add(new Row(0, a, d.doc()));
        }
        deferred = null;
        java.util.Comparator<Row> order = java.util.Comparator.comparingInt(Row::band).thenComparingInt(Row::key).thenComparingLong(Row::doc);
        bands.sort(order);
        anchors.sort(order);
        int perStatement = index.settings().banding().bands();
        int i = 0;
        for (; i + perStatement <= bands.size(); i += perStatement) {
            for (int r = 0; r < perStatement; r++) {
                Row row = bands.get(i + r);
                insertBands.setInt(3 * r + 1, row.band());
                insertBands.setInt(3 * r + 2, row.key());
                insertBands.setLong(3 * r + 3, row.doc());
            }
            insertBands.executeUpdate();
        }
        if (i < bands.size()) throw new IllegalStateException("band rows come in whole articles");
        for (i = 0; i + ROWS <= anchors.size(); i += ROWS) {
            for (int r = 0; r < ROWS; r++) {
                insertAnchors.setInt(2 * r + 1, anchors.get(i + r).key());
                insertAnchors.setLong(2 * r + 2, anchors.get(i + r).doc());
            }
            insertAnchors.executeUpdate();
        }
        for (; i < anchors.size(); i++) {
            insertAnchor.setInt(1, anchors.get(i).key());
            insertAnchor.setLong(2, anchors.get(i).doc());
            insertAnchor.executeUpdate();
        }
    }

    private static void setString(PreparedStatement p, int i, String s) throws SQLException {
        if (s == null) p.setNull(i, Types.VARCHAR);
        else p.setString(i, s);
    }

    /**
     * Cleans again, with the index's current boilerplate counts, those of these articles that are
     * indexed with the same content but were cleaned with counts that have changed since (see
     * the class comment), and replaces their shingles, signature, band and anchor rows. Counts
     * do not change. One transaction; returns how many articles were cleaned again.
     */
    public int reclean(List<Article> batch) {
        int n = batch.size();
        try {
            long[] hashes = new long[n];
            Boilerplate.LineKeys[] keys = new Boilerplate.LineKeys[n];
            parallel(n, i -> {
                hashes[i] = StoredFingerprinter.contentHash(batch.get(i));
                keys[i] = fp.lineKeys(batch.get(i));
            });
            long[] docs = new long[n];
            LongCounter corpusCounts = new LongCounter(1024), siteCounts = new LongCounter(1024);
            for (int i = 0; i < n; i++) {
                docs[i] = -1;
                findState.setString(1, batch.get(i).id());
                try (ResultSet r = findState.executeQuery()) {
                    if (!r.next() || r.getLong(2) != hashes[i]) continue;
                    counts.load(LineCounts.CORPUS, keys[i].corpus(), corpusCounts);
                    counts.load(LineCounts.SITE, keys[i].site(), siteCounts);
                    if (fp.boilerplateState(keys[i], corpusCounts, siteCounts) != r.getLong(3)) docs[i] = r.getLong(1);
                }
            }
            Boilerplate boilerplate = Boilerplate.withCounts(index.settings().analysis().boilerplate(), corpusCounts, siteCounts);
            StoredFingerprint[] prints = new StoredFingerprint[n];
            parallelChunks(n, (from, to) -> {
                Fingerprinter pipeline = new Fingerprinter(index.settings().analysis(), boilerplate);
                for (int i = from; i < to; i++) {
                    if (docs[i] >= 0) prints[i] = fp.fingerprint(batch.get(i), keys[i], pipeline, corpusCounts, siteCounts);
                }
            });
            int done = 0;
            for (int i = 0; i < n; i++) {
                if (docs[i] < 0) continue;
                deleteFingerprint(docs[i]);
                Article a = batch.get(i);
                insertFingerprint(docs[i], Schema.day(a.date() == null ? null : a.date().toEpochMilli()), prints[i]);
                updateArticle.setInt(1, prints[i].shingles().size());
                updateArticle.setInt(2, prints[i].anchors().length);
                updateArticle.setLong(3, prints[i].boilerplateState());
                updateArticle.setLong(4, docs[i]);
                updateArticle.executeUpdate();
                done++;
            }
            terms.flush();
            c.commit();
            return done;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw ArticleIndex.failure(index.dir(), e);
        }
    }

    /** Removes the articles with these ids in one transaction; returns the ids that were not in the index. */
    public List<String> remove(List<String> ids) {
        List<String> missing = new ArrayList<>();
        try {
            LineCounts.Delta corpus = new LineCounts.Delta(), site = new LineCounts.Delta();
            for (String id : ids) {
                findById.setString(1, id);
                long doc = -1;
                try (ResultSet r = findById.executeQuery()) {
                    if (r.next()) doc = r.getLong(1);
                }
                if (doc < 0) missing.add(id);
                else removeDoc(doc, corpus, site);
            }
            counts.apply(LineCounts.CORPUS, corpus);
            counts.apply(LineCounts.SITE, site);
            terms.flush();
            c.commit();
            return missing;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw ArticleIndex.failure(index.dir(), e);
        }
    }

    /**
     * Removes articles dated before {@code cutoff}, undated ones by the time they were added, in
     * transactions of {@code batch} articles; returns how many were removed.
     */
    public long expire(Instant cutoff, int batch) {
        long removed = 0;
        try (PreparedStatement old = c.prepareStatement("SELECT id FROM articles WHERE coalesce(date, added) < ? LIMIT ?")) {
            while (true) {
                old.setLong(1, cutoff.toEpochMilli());
                old.setInt(2, batch);
                List<String> ids = new ArrayList<>();
                try (ResultSet r = old.executeQuery()) {
                    while (r.next()) ids.add(r.getString(1));
                }
                if (ids.isEmpty()) break;
                remove(ids);
                removed += ids.size();
            }
            c.commit();
            return removed;
        } catch (SQLException e) {
            rollback();
            throw ArticleIndex.failure(index.dir(), e);
        }
    }

    /** Deletes every row of one article, recording its line keys as count decrements. */
    private void removeDoc(long doc, LineCounts.Delta corpus, LineCounts.Delta site) throws SQLException {
        deleteFingerprint(doc);
        selectLineKeys.setLong(1, doc);
        try (ResultSet r = selectLineKeys.executeQuery()) {
            if (r.next()) {
                corpus.add(Blobs.longs(r.getBytes(1)), -1);
                site.add(Blobs.longs(r.getBytes(2)), -1);
            }
        }
        for (PreparedStatement d : new PreparedStatement[] {deleteLineKeys, deleteArticle}) {
            d.setLong(1, doc);
            d.executeUpdate();
        }
    }

    /** Deletes the signature, shingle, band and anchor rows of an article, finding its band and anchor rows from the first two. */
    private void deleteFingerprint(long doc) throws SQLException {
        byte[] sig = blob(selectSignature, doc, 1);
        if (sig != null) {
            int[] bands = fp.bandKeys(Signature.fromBytes(sig));
            for (int b = 0; b < bands.length; b++) {
                deleteBand.setInt(1, b);
                deleteBand.setInt(2, bands[b]);
                deleteBand.setLong(3, doc);
                deleteBand.executeUpdate();
            }
        }
        byte[] shingles = blob(selectShingles, doc, 1);
        if (shingles != null) {
            for (int anchor : fp.anchors(ShingleSet.of(Blobs.longs(shingles)))) {
                deleteAnchor.setInt(1, anchor);
                deleteAnchor.setLong(2, doc);
                deleteAnchor.executeUpdate();
            }
        }
        for (PreparedStatement d : new PreparedStatement[] {deleteSignature, deleteShingles}) {
            d.setLong(1, doc);
            d.executeUpdate();
        }
        terms.delete(doc);
    }

    private static byte[] blob(PreparedStatement p, long doc, int column) throws SQLException {
        p.setLong(1, doc);
        try (ResultSet r = p.executeQuery()) {
            return r.next() ? r.getBytes(column) : null;
        }
    }

    private void rollback() {
        terms.reset();
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; SQLite rolls back on the next open
        }
    }

    private interface IntBody {
        void run(int i);
    }

    private interface RangeBody {
        void run(int from, int to);
    }

    private void parallel(int n, IntBody body) {
        parallelChunks(n, (from, to) -> {
            for (int i = from; i < to; i++) body.run(i);
        });
    }

    private void parallelChunks(int n, RangeBody body) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        Parallel.map(threads, chunks, ch -> {
            body.run(ch * CHUNK, Math.min(n, (ch + 1) * CHUNK));
            return null;
        });
    }

    @Override
    public void close() {
        try {
            counts.close();
            terms.close();
            for (PreparedStatement p : new PreparedStatement[] {findById, findState, updateArticle, maxDoc, insertArticle, insertSignature, insertShingles,
                    insertLineKeys, insertBands, insertAnchor, insertAnchors, selectSignature, selectShingles, selectLineKeys, deleteBand,
                    deleteAnchor, deleteSignature, deleteShingles, deleteLineKeys, deleteArticle}) {
                p.close();
            }
        } catch (SQLException e) {
            throw ArticleIndex.failure(index.dir(), e);
        }
    }
}
