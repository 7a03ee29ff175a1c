package io.copydesk.index;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.internal.LongCounter;
import io.copydesk.internal.LongList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The boilerplate line counts of an index (table {@code line_counts}): for each line key, how many
 * indexed articles have that line, over the whole index (scope 0) and per source (scope 1, keys
 * already mixed with the source as {@link Boilerplate.Builder#lineKeys} makes them). Counts go
 * up when an article is added and down when it is removed; keys at zero are deleted.
 */
final class LineCounts {
    static final int CORPUS = 0, SITE = 1;

    private final PreparedStatement get;
    private final PreparedStatement add;
    private final PreparedStatement dropZero;

    LineCounts(Connection c, boolean writable) throws SQLException {
        get = c.prepareStatement("SELECT articles FROM line_counts WHERE scope = ? AND key = ?");
        add = writable ? c.prepareStatement("INSERT INTO line_counts (scope, key, articles) VALUES (?, ?, ?) "
                + "ON CONFLICT (scope, key) DO UPDATE SET articles = articles + excluded.articles") : null;
        dropZero = writable ? c.prepareStatement("DELETE FROM line_counts WHERE scope = ? AND key = ? AND articles <= 0") : null;
    }

    /** Changes to the counts of one scope, summed over articles; keys in first-seen order. */
    static final class Delta {
        final LongCounter change = new LongCounter(1024);
        private final LongCounter listed = new LongCounter(1024);
        final LongList keys = new LongList(1024);

        /** Counts each key once for an added article ({@code sign} 1) or a removed one (-1). */
        void add(long[] articleKeys, int sign) {
            for (long k : articleKeys) add(k, sign);
        }

        void add(long k, int sign) {
            if (listed.get(k) == 0) {
                listed.add(k);
                keys.add(k);
            }
            change.add(k, sign);
        }

        void clear() {
            change.clear();
            listed.clear();
            keys.clear();
        }
    }

    /** Applies the changes of one scope. */
    void apply(int scope, Delta delta) throws SQLException {
        for (int i = 0; i < delta.keys.size(); i++) {
            long k = delta.keys.get(i);
            int d = delta.change.get(k);
            if (d == 0) continue;
            add.setInt(1, scope);
            add.setLong(2, k);
            add.setInt(3, d);
            add.executeUpdate();
            if (d < 0) {
                dropZero.setInt(1, scope);
                dropZero.setLong(2, k);
                dropZero.executeUpdate();
            }
        }
    }

    /** Current count of one key. */
    int get(int scope, long key) throws SQLException {
        get.setInt(1, scope);
        get.setLong(2, key);
        try (ResultSet r = get.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Loads the current counts of the given keys into {@code into} (keys already there are skipped). */
    void load(int scope, long[] keys, LongCounter into) throws SQLException {
        for (long k : keys) {
            if (into.get(k) != 0) continue;
            int n = get(scope, k);
            if (n > 0) into.add(k, n);
        }
    }

    void close() throws SQLException {
        get.close();
        if (add != null) add.close();
        if (dropZero != null) dropZero.close();
    }
}
