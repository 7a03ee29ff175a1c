package io.copydesk.index;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Size and contents of an index.
 *
 * @param briefRows rows of the brief_keys table (0 in an index made before it)
 * @param bytes    on disk, database and write-ahead log
 * @param oldest   earliest article date, null when no article is dated
 * @param newest   latest article date, null when no article is dated
 * @param terms    TF-IDF terms held by at least one article
 * @param postings rows of the postings table (one per term of each article)
 */
public record IndexStats(long articles, long dated, Instant oldest, Instant newest, long bandRows, long anchorRows, long briefRows,
                         long lineKeys, long terms, long postings, long bytes, int formatVersion, IndexSettings settings) {
    public static IndexStats of(ArticleIndex index) {
        Connection c = index.connection();
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                long articles = count(s, "SELECT count(*) FROM articles");
                long dated;
                Instant oldest = null, newest = null;
                try (ResultSet r = s.executeQuery("SELECT count(date), min(date), max(date) FROM articles")) {
                    r.next();
                    dated = r.getLong(1);
                    if (dated > 0) {
                        oldest = Instant.ofEpochMilli(r.getLong(2));
                        newest = Instant.ofEpochMilli(r.getLong(3));
                    }
                }
                IndexStats stats = new IndexStats(articles, dated, oldest, newest, count(s, "SELECT count(*) FROM band_keys"),
                        count(s, "SELECT count(*) FROM anchors"),
                        index.settings().briefKeys() ? count(s, "SELECT count(*) FROM brief_keys") : 0, count(s, "SELECT count(*) FROM line_counts"),
                        count(s, "SELECT count(*) FROM terms WHERE df > 0"), count(s, "SELECT count(*) FROM postings"),
                        index.bytesOnDisk(), Schema.VERSION, index.settings());
                c.commit();
                c.setAutoCommit(auto);
                return stats;
            }
        } catch (SQLException e) {
            throw ArticleIndex.failure(index.dir(), e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Bytes on disk per article, 0 for an empty index. */
    public long bytesPerArticle() {
        return articles == 0 ? 0 : bytes / articles;
    }
}
