package io.copydesk.engine;

import io.copydesk.analysis.AnalyzedArticle;
import io.copydesk.analysis.Analyzer;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Shingler;
import io.copydesk.analysis.Span;
import io.copydesk.analysis.TokenList;
import io.copydesk.document.Article;
import io.copydesk.minhash.MinHasher;
import io.copydesk.minhash.Signature;
import io.copydesk.verify.DuplicateRule;
import io.copydesk.verify.Overlap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Explains the duplicate verdict for one pair of articles of a corpus. */
public final class Explainer {
    private final DedupConfig config;

    public Explainer(DedupConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    /**
     * Explains the duplicate verdict of the pair with these ids, reading the input once more (on the
     * configured threads); throws {@link IllegalArgumentException} naming an unknown id.
     */
    public PairExplanation explain(Corpus corpus, String idA, String idB) {
        int ia = require(corpus, idA), ib = require(corpus, idB);
        AtomicReferenceArray<Article> found = new AtomicReferenceArray<>(2);
        corpus.forEachArticle(config.threads(), (a, index) -> keep(found, a, index, ia, ib));
        return explain(corpus, ia, found.get(0), ib, found.get(1));
    }

    /** Everything {@code copydesk explain} tells about a pair: the duplicate verdict, the related score, the clustering. */
    public record Full(PairExplanation pair, RelatedExplanation related, ClusterResult clusters) {}

    /**
     * The duplicate verdict, the related score and the clustering (as {@code clusters} configures
     * it) of the pair with these ids, from the one fingerprint pass that builds the related index:
     * the input is read twice in all, with {@link Corpus#scan}. Throws
     * {@link IllegalArgumentException} naming an unknown id.
     */
    public static Full explain(Corpus corpus, String idA, String idB, ClusterConfig clusters) {
        int ia = require(corpus, idA), ib = require(corpus, idB);
        AtomicReferenceArray<Article> found = new AtomicReferenceArray<>(2);
        RelatedStories rs = RelatedStories.build(corpus, clusters.related(), Progress.NONE, (a, index) -> keep(found, a, index, ia, ib));
        PairExplanation pair = new Explainer(clusters.related().dedup()).explain(corpus, ia, found.get(0), ib, found.get(1));
        ClusterResult clustered = new StoryClusters(clusters).cluster(rs, Progress.NONE);
        return new Full(pair, asListed(rs.explain(ia, ib), clustered.levels().of(ia, ib)), clustered);
    }

    /**
     * The related explanation with the score {@code related} lists the pair with at this level: a member of
     * the same event or storyline that the time window keeps out (weight 0) by its cosine, as {@link RelatedLevels} does.
     */
    private static RelatedExplanation asListed(RelatedExplanation r, ArticleLevels.Level level) {
        return r.timeWeight() == 0 && level != ArticleLevels.Level.none ? r.listedByCosine() : r;
    }

    private static void keep(AtomicReferenceArray<Article> found, Article a, int index, int ia, int ib) {
        if (index == ia) found.set(0, a);
        if (index == ib) found.set(1, a);
    }

    private PairExplanation explain(Corpus corpus, int ia, Article articleA, int ib, Article articleB) {
        Analyzer analyzer = new Analyzer(config.analysis(), corpus.boilerplate());
        AnalyzedArticle a = analyzer.analyze(ia, articleA);
        AnalyzedArticle b = analyzer.analyze(ib, articleB);
        return explain(corpus.articles().get(ia), a, corpus.articles().get(ib), b);
    }

    private static int require(Corpus corpus, String id) {
        int i = corpus.indexOf(id);
        if (i < 0) throw new IllegalArgumentException("no article with id " + id);
        return i;
    }

    PairExplanation explain(ArticleMeta ma, AnalyzedArticle a, ArticleMeta mb, AnalyzedArticle b) {
        Shingler shingler = new Shingler(config.analysis().shingle(), config.analysis().seed());
        long[] wa = shingler.windows(a.tokens()), wb = shingler.windows(b.tokens());
        ShingleSet bodyA = ShingleSet.of(wa), bodyB = ShingleSet.of(wb);
        long[] ta = titleWindows(a, bodyA, shingler), tb = titleWindows(b, bodyB, shingler); // a short body's title's, as its fingerprint has them
        ShingleSet sa = withTitle(bodyA, ta), sb = withTitle(bodyB, tb);
        Overlap o = Overlap.of(sa, sb);
        int inter = o.shared(), smaller = o.smaller();
        double jaccard = o.jaccard(), containment = o.containment();
        MinHasher mh = new MinHasher(config.hashes(), config.analysis().seed());
        Signature siga = mh.sign(sa), sigb = mh.sign(sb);
        int[] fa = sa.figureCodes(), fb = sb.figureCodes();
        int sharedFigures = DuplicateRule.sharedFigures(fa, fb);
        boolean figuresDiffer = config.rule().figuresDiffer(fa.length, fb.length, sharedFigures);
        boolean dup = config.rule().isDuplicate(o) && !figuresDiffer;
        return new PairExplanation(ma, mb, textOf(a), textOf(b), a.article().text(), b.article().text(), sa.size(), sb.size(), inter, jaccard,
                o.containmentOfA(), o.containmentOfB(),
                siga.estimateJaccard(sigb), config.hashes(), dup,
                verdict(jaccard, containment, smaller, sa, sb, figuresDiffer ? figures(fa.length, fb.length, sharedFigures) : null),
                passages(a.tokens(), wa, sb, shingler.k()), passages(b.tokens(), wb, sa, shingler.k()),
                a.clean().removed(), b.clean().removed(),
                ta == null ? null : passages(a.titleTokens(), ta, sb, shingler.k()), tb == null ? null : passages(b.titleTokens(), tb, sa, shingler.k()),
                fa.length, fb.length, sharedFigures, figuresDiffer,
                figuresOnly(textOf(a), a.tokens(), wa, fb, shingler.k()), figuresOnly(textOf(b), b.tokens(), wb, fa, shingler.k()));
    }

    /** The windows of {@code a}'s title when they join its body's set {@code body} (fewer than the title-below setting), else null. */
    private long[] titleWindows(AnalyzedArticle a, ShingleSet body, Shingler shingler) {
        if (a.fromTitle() || a.titleTokens().size() == 0 || body.size() >= config.analysis().titleBelow()) return null;
        return shingler.windows(a.titleTokens());
    }

    private static ShingleSet withTitle(ShingleSet body, long[] title) {
        return title == null ? body : ShingleSet.union(body, ShingleSet.of(title));
    }

    /** The text the token offsets point into: the body, or the title for headline-only articles. */
    private static String textOf(AnalyzedArticle a) {
        return a.fromTitle() ? a.article().title() : a.article().text();
    }

    /** Why figures that differ make a pair no duplicate. */
    private static String figures(int figuresA, int figuresB, int shared) {
        return String.format(Locale.ROOT, "only %d of the %d figure codes of the article with fewer are the other's (half needed):"
                + " one template filled in with other numbers is another story (--ignore-figures counts it)", shared, Math.min(figuresA, figuresB));
    }

    private String verdict(double jaccard, double containment, int smaller, ShingleSet sa, ShingleSet sb, String figuresDiffer) {
        if (sa.isEmpty() || sb.isEmpty()) return "not comparable: an article has no words left after boilerplate removal";
        if (jaccard >= config.threshold()) {
            return passes("duplicate: ", String.format(Locale.ROOT, "Jaccard %.4f >= threshold %.2f", jaccard, config.threshold()), figuresDiffer);
        }
        if (containment >= config.containment() && smaller >= config.minContainedShingles()) {
            return passes("duplicate by containment: ", String.format(Locale.ROOT, "%.4f of the smaller article is in the larger (>= %.2f)",
                    containment, config.containment()), figuresDiffer);
        }
        if (containment >= config.containment()) {
            return String.format(Locale.ROOT, "not a duplicate: contained (%.4f) but the smaller article has only %d shingles (< %d)",
                    containment, smaller, config.minContainedShingles());
        }
        return String.format(Locale.ROOT, "not a duplicate: Jaccard %.4f < %.2f and containment %.4f < %.2f",
                jaccard, config.threshold(), containment, config.containment());
    }

    /** The verdict of a pair whose words pass a threshold ({@code why}): a duplicate, unless its figures differ. */
    private static String passes(String duplicate, String why, String figuresDiffer) {
        return figuresDiffer == null ? duplicate + why : "not a duplicate: " + why + ", but " + figuresDiffer;
    }

    /**
     * The figures of {@code text} the other article does not hold: a figure word that only windows whose figure code is
     * not among {@code otherCodes} hold, with the figure words next to it with no space between ("2.7", "6-1/8").
     */
    static List<Span> figuresOnly(String text, TokenList tokens, long[] windows, int[] otherCodes, int k) {
        int n = tokens.size();
        boolean[] unshared = new boolean[n], shared = new boolean[n];
        for (int i = 0; i < windows.length; i++) {
            long w = windows[i];
            if (!ShingleSet.holdsFigure(w)) continue;
            boolean[] mark = java.util.Arrays.binarySearch(otherCodes, ShingleSet.figureCode(w)) >= 0 ? shared : unshared;
            for (int t = i; t < Math.min(n, i + k); t++) mark[t] = true;
        }
        List<Span> out = new ArrayList<>();
        int last = -1; // the last token of the last span
        for (int t = 0; t < n; t++) {
            if (t <= last || !unshared[t] || shared[t] || !isFigure(text, tokens, t)) continue;
            int s = t, e = t;
            while (s > 0 && isFigure(text, tokens, s - 1) && !hasSpace(text, tokens.end(s - 1), tokens.start(s))) s--;
            while (e + 1 < n && isFigure(text, tokens, e + 1) && !hasSpace(text, tokens.end(e), tokens.start(e + 1))) e++;
            out.add(new Span(tokens.start(s), tokens.end(e), "figure"));
            last = e;
        }
        return out;
    }

    private static boolean isFigure(String text, TokenList tokens, int t) {
        return Character.isDigit(text.charAt(tokens.start(t)));
    }

    private static boolean hasSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isWhitespace(text.charAt(i))) return true;
        return false;
    }

    /** Maximal runs of tokens covered by windows whose shingle occurs in {@code other}, as text offsets. */
    static List<Span> passages(TokenList tokens, long[] windows, ShingleSet other, int k) {
        int n = tokens.size();
        boolean[] covered = new boolean[n];
        for (int i = 0; i < windows.length; i++) {
            if (other.contains(windows[i])) for (int t = i; t < Math.min(n, i + k); t++) covered[t] = true;
        }
        List<Span> out = new ArrayList<>();
        int t = 0;
        while (t < n) {
            if (!covered[t]) { t++; continue; }
            int s = t;
            while (t < n && covered[t]) t++;
            out.add(new Span(tokens.start(s), tokens.end(t - 1), (t - s) + " words"));
        }
        return out;
    }
}
