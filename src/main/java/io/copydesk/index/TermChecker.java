package io.copydesk.index;

import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongCounter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The TF-IDF part of {@link IndexChecker}: every article has readable term counts and no counts
 * lack their article; every term id of the counts is in {@code terms}; each term's document
 * frequency equals the number of articles whose counts hold it; the postings are exactly the
 * (term, day of the article's date, article) rows of the counts (by count and an order-free hash per article); and
 * {@code meta.documents} is the number of articles.
 */
final class TermChecker {
    private final Consumer<String> problem;

    TermChecker(Consumer<String> problem) {
        this.problem = problem;
    }

    /** @param position doc → its position + 1 among {@code ids} (the articles, in doc order) */
    void check(Statement s, LongCounter position, String[] ids, long articles) throws SQLException {
        int n = ids.length;
        long[] hash = new long[n];
        int[] count = new int[n];
        LongCounter df = new LongCounter(1 << 16);
        try (ResultSet r = s.executeQuery("SELECT a.doc, t.counts, a.date FROM articles a LEFT JOIN term_counts t ON t.doc = a.doc ORDER BY a.doc")) {
            while (r.next()) {
                int pos = position.get(r.getLong(1)) - 1;
                if (pos < 0) continue;
                byte[] blob = r.getBytes(2);
                if (blob == null) { problem.accept("article " + ids[pos] + " has no term counts"); continue; }
                long ms = r.getLong(3);
                int day = r.wasNull() ? Schema.UNDATED : Schema.day(ms);
                int[] terms;
                try {
                    terms = TermBlob.decode(blob).terms();
                } catch (IllegalArgumentException e) {
                    problem.accept("article " + ids[pos] + ": bad term counts: " + e.getMessage());
                    continue;
                }
                for (int t : terms) {
                    df.add(t);
                    hash[pos] += posting(t, day);
                }
                count[pos] = terms.length;
            }
        }
        orphans(s, "term_counts");
        long wrongDf = 0, termRows = 0, holders = 0;
        try (ResultSet r = s.executeQuery("SELECT term, df FROM terms")) {
            while (r.next()) {
                termRows++;
                int expected = df.get(r.getInt(1));
                if (expected > 0) holders++;
                if (expected != r.getInt(2)) wrongDf++;
            }
        }
        if (wrongDf > 0) problem.accept(wrongDf + " terms have a document frequency other than the number of articles holding them");
        if (holders < df.size()) problem.accept((df.size() - holders) + " terms of the articles' counts are missing from the terms table");
        long orphanPostings = 0;
        try (ResultSet r = s.executeQuery("SELECT term, day, doc FROM postings")) {
            while (r.next()) {
                int pos = position.get(r.getLong(3)) - 1;
                if (pos < 0) { orphanPostings++; continue; }
                hash[pos] -= posting(r.getInt(1), r.getInt(2));
                count[pos]--;
            }
        }
        if (orphanPostings > 0) problem.accept(orphanPostings + " rows of postings belong to no article");
        for (int i = 0; i < n; i++) {
            if (ids[i] == null) break;
            if (count[i] != 0 || hash[i] != 0) {
                problem.accept(String.format(Locale.ROOT, "article %s: postings do not match its term counts (%s)", ids[i],
                        count[i] > 0 ? count[i] + " missing" : count[i] < 0 ? -count[i] + " extra" : "different terms"));
            }
        }
        try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = '" + Schema.DOCUMENTS + "'")) {
            String v = r.next() ? r.getString(1) : null;
            if (v == null || !v.equals(Long.toString(articles))) {
                problem.accept("meta documents is " + v + ", but the index holds " + articles + " articles");
            }
        }
    }

    private static long posting(int term, int day) {
        return Hash64.mix(((long) term << 32) | (day & 0xFFFFFFFFL));
    }

    private void orphans(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc = t.doc)")) {
            r.next();
            if (r.getLong(1) > 0) problem.accept(r.getLong(1) + " rows of " + table + " belong to no article");
        }
    }
}
