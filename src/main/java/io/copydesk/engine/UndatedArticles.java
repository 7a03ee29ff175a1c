package io.copydesk.engine;

import io.copydesk.internal.Parallel;
import io.copydesk.tfidf.InvertedIndex;
import io.copydesk.tfidf.TermVector;
import java.util.List;

/**
 * The undated-article policy. With the time decay on, an article without a date is placed at the
 * date of its most similar dated article (by TF-IDF cosine, ties to the earlier input), and from
 * then on weighs like an article of that date: it relates to coverage around that date and to
 * nothing years away, so it can never pull together stories years apart. An article that shares no
 * term with any dated article keeps no date (its cosine with every dated article is 0 anyway).
 * The placed date is used for scoring only; outputs show the article's own (missing) date. With
 * no dated article at all, or the decay off, nothing changes: text alone decides.
 */
final class UndatedArticles {
    private static final int CHUNK = 256;

    private UndatedArticles() {}

    /** {@code dates} (epoch seconds, Long.MIN_VALUE when unknown) with every undated article placed where it can be. */
    static long[] placed(List<TermVector> vectors, int terms, long[] dates, int threads, Progress progress) {
        int n = dates.length, undated = 0;
        for (long d : dates) if (d == Long.MIN_VALUE) undated++;
        if (undated == 0 || undated == n) return dates;
        progress.start("dating", undated); // each undated article placed at its nearest dated one
        // the dated articles' postings only (the undated ones' weights still count in the terms' maxima: the same
        // scores to the bit as over all of them): every search admits most of the collection, and an undated
        // article's postings were each walked, admitted and then excluded (allsides-8k: 12% of the articles)
        InvertedIndex index = InvertedIndex.build(vectors, terms, dates, threads, steps -> {}, d -> dates[d] != Long.MIN_VALUE);
        ThreadLocal<InvertedIndex.Searcher> searchers = ThreadLocal.withInitial(index::searcher);
        long[] out = dates.clone();
        int chunks = (n + CHUNK - 1) / CHUNK;
        List<long[]> parts = Parallel.map(threads, chunks, c -> {
            long[] part = new long[Math.min(n, (c + 1) * CHUNK) - c * CHUNK];
            for (int i = c * CHUNK; i < c * CHUNK + part.length; i++) {
                part[i - c * CHUNK] = dates[i];
                if (dates[i] != Long.MIN_VALUE) continue;
                InvertedIndex.Hits best = searchers.get().search(vectors.get(i), 1, Double.MIN_VALUE, InvertedIndex.DocWeight.NONE, i);
                if (best.size() > 0) part[i - c * CHUNK] = dates[best.docs()[0]];
                progress.advance(1);
            }
            return part;
        });
        progress.finish();
        for (int c = 0; c < parts.size(); c++) System.arraycopy(parts.get(c), 0, out, c * CHUNK, parts.get(c).length);
        return out;
    }

    /** The date of the most similar dated article in {@code index} (dated {@code docDates}), or Long.MIN_VALUE. */
    static long placeQuery(InvertedIndex.Searcher searcher, TermVector query, long[] docDates, long[] ownDates) {
        InvertedIndex.Hits best = searcher.search(query, 1, Double.MIN_VALUE, d -> ownDates[d] == Long.MIN_VALUE ? 0 : 1, -1);
        return best.size() > 0 ? docDates[best.docs()[0]] : Long.MIN_VALUE;
    }
}
