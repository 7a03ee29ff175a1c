package io.copydesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.document.Article;
import io.copydesk.engine.DedupConfig;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.lsh.AnchorIndex;
import io.copydesk.lsh.PrefixFilter;
import io.copydesk.verify.Verifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * 260 briefs, each edited a little inside a long article of its own, for the indexes that find a brief indexed before
 * the article containing it by the briefs' keys. With {@code commonOpening} every brief opens with the same words, so
 * that many of their keys are keys of more than {@link AnchorIndex#MAX_POSTING} briefs and are passed over.
 */
public final class ContainedBriefs {
    private static final PrefixFilter PREFIXES = new PrefixFilter(DedupConfig.DEFAULT.rule(), DedupConfig.DEFAULT.anchorRate());
    private static final Fingerprinter FINGERPRINTER =
            new Fingerprinter(DedupConfig.DEFAULT.analysis(), Boilerplate.perArticle(DedupConfig.DEFAULT.analysis().boilerplate()));

    public final List<Article> briefs = new ArrayList<>(), articles = new ArrayList<>();
    private final boolean commonOpening;
    private final List<Fingerprint> briefPrints = new ArrayList<>();
    private final Map<Integer, Integer> briefsWithKey = new HashMap<>();

    public ContainedBriefs(boolean commonOpening) {
        this.commonOpening = commonOpening;
        Prose prose = new Prose(commonOpening ? 41 : 40);
        String opening = prose.sentence(14);
        for (int i = 0; i < 260; i++) {
            String brief = commonOpening ? opening + " " + prose.sentence(3 + prose.random().nextInt(5)) : prose.sentence(11 + prose.random().nextInt(10));
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 10; s++) text.append(prose.sentence()).append(' ');
            text.append(prose.edit(brief, 0.03)); // on one line: not a repeated (boilerplate) line
            for (int s = 0; s < 10; s++) text.append(' ').append(prose.sentence());
            Article b = Article.of("brief-" + i, brief);
            briefs.add(b);
            briefPrints.add(FINGERPRINTER.fingerprint(b));
            assertTrue(PREFIXES.isBrief(briefPrints.getLast().shingles().size()), b.id() + " is a brief");
            for (int k : PREFIXES.briefKeys(briefPrints.getLast().shingles())) briefsWithKey.merge(k, 1, Integer::sum);
            articles.add(Article.of("article-" + i, text.toString()));
        }
    }

    /**
     * Asks {@code query} for the briefs each article duplicates (their ids) and checks the answer: every brief it names
     * is a duplicate (all compared), and it names every brief the article holds a key of that no more than
     * {@link AnchorIndex#MAX_POSTING} briefs hold; at least 200 found, and without the common opening, every brief
     * found so.
     */
    public void check(Function<Article, Set<String>> query) {
        Verifier v = new Verifier(DedupConfig.DEFAULT.rule());
        int found = 0, allCommon = 0;
        for (Article a : articles) {
            Fingerprint fa = FINGERPRINTER.fingerprint(a);
            Set<Integer> keysHeld = new HashSet<>();
            for (int i = 0; i < fa.shingles().size(); i++) keysHeld.add((int) (fa.shingles().hash(i) >>> 32));
            Set<String> exact = new TreeSet<>(), sure = new TreeSet<>();
            for (int b = 0; b < briefPrints.size(); b++) {
                if (v.verify(fa, briefPrints.get(b)) == null) continue;
                exact.add("brief-" + b);
                boolean rare = Arrays.stream(PREFIXES.briefKeys(briefPrints.get(b).shingles()))
                        .anyMatch(k -> keysHeld.contains(k) && briefsWithKey.get(k) <= AnchorIndex.MAX_POSTING);
                if (rare) sure.add("brief-" + b);
                else allCommon++;
            }
            Set<String> got = new TreeSet<>(query.apply(a));
            String where = a.id() + (commonOpening ? ", common opening" : "");
            assertTrue(exact.containsAll(got), where);
            assertTrue(got.containsAll(sure), where + ": " + sure + " " + got);
            found += got.size();
        }
        assertTrue(found >= 200, "the articles hold their briefs: " + found);
        if (!commonOpening) assertEquals(0, allCommon);
        else assertTrue(briefsWithKey.values().stream().anyMatch(n -> n > AnchorIndex.MAX_POSTING), "some keys passed over");
    }
}
