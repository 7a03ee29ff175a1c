package io.copydesk.index;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.internal.Progress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every indexed article with its shingle set, in insertion order, read in one consistent
 * snapshot: what the in-memory engine needs to find the duplicate groups of the whole index
 * ({@link io.copydesk.engine.NearDuplicates#find(List, List, Progress)}).
 */
public record IndexSnapshot(List<ArticleMeta> articles, List<ShingleSet> shingleSets) {
    public static IndexSnapshot load(ArticleIndex index, Progress progress) {
        Connection c = index.connection();
        List<ArticleMeta> articles = new ArrayList<>();
        List<ShingleSet> sets = new ArrayList<>();
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            long total;
            try (Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                    r.next();
                    total = r.getLong(1);
                }
                progress.start("loading", total);
                try (ResultSet r = s.executeQuery("SELECT a.id, a.title, a.date, a.source, a.url, a.length, s.hashes"
                        + " FROM articles a JOIN shingles s ON s.doc = a.doc ORDER BY a.doc")) {
                    while (r.next()) {
                        long date = r.getLong(3);
                        Instant when = r.wasNull() ? null : Instant.ofEpochMilli(date);
                        String id = r.getString(1);
                        articles.add(new ArticleMeta(articles.size(), id, r.getString(2), when, r.getString(4), r.getString(5),
                                r.getInt(6), ArticleIndex.where(index.dir())));
                        sets.add(ShingleSet.of(Blobs.longs(r.getBytes(7))));
                        progress.advance(1);
                    }
                }
            }
            c.commit();
            c.setAutoCommit(auto);
            progress.finish();
        } catch (SQLException e) {
            throw ArticleIndex.failure(index.dir(), e);
        }
        return new IndexSnapshot(List.copyOf(articles), List.copyOf(sets));
    }
}
