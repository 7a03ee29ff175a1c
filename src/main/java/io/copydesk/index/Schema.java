package io.copydesk.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tables of an index, format version {@value #VERSION}. {@code doc} is an article's internal
 * number (its rowid, assigned in insertion order); {@code id} is the article's own id.
 *
 * <pre>
 * table        key                 columns                              one row per
 * meta         key                 value                                format, format_version, setting.*
 * articles     doc                 id (unique), title, date, source,    article
 *                                  url, length, content_hash, added,
 *                                  shingles, anchors, boilerplate_state
 * signatures   doc                 signature (minhash.Signature bytes)  article
 * shingles     doc                 hashes (sorted int64, little-endian) article
 * line_keys    doc                 corpus, site (int64 LE line keys)    article (its boilerplate line keys)
 * band_keys    (band, key, doc)    -                                    article x band (none for an empty set),
 *                                                                       and prefix key of a short text (band:
 *                                                                       the bands setting; see prefix-keys)
 * anchors      (anchor, doc)       -                                    distinct anchor of an article with
 *                                                                       at least min-contained shingles
 * brief_keys   (key, doc)          need                                 brief key of a brief (see brief-keys;
 *                                                                       need: how many of them a text
 *                                                                       containing the brief holds)
 * line_counts  (scope, key)        articles                             line key (scope 0: whole index,
 *                                                                       1: per source) with count > 0
 * terms        term                text (unique), word, df              TF-IDF term (a stem) ever indexed;
 *                                                                       df: articles holding it now (0 kept)
 * term_counts  doc                 counts ({@link TermBlob})            article
 * postings     (term, day, doc)    -                                    term of an article; day: of its date
 *                                                                       (epoch day), {@value #UNDATED} if undated
 * </pre>
 *
 * Dates and insertion times are epoch milliseconds; {@code date} is null for undated articles.
 * Band keys, brief keys and anchors are the high 32 bits of the in-memory engine's 64-bit values, as the
 * in-memory {@code LshIndex} and {@code AnchorIndex} compare them.
 *
 * <p>{@code meta} also holds {@code documents}, the number of articles (kept with every change, in
 * the same transaction), which with {@code terms.df} gives the smoothed idf at query time: the
 * stored counts never need re-weighting. A term keeps its id for good (its row stays at df 0), and
 * {@code word} is the shortest, then lexically smallest, word seen for it.
 *
 * <p>Version history: 1 (duplicates only), 2 (adds {@code terms}, {@code term_counts},
 * {@code postings}, {@code meta.documents} and the {@code title-weight} setting), 3 (each term count
 * in {@code term_counts} carries the article's case of the term, {@code TermBlob}), 4 (a shingle's
 * lowest 16 bits say which figures it holds, {@code analysis.ShingleSet#figureCode}; the {@code figures}
 * setting). An index of another version is refused with a message naming both versions.
 */
final class Schema {
    static final String FORMAT = "copydesk-index";
    static final int VERSION = 4;
    static final String DOCUMENTS = "documents";
    /** The day of an undated article's postings. */
    static final int UNDATED = Integer.MIN_VALUE;

    /** The postings day of a date (epoch milliseconds, null: undated). */
    static int day(Long epochMillis) {
        return epochMillis == null ? UNDATED : (int) Math.floorDiv(epochMillis, 86_400_000L);
    }
    static final String SETTING_PREFIX = "setting.";

    /** Made with every new index; an index made before it has none (setting {@code brief-keys} off). */
    private static final String BRIEF_KEYS =
            "CREATE TABLE brief_keys (key INTEGER NOT NULL, doc INTEGER NOT NULL, need INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID";
    private static final String[] DDL = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        """
        CREATE TABLE articles (
          doc INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          title TEXT, date INTEGER, source TEXT, url TEXT,
          length INTEGER NOT NULL,
          content_hash INTEGER NOT NULL,
          added INTEGER NOT NULL,
          shingles INTEGER NOT NULL,
          anchors INTEGER NOT NULL,
          boilerplate_state INTEGER NOT NULL)""",
        "CREATE INDEX articles_time ON articles (coalesce(date, added))",
        "CREATE TABLE signatures (doc INTEGER PRIMARY KEY, signature BLOB NOT NULL)",
        "CREATE TABLE shingles (doc INTEGER PRIMARY KEY, hashes BLOB NOT NULL)",
        "CREATE TABLE line_keys (doc INTEGER PRIMARY KEY, corpus BLOB NOT NULL, site BLOB NOT NULL)",
        "CREATE TABLE band_keys (band INTEGER NOT NULL, key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (band, key, doc)) WITHOUT ROWID",
        "CREATE TABLE anchors (anchor INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (anchor, doc)) WITHOUT ROWID",
        BRIEF_KEYS,
        "CREATE TABLE line_counts (scope INTEGER NOT NULL, key INTEGER NOT NULL, articles INTEGER NOT NULL, PRIMARY KEY (scope, key)) WITHOUT ROWID",
        "CREATE TABLE terms (term INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE, word TEXT NOT NULL, df INTEGER NOT NULL)",
        "CREATE TABLE term_counts (doc INTEGER PRIMARY KEY, counts BLOB NOT NULL)",
        "CREATE TABLE postings (term INTEGER NOT NULL, day INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (term, day, doc)) WITHOUT ROWID",
    };

    private Schema() {}

    /** Creates the tables and writes the format and settings; the caller commits. */
    static void create(Connection c, IndexSettings settings) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) s.execute(ddl);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("format_version", Integer.toString(VERSION));
        meta.put("created", java.time.Instant.now().toString());
        meta.put(DOCUMENTS, "0");
        settings.toProperties().forEach((k, v) -> meta.put(SETTING_PREFIX + k, v));
        try (PreparedStatement p = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : meta.entrySet()) {
                p.setString(1, e.getKey());
                p.setString(2, e.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Whether the database has any table at all (a new, empty file). */
    static boolean isEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return r.next() && r.getInt(1) == 0;
        }
    }

    /**
     * Checks format and version and returns the stored settings; throws {@link IndexException}
     * ({@link IndexException.Kind#FORMAT}) naming the version found and the one needed.
     */
    static IndexSettings read(Connection c, String where) throws SQLException {
        Map<String, String> meta = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'")) {
                if (!r.next() || r.getInt(1) == 0) throw notAnIndex(where);
            }
            try (ResultSet r = s.executeQuery("SELECT key, value FROM meta")) {
                while (r.next()) meta.put(r.getString(1), r.getString(2));
            }
        }
        if (!FORMAT.equals(meta.get("format"))) throw notAnIndex(where);
        String version = meta.get("format_version");
        if (!Integer.toString(VERSION).equals(version)) {
            String why = "1".equals(version) ? " (version 2 added the TF-IDF term counts, which need the article texts)"
                    : "2".equals(version) ? " (version 3 added how each article writes its terms, for storylines' shared names, which needs the article texts)"
                    : "3".equals(version) ? " (version 4 marks the shingles that hold figures, to tell apart texts whose figures differ, which needs the article texts)"
                    : "";
            throw new IndexException(IndexException.Kind.FORMAT, where + " is a copydesk index of format version " + version
                    + "; this copydesk reads version " + VERSION + " only" + why + ". Rebuild it: copydesk index add --index NEWDIR"
                    + " INPUT... with the articles it was built from, or use a copydesk that reads version " + version);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        meta.forEach((k, v) -> {
            if (k.startsWith(SETTING_PREFIX)) settings.put(k.substring(SETTING_PREFIX.length()), v);
        });
        try {
            return IndexSettings.fromProperties(settings);
        } catch (IllegalArgumentException e) {
            throw new IndexException(IndexException.Kind.CORRUPT, where + ": bad settings in the meta table: " + e.getMessage());
        }
    }

    private static IndexException notAnIndex(String where) {
        return new IndexException(IndexException.Kind.FORMAT, where + " is not a copydesk index (no copydesk meta table)");
    }
}

