package io.copydesk.index;

import io.copydesk.engine.RelatedHit;
import io.copydesk.engine.TimeDecay;
import io.copydesk.internal.LongCounter;
import io.copydesk.tfidf.TermCounts;
import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks indexed articles by the score of {@link io.copydesk.engine.RelatedStories}: the cosine of
 * TF-IDF vectors (sublinear tf, smoothed idf from the stored document frequencies and document
 * count, L2-normalized) times the time weight. Vectors are made at query time from the stored
 * counts, so the index never needs re-weighting.
 *
 * <p><b>Candidates.</b> Only articles within the time decay's cutoff of a dated query can score
 * (undated ones always can), and postings are keyed by day, so only those days are read. The
 * query's terms are taken by decreasing weight; the postings of each are read while their total
 * stays within {@value #MAX_POSTINGS} rows (a longer list is skipped, and later, rarer terms are
 * still read). Each document met collects the query weights of the terms it
 * shares; the {@value #CANDIDATES} best by that sum are scored exactly. So scores are exact, and
 * the ranking is exact whenever every relevant article shares a rare enough term with the query
 * (names and numbers of the event): documents that share only very common words with it can be
 * missed. Not thread-safe.
 */
final class RelatedSearcher {
    static final int MAX_POSTINGS = 30_000;
    static final int CANDIDATES = 200;
    private static final int IN_LIST = 100;
    private static final int UNSEEN = 1 << 30;

    /** One scored article. */
    private record Scored(long doc, String id, double score) {}

    private final Connection c;
    private final boolean writable;
    private final PreparedStatement findTerm, documents, postings, inWindow, load, loadById, dfs, dataVersion;
    private final LongCounter dfCache = new LongCounter(1 << 16);
    private long version = Long.MIN_VALUE;

    RelatedSearcher(Connection c, boolean writable) throws SQLException {
        this.c = c;
        this.writable = writable;
        findTerm = c.prepareStatement("SELECT term, df FROM terms WHERE text = ?");
        documents = c.prepareStatement("SELECT value FROM meta WHERE key = '" + Schema.DOCUMENTS + "'");
        postings = c.prepareStatement("SELECT doc FROM postings WHERE term = ?1 AND day BETWEEN ?2 AND ?3"
                + " UNION ALL SELECT doc FROM postings WHERE term = ?1 AND day = " + Schema.UNDATED + " AND ?2 > " + Schema.UNDATED);
        inWindow = c.prepareStatement("SELECT count(*) FROM articles WHERE coalesce(date, added) BETWEEN ? AND ?");
        load = c.prepareStatement("SELECT a.id, a.date, t.counts FROM articles a JOIN term_counts t ON t.doc = a.doc WHERE a.doc = ?");
        loadById = c.prepareStatement("SELECT a.doc, a.date, t.counts FROM articles a JOIN term_counts t ON t.doc = a.doc WHERE a.id = ?");
        dfs = c.prepareStatement("SELECT term, df FROM terms WHERE term IN (" + "?, ".repeat(IN_LIST - 1) + "?)");
        dataVersion = c.prepareStatement("PRAGMA data_version");
    }

    /**
     * The related articles of a query: its duplicates first (plain cosine, best first), then the
     * {@code k} best other articles by cosine × time weight of at least {@code minScore}; ties by
     * insertion order. The article with the query's id is never returned.
     */
    List<RelatedHit> related(String queryId, ArticleTerms terms, Instant date, List<IndexSearcher.Match> duplicates, int k,
                             TimeDecay time, double minScore) throws SQLException {
        refreshCache();
        long n = documents();
        int m = terms.size();
        int[] ids = new int[m];
        int[] df = new int[m];
        for (int i = 0; i < m; i++) {
            findTerm.setString(1, terms.terms()[i]);
            try (ResultSet r = findTerm.executeQuery()) {
                if (r.next()) { ids[i] = r.getInt(1); df[i] = r.getInt(2); }
                else { ids[i] = UNSEEN + i; df[i] = 0; }
            }
            if (df[i] == 0 && ids[i] < UNSEEN) ids[i] = UNSEEN + i; // a term whose articles are all gone counts as unseen
        }
        Map<Integer, Integer> dfOf = new HashMap<>();
        for (int i = 0; i < m; i++) dfOf.put(ids[i], df[i]);
        TermVector q = TfIdfModel.vectorize(new TermCounts(ids, terms.counts()), t -> TfIdfModel.idf(n, dfOf.get(t)));
        long self = docOf(queryId);
        long querySeconds = date == null ? Long.MIN_VALUE : date.getEpochSecond();
        Set<String> dupIds = new java.util.HashSet<>();
        List<Scored> dups = new ArrayList<>();
        SameBlobs<Double> cosines = new SameBlobs<>(); // identical copies are scored once
        for (IndexSearcher.Match d : duplicates) {
            dupIds.add(d.id());
            loadById.setString(1, d.id());
            try (ResultSet r = loadById.executeQuery()) {
                if (r.next()) dups.add(new Scored(r.getLong(1), d.id(), cosines.get(r.getBytes(3), blob -> q.dot(vector(TermBlob.stored(blob, d.id()), n)))));
            }
        }
        List<Scored> related = new ArrayList<>();
        for (long doc : candidates(q, dfOf, self, n, days(querySeconds, time))) {
            load.setLong(1, doc);
            try (ResultSet r = load.executeQuery()) {
                if (!r.next() || dupIds.contains(r.getString(1))) continue;
                long ms = r.getLong(2);
                long seconds = r.wasNull() ? Long.MIN_VALUE : Math.floorDiv(ms, 1000L);
                double w = querySeconds == Long.MIN_VALUE || seconds == Long.MIN_VALUE || !time.enabled() ? 1.0
                        : time.weightOfGap(TimeDecay.gapSeconds(querySeconds, seconds));
                if (w <= 0) continue;
                double score = q.dot(vector(TermBlob.stored(r.getBytes(3), r.getString(1)), n)) * w;
                if (score >= minScore && score > 0) related.add(new Scored(doc, r.getString(1), score));
            }
        }
        Comparator<Scored> best = Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::doc);
        dups.sort(best);
        related.sort(best);
        List<RelatedHit> out = new ArrayList<>();
        for (Scored s : dups) out.add(new RelatedHit(-1, s.id(), s.score(), RelatedHit.Relation.duplicate));
        for (Scored s : related.subList(0, Math.min(k, related.size()))) out.add(new RelatedHit(-1, s.id(), s.score(), RelatedHit.Relation.related));
        return out;
    }

    /**
     * The postings days an article can be related in: those within the time decay's cutoff of a
     * dated query (a date-only article covers its whole day); every day otherwise.
     */
    private static int[] days(long querySeconds, TimeDecay time) {
        if (querySeconds == Long.MIN_VALUE || !time.enabled()) return new int[] {Schema.UNDATED, Integer.MAX_VALUE};
        long span = TimeDecay.CUTOFF * time.window().toSeconds() + 86_400L;
        return new int[] {(int) Math.floorDiv(querySeconds - span, 86_400L), (int) Math.floorDiv(querySeconds + span, 86_400L)};
    }

    /**
     * Documents sharing the query's heaviest terms in the days given, the best {@value #CANDIDATES}
     * by the query weight they share. A term is read when its estimated rows (its document
     * frequency times the share of articles in those days) fit in what is left of the budget.
     */
    private long[] candidates(TermVector q, Map<Integer, Integer> dfOf, long self, long n, int[] days) throws SQLException {
        double share = 1.0;
        if (days[0] != Schema.UNDATED && n > 0) {
            inWindow.setLong(1, days[0] * 86_400_000L);
            inWindow.setLong(2, (days[1] + 1L) * 86_400_000L - 1);
            try (ResultSet r = inWindow.executeQuery()) {
                r.next();
                share = Math.min(1.0, (r.getLong(1) + 1.0) / n);
            }
        }
        Integer[] order = new Integer[q.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> {
            int cmp = Float.compare(q.weight(y), q.weight(x));
            return cmp != 0 ? cmp : Integer.compare(q.term(x), q.term(y));
        });
        Map<Long, double[]> shared = new HashMap<>();
        long budget = MAX_POSTINGS;
        for (int i : order) {
            int df = dfOf.get(q.term(i));
            long estimate = (long) Math.ceil(df * share);
            if (df == 0 || estimate > budget) continue;
            postings.setInt(1, q.term(i));
            postings.setInt(2, days[0]);
            postings.setInt(3, days[1]);
            try (ResultSet r = postings.executeQuery()) {
                while (r.next()) {
                    budget--;
                    long doc = r.getLong(1);
                    if (doc != self) shared.computeIfAbsent(doc, d -> new double[1])[0] += q.weight(i);
                }
            }
        }
        List<Map.Entry<Long, double[]>> ranked = new ArrayList<>(shared.entrySet());
        ranked.sort((x, y) -> { // most shared weight first, ties by document
            int cmp = Double.compare(y.getValue()[0], x.getValue()[0]);
            return cmp != 0 ? cmp : Long.compare(x.getKey(), y.getKey());
        });
        long[] out = new long[Math.min(CANDIDATES, ranked.size())];
        for (int i = 0; i < out.length; i++) out[i] = ranked.get(i).getKey();
        return out;
    }

    /** The TF-IDF vector of stored counts (index term ids) with today's frequencies. */
    private TermVector vector(TermCounts counts, long n) throws SQLException {
        fetchDf(counts.terms());
        return TfIdfModel.vectorize(counts, t -> TfIdfModel.idf(n, dfCache.get(t)));
    }

    /** Loads the frequencies of these terms that the cache lacks, {@value #IN_LIST} per statement. */
    private void fetchDf(int[] terms) throws SQLException {
        int[] missing = new int[terms.length];
        int k = 0;
        for (int t : terms) if (dfCache.get(t) == 0) missing[k++] = t;
        for (int from = 0; from < k; from += IN_LIST) {
            for (int p = 0; p < IN_LIST; p++) dfs.setInt(p + 1, from + p < k ? missing[from + p] : -1);
            try (ResultSet r = dfs.executeQuery()) {
                while (r.next()) if (r.getInt(2) > 0) dfCache.add(r.getInt(1), r.getInt(2));
            }
        }
    }

    /** Drops cached frequencies when the index may have changed: a writer's own changes, or another connection's commits. */
    private void refreshCache() throws SQLException {
        if (writable) {
            dfCache.clear();
            return;
        }
        long v;
        try (ResultSet r = dataVersion.executeQuery()) {
            r.next();
            v = r.getLong(1);
        }
        if (v != version) {
            dfCache.clear();
            version = v;
        }
    }

    private long documents() throws SQLException {
        try (ResultSet r = documents.executeQuery()) {
            return r.next() ? Long.parseLong(r.getString(1)) : 0;
        }
    }

    private long docOf(String id) throws SQLException {
        loadById.setString(1, id);
        try (ResultSet r = loadById.executeQuery()) {
            return r.next() ? r.getLong(1) : -1;
        }
    }

    void close() throws SQLException {
        for (PreparedStatement p : new PreparedStatement[] {findTerm, documents, postings, inWindow, load, loadById, dfs, dataVersion}) p.close();
    }
}
