package io.copydesk.index;

import io.copydesk.tfidf.TermCounts;
import io.copydesk.tfidf.TermDictionary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writer's side of the TF-IDF tables ({@code terms}, {@code term_counts}, {@code postings}
 * and {@code meta.documents}): gives terms their ids, stores an article's counts and postings,
 * and keeps document frequencies and the document count. Changes to frequencies and the
 * document count are summed and written by {@link #flush}, which the writer calls before it
 * commits (and, when something reads the index mid-batch, after each article).
 */
final class TermTables {
    /** Posting rows per multi-row INSERT. */
    private static final int ROWS = 64;
    /** Cached terms of a writer; past this the cache starts again (ids never change, so a miss only costs a look-up). */
    private static final int MAX_CACHED = 2_000_000;

    private record Term(int id, String word) {}

    private final PreparedStatement findTerm, insertTerm, updateWord, addDf, maxTerm, insertCounts, selectCounts, deleteCounts,
            insertPosting, insertPostings, deletePosting, addDocuments, selectDate;
    private final Map<String, Term> cache = new HashMap<>();
    private final LineCounts.Delta df = new LineCounts.Delta();
    private final List<long[]> deferred = new ArrayList<>(); // {term, day, doc}
    private long documents;
    private int nextTerm = -1;

    TermTables(Connection c) throws SQLException {
        findTerm = c.prepareStatement("SELECT term, word FROM terms WHERE text = ?");
        insertTerm = c.prepareStatement("INSERT INTO terms (term, text, word, df) VALUES (?, ?, ?, 0)");
        updateWord = c.prepareStatement("UPDATE terms SET word = ? WHERE term = ?");
        addDf = c.prepareStatement("UPDATE terms SET df = df + ? WHERE term = ?");
        maxTerm = c.prepareStatement("SELECT coalesce(max(term), 0) FROM terms");
        insertCounts = c.prepareStatement("INSERT INTO term_counts (doc, counts) VALUES (?, ?)");
        selectCounts = c.prepareStatement("SELECT counts FROM term_counts WHERE doc = ?");
        deleteCounts = c.prepareStatement("DELETE FROM term_counts WHERE doc = ?");
        insertPosting = c.prepareStatement("INSERT INTO postings (term, day, doc) VALUES (?, ?, ?)");
        insertPostings = c.prepareStatement("INSERT INTO postings (term, day, doc) VALUES " + "(?, ?, ?), ".repeat(ROWS - 1) + "(?, ?, ?)");
        deletePosting = c.prepareStatement("DELETE FROM postings WHERE term = ? AND day = ? AND doc = ?");
        selectDate = c.prepareStatement("SELECT date FROM articles WHERE doc = ?");
        addDocuments = c.prepareStatement("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + ? AS TEXT) WHERE key = '"
                + Schema.DOCUMENTS + "'");
    }

    /**
     * Stores an article's term counts under index term ids (new terms get the next ids), counts it
     * in the frequencies of its terms and the document count, and inserts its postings now or,
     * with {@code defer}, at {@link #flush} in key order.
     */
    void insert(long doc, int day, ArticleTerms t, boolean defer) throws SQLException {
        int n = t.size();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) ids[i] = id(t.terms()[i], t.words()[i]);
        insertCounts.setLong(1, doc);
        insertCounts.setBytes(2, TermBlob.encode(new TermCounts(ids, t.counts(), t.cases())));
        insertCounts.executeUpdate();
        for (int id : ids) {
            df.add(id, 1);
            if (defer) deferred.add(new long[] {id, day, doc});
            else posting(id, day, doc);
        }
        documents++;
    }

    /** Removes an article's term counts and postings, and its share of the frequencies and document count. */
    void delete(long doc) throws SQLException {
        selectCounts.setLong(1, doc);
        byte[] blob;
        try (ResultSet r = selectCounts.executeQuery()) {
            blob = r.next() ? r.getBytes(1) : null;
        }
        if (blob == null) return;
        int day = day(doc);
        for (int id : TermBlob.terms(blob)) {
            deletePosting.setInt(1, id);
            deletePosting.setInt(2, day);
            deletePosting.setLong(3, doc);
            deletePosting.executeUpdate();
            df.add(id, -1);
        }
        deleteCounts.setLong(1, doc);
        deleteCounts.executeUpdate();
        documents--;
    }

    /** Writes the summed frequency and document-count changes and the deferred postings. */
    void flush() throws SQLException {
        for (int i = 0; i < df.keys.size(); i++) {
            long id = df.keys.get(i);
            int d = df.change.get(id);
            if (d == 0) continue;
            addDf.setInt(1, d);
            addDf.setLong(2, id);
            addDf.executeUpdate();
        }
        df.clear();
        if (documents != 0) {
            addDocuments.setLong(1, documents);
            addDocuments.executeUpdate();
            documents = 0;
        }
        deferred.sort(KEY_ORDER);
        int i = 0;
        for (; i + ROWS <= deferred.size(); i += ROWS) {
            for (int r = 0; r < ROWS; r++) {
                long[] p = deferred.get(i + r);
                insertPostings.setInt(3 * r + 1, (int) p[0]);
                insertPostings.setInt(3 * r + 2, (int) p[1]);
                insertPostings.setLong(3 * r + 3, p[2]);
            }
            insertPostings.executeUpdate();
        }
        for (; i < deferred.size(); i++) posting((int) deferred.get(i)[0], (int) deferred.get(i)[1], deferred.get(i)[2]);
        deferred.clear();
    }

    /** Forgets what the rolled-back transaction did: pending changes and the terms it created. */
    void reset() {
        df.clear();
        deferred.clear();
        documents = 0;
        cache.clear();
        nextTerm = -1;
    }

    private static final Comparator<long[]> KEY_ORDER = Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1])
            .thenComparingLong(p -> p[2]);

    private void posting(int id, int day, long doc) throws SQLException {
        insertPosting.setInt(1, id);
        insertPosting.setInt(2, day);
        insertPosting.setLong(3, doc);
        insertPosting.executeUpdate();
    }

    /** The postings day of an indexed article. */
    private int day(long doc) throws SQLException {
        selectDate.setLong(1, doc);
        try (ResultSet r = selectDate.executeQuery()) {
            if (!r.next()) return Schema.UNDATED;
            long ms = r.getLong(1);
            return r.wasNull() ? Schema.UNDATED : Schema.day(ms);
        }
    }

    /** The id of a term, creating it; keeps its word the best one seen. */
    private int id(String text, String word) throws SQLException {
        Term t = cache.get(text);
        if (t == null) {
            findTerm.setString(1, text);
            try (ResultSet r = findTerm.executeQuery()) {
                if (r.next()) t = new Term(r.getInt(1), r.getString(2));
            }
            if (t == null) {
                if (nextTerm < 0) {
                    try (ResultSet r = maxTerm.executeQuery()) {
                        r.next();
                        nextTerm = r.getInt(1) + 1;
                    }
                }
                t = new Term(nextTerm++, word);
                insertTerm.setInt(1, t.id());
                insertTerm.setString(2, text);
                insertTerm.setString(3, word);
                insertTerm.executeUpdate();
            }
            if (cache.size() >= MAX_CACHED) cache.clear();
            cache.put(text, t);
        }
        String best = io.copydesk.fingerprint.ArticleTerms.better(t.word(), word);
        if (!best.equals(t.word())) {
            updateWord.setString(1, best);
            updateWord.setInt(2, t.id());
            updateWord.executeUpdate();
            cache.put(text, new Term(t.id(), best));
        }
        return t.id();
    }

    void close() throws SQLException {
        for (PreparedStatement p : new PreparedStatement[] {findTerm, insertTerm, updateWord, addDf, maxTerm, insertCounts, selectCounts,
                deleteCounts, insertPosting, insertPostings, deletePosting, addDocuments, selectDate}) {
            p.close();
        }
    }
}
