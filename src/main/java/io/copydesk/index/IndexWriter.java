package io.copydesk.index;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.internal.LongCounter;
import io.copydesk.internal.Parallel;
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
import java.util.function.IntPredicate;

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

    private final ArticleIndex index;
    private final Connection c;
    private final StoredFingerprinter fp;
    private final LineCounts counts;
    private final FingerprintTables fingerprints;
    private final TermTables terms;
    private final int threads;
    private final Clock clock;
    private final PreparedStatement findById, findState, updateArticle, maxDoc, insertArticle, insertLineKeys, selectLineKeys,
            deleteLineKeys, deleteArticle;

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
            fingerprints = new FingerprintTables(c, fp, index.settings().banding().bands());
            terms = new TermTables(c);
            findById = c.prepareStatement("SELECT doc, content_hash FROM articles WHERE id = ?");
            findState = c.prepareStatement("SELECT doc, content_hash, boilerplate_state FROM articles WHERE id = ?");
            updateArticle = c.prepareStatement("UPDATE articles SET shingles = ?, anchors = ?, boilerplate_state = ? WHERE doc = ?");
            maxDoc = c.prepareStatement("SELECT coalesce(max(doc), 0) FROM articles");
            insertArticle = c.prepareStatement("INSERT INTO articles (doc, id, title, date, source, url, length, content_hash, added,"
                    + " shingles, anchors, boilerplate_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertLineKeys = c.prepareStatement("INSERT INTO line_keys (doc, corpus, site) VALUES (?, ?, ?)");
            selectLineKeys = c.prepareStatement("SELECT corpus, site FROM line_keys WHERE doc = ?");
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
     * the index with the batch's earlier articles in it. Articles are {@link Article#repaired} as the readers repair records.
     */
    public BatchResult add(List<Article> batch, BeforeInsert before) {
        batch = batch.stream().map(Article::repaired).toList();
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
            fingerprints.deferRows(false);
        }
    }

    private BatchResult addBatch(List<Article> batch, BeforeInsert before) throws SQLException {
        int n = batch.size();
        long[] hashes = new long[n];
        Boilerplate.LineKeys[] keys = new Boilerplate.LineKeys[n];
        hashAndKeys(batch, hashes, keys);
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
        StoredFingerprint[] prints = fingerprint(batch, keys, i -> insert[i] || before != null, corpusCounts, siteCounts);
        long doc = nextDoc();
        long now = clock.millis();
        int added = 0;
        // Without a query hook nothing reads the batch before it commits, so band and anchor rows can wait.
        fingerprints.deferRows(before == null);
        for (int i = 0; i < n; i++) {
            if (before != null) before.accept(batch.get(i), prints[i]);
            if (!insert[i]) continue;
            insert(doc++, batch.get(i), hashes[i], now, keys[i], prints[i]);
            if (before != null) terms.flush(); // the next article's query reads the frequencies
            added++;
        }
        fingerprints.flush();
        terms.flush();
        return new BatchResult(added - replaced, replaced, unchanged);
    }

    /** The content hash and line keys of each article (in parallel). */
    private void hashAndKeys(List<Article> batch, long[] hashes, Boilerplate.LineKeys[] keys) {
        parallel(batch.size(), i -> {
            hashes[i] = StoredFingerprinter.contentHash(batch.get(i));
            keys[i] = fp.lineKeys(batch.get(i));
        });
    }

    /** Fingerprints the chosen articles (in parallel) with the boilerplate counts loaded for the batch. */
    private StoredFingerprint[] fingerprint(List<Article> batch, Boilerplate.LineKeys[] keys, IntPredicate chosen, LongCounter corpusCounts,
            LongCounter siteCounts) {
        Boilerplate boilerplate = Boilerplate.withCounts(index.settings().analysis().boilerplate(), corpusCounts, siteCounts);
        StoredFingerprint[] prints = new StoredFingerprint[batch.size()];
        parallelChunks(batch.size(), (from, to) -> {
            Fingerprinter pipeline = new Fingerprinter(index.settings().analysis(), boilerplate);
            for (int i = from; i < to; i++) {
                if (chosen.test(i)) prints[i] = fp.fingerprint(batch.get(i), keys[i], pipeline, corpusCounts, siteCounts);
            }
        });
        return prints;
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

    /** Inserts the fingerprint and term rows of an article. */
    private void insertFingerprint(long doc, int day, StoredFingerprint f) throws SQLException {
        fingerprints.insert(doc, f);
        terms.insert(doc, day, f.terms(), fingerprints.deferring());
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
        batch = batch.stream().map(Article::repaired).toList();
        int n = batch.size();
        try {
            long[] hashes = new long[n];
            Boilerplate.LineKeys[] keys = new Boilerplate.LineKeys[n];
            hashAndKeys(batch, hashes, keys);
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
            StoredFingerprint[] prints = fingerprint(batch, keys, i -> docs[i] >= 0, corpusCounts, siteCounts);
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

    /** Deletes the fingerprint and term rows of an article. */
    private void deleteFingerprint(long doc) throws SQLException {
        fingerprints.delete(doc);
        terms.delete(doc);
    }

    private void rollback() {
        terms.reset();
        fingerprints.deferRows(false);
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
            fingerprints.close();
            for (PreparedStatement p : new PreparedStatement[] {findById, findState, updateArticle, maxDoc, insertArticle, insertLineKeys,
                    selectLineKeys, deleteLineKeys, deleteArticle}) {
                p.close();
            }
        } catch (SQLException e) {
            throw ArticleIndex.failure(index.dir(), e);
        }
    }
}
