package io.copydesk.index;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.minhash.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The duplicate-finding rows of stored fingerprints: tables {@code signatures}, {@code shingles},
 * {@code band_keys}, {@code anchors} and {@code brief_keys}. Band, anchor and brief rows are found again from the
 * signature and the shingles when an article is deleted, so the index keeps no second copy of them.
 *
 * <p>When nothing reads the index before the transaction commits, band and anchor rows can be
 * {@linkplain #deferRows deferred} and written at {@link #flush} in key order: neighbouring rows
 * then share B-tree pages, which makes a large batch several times faster to insert.
 */
final class FingerprintTables implements AutoCloseable {
    /** Anchor and brief rows per multi-row INSERT. */
    private static final int ANCHOR_ROWS = 32;
    private static final Comparator<Row> KEY_ORDER =
            Comparator.comparingInt(Row::band).thenComparingInt(Row::key).thenComparingLong(Row::doc);
    private static final Comparator<Row> BRIEF_ORDER = Comparator.comparingInt(Row::key).thenComparingLong(Row::doc);

    private final StoredFingerprinter fp;
    private final int bands;
    private final PreparedStatement insertSignature, insertShingles, insertBands, insertPrefix, insertAnchor, insertAnchors,
            selectSignature, selectShingles, deleteBand, deleteAnchor, deleteSignature, deleteShingles;
    private final PreparedStatement insertBrief, insertBriefs, deleteBrief; // null without brief keys
    private List<Row> pendingBands, pendingPrefixes, pendingAnchors, pendingBriefs; // null unless rows are deferred

    /**
     * One band row ({@code band}, {@code key}), prefix row (band {@code bands}, {@code key} a prefix key; as many a
     * document as it has, so written one a statement), anchor row (band 0, {@code key} the anchor) or brief row
     * ({@code band} the brief's need, {@code key} a brief key) of a document.
     */
    private record Row(int band, int key, long doc) {}

    FingerprintTables(Connection c, StoredFingerprinter fp, int bands) throws SQLException {
        this.fp = fp;
        this.bands = bands;
        insertSignature = c.prepareStatement("INSERT INTO signatures (doc, signature) VALUES (?, ?)");
        insertShingles = c.prepareStatement("INSERT INTO shingles (doc, hashes) VALUES (?, ?)");
        // all bands of an article in one statement: one call into the driver instead of one per row
        insertBands = c.prepareStatement("INSERT INTO band_keys (band, key, doc) VALUES " + "(?, ?, ?), ".repeat(bands - 1) + "(?, ?, ?)");
        insertPrefix = c.prepareStatement("INSERT INTO band_keys (band, key, doc) VALUES (" + bands + ", ?, ?)");
        insertAnchor = c.prepareStatement("INSERT INTO anchors (anchor, doc) VALUES (?, ?)");
        insertAnchors = c.prepareStatement("INSERT INTO anchors (anchor, doc) VALUES " + "(?, ?), ".repeat(ANCHOR_ROWS - 1) + "(?, ?)");
        selectSignature = c.prepareStatement("SELECT signature FROM signatures WHERE doc = ?");
        selectShingles = c.prepareStatement("SELECT hashes FROM shingles WHERE doc = ?");
        deleteBand = c.prepareStatement("DELETE FROM band_keys WHERE band = ? AND key = ? AND doc = ?");
        deleteAnchor = c.prepareStatement("DELETE FROM anchors WHERE anchor = ? AND doc = ?");
        deleteSignature = c.prepareStatement("DELETE FROM signatures WHERE doc = ?");
        deleteShingles = c.prepareStatement("DELETE FROM shingles WHERE doc = ?");
        boolean briefs = fp.storesBriefKeys();
        insertBrief = briefs ? c.prepareStatement("INSERT INTO brief_keys (key, doc, need) VALUES (?, ?, ?)") : null;
        insertBriefs = briefs ? c.prepareStatement("INSERT INTO brief_keys (key, doc, need) VALUES " + "(?, ?, ?), ".repeat(ANCHOR_ROWS - 1) + "(?, ?, ?)") : null;
        deleteBrief = briefs ? c.prepareStatement("DELETE FROM brief_keys WHERE key = ? AND doc = ?") : null;
    }

    /** From now on, hold band, prefix and anchor rows until {@link #flush}; {@code false} drops held rows (after a rollback). */
    void deferRows(boolean defer) {
        pendingBands = defer ? new ArrayList<>() : null;
        pendingPrefixes = defer ? new ArrayList<>() : null;
        pendingAnchors = defer ? new ArrayList<>() : null;
        pendingBriefs = defer ? new ArrayList<>() : null;
    }

    boolean deferring() {
        return pendingBands != null;
    }

    /** Inserts the rows of one article (band, prefix, anchor and brief rows held when deferring). */
    void insert(long doc, StoredFingerprint f) throws SQLException {
        insertSignature.setLong(1, doc);
        insertSignature.setBytes(2, f.signature().toBytes());
        insertSignature.executeUpdate();
        insertShingles.setLong(1, doc);
        insertShingles.setBytes(2, Blobs.longs(f.shingles().hashes()));
        insertShingles.executeUpdate();
        List<Row> bandRows = deferring() ? pendingBands : new ArrayList<>();
        List<Row> prefixRows = deferring() ? pendingPrefixes : new ArrayList<>();
        List<Row> anchorRows = deferring() ? pendingAnchors : new ArrayList<>();
        List<Row> briefRows = deferring() ? pendingBriefs : new ArrayList<>();
        int[] keys = f.bandKeys();
        for (int b = 0; b < keys.length; b++) bandRows.add(new Row(b, keys[b], doc));
        for (int k : f.prefixKeys()) prefixRows.add(new Row(bands, k, doc));
        for (int a : f.anchors()) anchorRows.add(new Row(0, a, doc));
        for (int k : f.briefKeys()) briefRows.add(new Row(f.briefNeed(), k, doc));
        if (!deferring()) write(bandRows, prefixRows, anchorRows, briefRows);
    }

    /** Writes the held band, prefix, anchor and brief rows in key order and stops deferring. */
    void flush() throws SQLException {
        if (!deferring()) return;
        List<Row> bandRows = pendingBands, prefixRows = pendingPrefixes, anchorRows = pendingAnchors, briefRows = pendingBriefs;
        deferRows(false);
        bandRows.sort(KEY_ORDER);
        prefixRows.sort(KEY_ORDER);
        anchorRows.sort(KEY_ORDER);
        briefRows.sort(BRIEF_ORDER);
        write(bandRows, prefixRows, anchorRows, briefRows);
    }

    private void write(List<Row> bandRows, List<Row> prefixRows, List<Row> anchorRows, List<Row> briefRows) throws SQLException {
        if (bandRows.size() % bands != 0) throw new IllegalStateException("band rows come in whole articles");
        for (int i = 0; i < bandRows.size(); i += bands) {
            for (int r = 0; r < bands; r++) {
                Row row = bandRows.get(i + r);
                insertBands.setInt(3 * r + 1, row.band());
                insertBands.setInt(3 * r + 2, row.key());
                insertBands.setLong(3 * r + 3, row.doc());
            }
            insertBands.executeUpdate();
        }
        for (Row row : prefixRows) {
            insertPrefix.setInt(1, row.key());
            insertPrefix.setLong(2, row.doc());
            insertPrefix.executeUpdate();
        }
        int i = 0;
        for (; i + ANCHOR_ROWS <= anchorRows.size(); i += ANCHOR_ROWS) {
            for (int r = 0; r < ANCHOR_ROWS; r++) {
                insertAnchors.setInt(2 * r + 1, anchorRows.get(i + r).key());
                insertAnchors.setLong(2 * r + 2, anchorRows.get(i + r).doc());
            }
            insertAnchors.executeUpdate();
        }
        for (; i < anchorRows.size(); i++) {
            insertAnchor.setInt(1, anchorRows.get(i).key());
            insertAnchor.setLong(2, anchorRows.get(i).doc());
            insertAnchor.executeUpdate();
        }
        for (i = 0; i + ANCHOR_ROWS <= briefRows.size(); i += ANCHOR_ROWS) {
            for (int r = 0; r < ANCHOR_ROWS; r++) setBrief(insertBriefs, 3 * r, briefRows.get(i + r));
            insertBriefs.executeUpdate();
        }
        for (; i < briefRows.size(); i++) {
            setBrief(insertBrief, 0, briefRows.get(i));
            insertBrief.executeUpdate();
        }
    }

    private static void setBrief(PreparedStatement p, int at, Row row) throws SQLException {
        p.setInt(at + 1, row.key());
        p.setLong(at + 2, row.doc());
        p.setInt(at + 3, row.band());
    }

    /** Deletes the rows of one article, finding its band, prefix, anchor and brief rows from its signature and shingles. */
    void delete(long doc) throws SQLException {
        byte[] sig = blob(selectSignature, doc);
        if (sig != null) {
            int[] keys = fp.bandKeys(Signature.fromBytes(sig));
            for (int b = 0; b < keys.length; b++) {
                deleteBand.setInt(1, b);
                deleteBand.setInt(2, keys[b]);
                deleteBand.setLong(3, doc);
                deleteBand.executeUpdate();
            }
        }
        byte[] shingles = blob(selectShingles, doc);
        if (shingles != null) {
            ShingleSet set = ShingleSet.of(Blobs.longs(shingles));
            for (int key : fp.prefixKeys(set)) {
                deleteBand.setInt(1, bands);
                deleteBand.setInt(2, key);
                deleteBand.setLong(3, doc);
                deleteBand.executeUpdate();
            }
            for (int anchor : fp.anchors(set)) {
                deleteAnchor.setInt(1, anchor);
                deleteAnchor.setLong(2, doc);
                deleteAnchor.executeUpdate();
            }
            for (int key : fp.briefKeys(set)) {
                deleteBrief.setInt(1, key);
                deleteBrief.setLong(2, doc);
                deleteBrief.executeUpdate();
            }
        }
        for (PreparedStatement d : new PreparedStatement[] {deleteSignature, deleteShingles}) {
            d.setLong(1, doc);
            d.executeUpdate();
        }
    }

    private static byte[] blob(PreparedStatement p, long doc) throws SQLException {
        p.setLong(1, doc);
        try (ResultSet r = p.executeQuery()) {
            return r.next() ? r.getBytes(1) : null;
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement p : new PreparedStatement[] {insertSignature, insertShingles, insertBands, insertPrefix, insertAnchor, insertAnchors,
                selectSignature, selectShingles, deleteBand, deleteAnchor, deleteSignature, deleteShingles, insertBrief, insertBriefs,
                deleteBrief}) {
            if (p != null) p.close();
        }
    }
}
