package io.copydesk.bench;

import io.copydesk.document.Article;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DuplicateIndex;
import io.copydesk.internal.LongList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * copydesk's incremental {@link DuplicateIndex} used as datasketch's runner uses {@code MinHashLSH}:
 * every article added, then every article queried (on one thread, as a service would, one call at a
 * time). Matches are verified on the exact shingle sets, as in {@code dedup}, but boilerplate is
 * removed with the per-article rules only (a stream has no collection-wide line counts).
 */
final class DuplicateIndexEngine implements Engine {
    @Override
    public String name() {
        return "copydesk-index";
    }

    @Override
    public String description() {
        return "copydesk DuplicateIndex, default DedupConfig: add every article, then query every article (one thread)";
    }

    @Override
    public Result run(Corpus corpus, int threads) {
        List<Article> articles = new ArrayList<>(corpus.size());
        corpus.forEachArticle((a, i) -> articles.add(a));
        Map<String, Integer> number = new HashMap<>();
        DuplicateIndex index = new DuplicateIndex(DedupConfig.DEFAULT);
        long t0 = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            number.put(articles.get(i).id(), i);
            index.add(articles.get(i));
        }
        long t1 = System.nanoTime();
        LongList pairs = new LongList();
        long matches = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (DuplicateIndex.Match m : index.query(articles.get(i))) {
                matches++;
                int j = number.get(m.id());
                if (m.jaccard() >= SideBySide.THRESHOLD) pairs.add(LongList.pair(Math.min(i, j), Math.max(i, j)));
            }
        }
        System.err.printf(java.util.Locale.ROOT, "copydesk-index: added %d in %.2f s, queried in %.2f s%n", articles.size(), (t1 - t0) / 1e9,
                (System.nanoTime() - t1) / 1e9);
        pairs.sortDistinct();
        return new Result(pairs.toArray(), matches);
    }
}
