package io.copydesk.index;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.Progress;
import io.copydesk.tfidf.TermCounts;
import io.copydesk.tfidf.TermDictionary;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every indexed article with its shingle set, in insertion order, read in one consistent
 * snapshot: what the in-memory engine needs to find the duplicate groups of the whole index
 * ({@link io.copydesk.engine.NearDuplicates#find(List, List, Progress)}). With terms, also each
 * article's TF-IDF term counts over a vocabulary in lexical order, as the in-memory engine numbers
 * terms: what {@link io.copydesk.engine.RelatedStories#fromCounts} needs.
 *
 * @param vocabulary the terms held by at least one article, in lexical order (null without terms)
 * @param termCounts {@code termCounts.get(i)} belongs to {@code articles.get(i)}, ids into
 *                   {@code vocabulary}, ascending (null without terms)
 */
public record IndexSnapshot(List<ArticleMeta> articles, List<ShingleSet> shingleSets, TermDictionary.Frozen vocabulary,
                            List<TermCounts> termCounts) {
    public static IndexSnapshot load(ArticleIndex index, Progress progress) {
        return load(index, false, progress);
    }

    /** Loads articles and shingle sets and, when {@code withTerms}, the vocabulary and term counts. */
    public static IndexSnapshot load(ArticleIndex index, boolean withTerms, Progress progress) {
        Connection c = index.connection();
        List<ArticleMeta> articles = new ArrayList<>();
        List<ShingleSet> sets = new ArrayList<>();
        List<TermCounts> counts = withTerms ? new ArrayList<>() : null;
        TermDictionary.Frozen vocabulary = null;
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                long total;
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                    r.next();
                    total = r.getLong(1);
                }
                if (withTerms) vocabulary = vocabulary(s);
                int[] remap = withTerms ? vocabulary.remap() : null;
                progress.start("loading", total);
                String sql = "SELECT a.id, a.title, a.date, a.source, a.url, a.length, s.hashes" + (withTerms ? ", t.counts" : "")
                        + " FROM articles a JOIN shingles s ON s.doc = a.doc" + (withTerms ? " JOIN term_counts t ON t.doc = a.doc" : "")
                        + " ORDER BY a.doc";
                try (ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        long date = r.getLong(3);
                        Instant when = r.wasNull() ? null : Instant.ofEpochMilli(date);
                        articles.add(new ArticleMeta(articles.size(), r.getString(1), r.getString(2), when, r.getString(4), r.getString(5),
                                r.getInt(6), ArticleIndex.where(index.dir())));
                        sets.add(ShingleSet.of(Blobs.stored(r.getBytes(7), "shingles", r.getString(1))));
                        if (withTerms) counts.add(inLexicalIds(TermBlob.stored(r.getBytes(8), r.getString(1)), remap));
                        progress.advance(1);
                    }
                }
            }
            c.commit();
            c.setAutoCommit(auto);
            progress.finish();
        } catch (SQLException | IllegalArgumentException e) {
            throw ArticleIndex.failure(index.dir(), e instanceof IllegalArgumentException
                    ? new IndexException(IndexException.Kind.CORRUPT, ArticleIndex.where(index.dir()) + ": bad term counts: " + e.getMessage())
                    : e);
        }
        return new IndexSnapshot(List.copyOf(articles), List.copyOf(sets), vocabulary, counts == null ? null : List.copyOf(counts));
    }

    /** The terms held by some article, in lexical order; its remap takes index term ids to lexical ids (-1: not held). */
    private static TermDictionary.Frozen vocabulary(Statement s) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        int max = 0;
        try (ResultSet r = s.executeQuery("SELECT term, text, word FROM terms WHERE df > 0")) {
            while (r.next()) {
                ids.add(r.getInt(1));
                rows.add(new String[] {r.getString(2), r.getString(3)});
                max = Math.max(max, r.getInt(1));
            }
        }
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparing(i -> rows.get(i)[0]));
        String[] terms = new String[order.length], words = new String[order.length];
        int[] remap = new int[max + 1];
        Arrays.fill(remap, -1);
        for (int k = 0; k < order.length; k++) {
            terms[k] = rows.get(order[k])[0];
            words[k] = rows.get(order[k])[1];
            remap[ids.get(order[k])] = k;
        }
        return new TermDictionary.Frozen(terms, words, remap);
    }

    /** Counts in lexical ids, ascending (the order in which the in-memory counter lists terms). */
    private static TermCounts inLexicalIds(TermCounts stored, int[] remap) {
        int n = stored.size();
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            int id = stored.terms()[i];
            int lexical = id < remap.length ? remap[id] : -1;
            if (lexical < 0) throw new IllegalArgumentException("term " + id + " has no document frequency");
            order[i] = ((long) lexical << 32) | i;
        }
        Arrays.sort(order);
        int[] t = new int[n];
        float[] c = new float[n];
        byte[] cases = new byte[n];
        for (int k = 0; k < n; k++) {
            t[k] = (int) (order[k] >>> 32);
            c[k] = stored.counts()[(int) order[k]];
            cases[k] = stored.cases()[(int) order[k]];
        }
        return new TermCounts(t, c, cases);
    }
}
