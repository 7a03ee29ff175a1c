package io.copydesk.analysis;

import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.document.Article;
import java.util.List;

/**
 * Cleans and tokenizes articles: the body's kept lines and the title, each tokenized once. One
 * per thread (the tokenizer is not thread-safe).
 */
public final class Analyzer {
    private final Boilerplate boilerplate;
    private final int titleBelow; // AnalysisConfig#titleBelow
    private final WordTokenizer tokenizer;
    private final Boilerplate.Builder lineKeys; // null: line keys not wanted
    // A draft's tokens, their hashes and its windows, in buffers reused article after article (drafts keep none of them):
    // a new hashes array an article was 15% of a dedup run's allocation (20,100 synthetic articles: 63 of ~410 MB), and
    // new token lists and hashes 30% of cluster's reading (20,000 generated articles: 214 of 705 MB)
    private final TokenList draftBody = new TokenList(1024);
    private final TokenList draftTitle = new TokenList(64);
    private long[] draftHashes = new long[1024];
    private final ShingleDraft.Scratch draftWindows = new ShingleDraft.Scratch();
    private final ShingleStore store = new ShingleStore(); // the sets of draft()'s drafts

    public Analyzer(AnalysisConfig config, Boilerplate boilerplate) {
        this(config, boilerplate, false);
    }

    /**
     * With {@code lineKeys}, each analysis also gives the article's line keys (as
     * {@code Boilerplate.builder(config.boilerplate()).lineKeys(article)}) from the lines it cleans.
     */
    public Analyzer(AnalysisConfig config, Boilerplate boilerplate, boolean lineKeys) {
        this.boilerplate = boilerplate;
        this.titleBelow = config.titleBelow();
        this.tokenizer = new OpenNlpTokenizer(config.tokenizer());
        this.lineKeys = lineKeys ? Boilerplate.builder(config.boilerplate()) : null;
    }

    public AnalyzedArticle analyze(int index, Article a) {
        // the text's bytes, read by the line split, the tokenizer's ASCII path and the token hashes (as in drafts):
        // without them an incremental DuplicateIndex tokenized char by char and copied the text again to hash
        byte[] latin1 = PageLine.latin1(a.text());
        CleanText clean;
        Boilerplate.LineKeys keys = null;
        if (lineKeys == null) {
            clean = boilerplate.clean(a, latin1);
        } else {
            Boilerplate.Cleaned c = boilerplate.cleanWithKeys(a, latin1, lineKeys);
            clean = c.text();
            keys = c.keys();
        }
        TokenList title = titleTokens(a);
        TokenList body = bodyTokens(a, latin1, clean.kept(), null, null);
        // Headline-only input: the title is all there is. Offsets then point into the title.
        boolean fromTitle = body.size() == 0 && title.size() > 0;
        return new AnalyzedArticle(index, a, clean, fromTitle ? title : body, title, fromTitle, keys);
    }

    /**
     * The article's shingles before the input-wide counts are complete ({@link ShingleDraft}), and
     * its line keys, for a duplicate search that reads its input once: resolved with the counts,
     * the draft gives the shingle set of {@link #analyze}'s tokens with those counts.
     */
    public Drafted draft(Article a, Boilerplate.Builder keys, Shingler shingler) {
        return draftTokens(a, keys, shingler, false).drafted();
    }

    /**
     * As {@link #draft}, also giving the tokens the draft was made from, for a caller that drafts
     * more than the shingles (the index terms): the body's span by span, and the title's. The
     * tokens and hashes are this analyzer's buffers, valid until its next draft.
     */
    public DraftedTokens draftTokens(Article a, Boilerplate.Builder keys, Shingler shingler) {
        return draftTokens(a, keys, shingler, true);
    }

    private DraftedTokens draftTokens(Article a, Boilerplate.Builder keys, Shingler shingler, boolean withTitle) {
        byte[] latin1 = PageLine.latin1(a.text()); // read by the line split, the tokenizer and the token hashes
        Boilerplate.Deferred clean = boilerplate.cleanDeferred(a, latin1, keys);
        int[] spanEnds = new int[clean.kept().size()];
        TokenList body = bodyTokens(a, latin1, clean.kept(), spanEnds, draftBody);
        TokenList title = withTitle ? titleTokens(a, draftTitle) : null;
        java.util.function.Supplier<ShingleSet> titleSet = () -> shingler.shingles(title != null ? title : titleTokens(a, null));
        long[] hashes = draftHashes = shingler.tokenHashes(body, draftHashes);
        // a body without tokens (whatever the counts) is replaced by the title, as analyze does
        ShingleDraft draft = body.size() == 0 ? ShingleDraft.of(titleSet.get())
                : ShingleDraft.of(hashes, body.size(), spanEnds, clean.pending(), shingler, titleSet, titleBelow, draftWindows,
                        withTitle ? null : store); // dedup keeps every set to its end
        if (!withTitle && body.size() == 0) draft = draft.storedIn(store);
        return new DraftedTokens(new Drafted(draft, clean.keys()), body, withTitle ? hashes : null, spanEnds, clean.pending(), title);
    }

    /**
     * A {@link Drafted} and its tokens: the body's (span {@code i} of the kept lines ending at token
     * {@code spanEnds[i]}, {@code pending[i]} as in {@link Boilerplate.Deferred}) with their hashes
     * ({@code body.hashes(seed)} of the shingler's seed, in {@code bodyHashes[0, body.size())}), and the title's.
     */
    public record DraftedTokens(Drafted drafted, TokenList body, long[] bodyHashes, int[] spanEnds, Boilerplate.PendingLine[] pending,
                                TokenList title) {}

    /** A {@link ShingleDraft} and the line keys the article adds to the input-wide counts. */
    public record Drafted(ShingleDraft draft, Boilerplate.LineKeys keys) {}

    /**
     * The tokens of the body's {@code kept} spans, in order, in {@code reuse} (cleared) or else a new list;
     * span {@code i} ends at token {@code spanEnds[i]} when spanEnds is given.
     */
    private TokenList bodyTokens(Article a, byte[] latin1, List<Span> kept, int[] spanEnds, TokenList reuse) {
        TokenList body;
        if (reuse != null) {
            body = reuse;
            body.clear();
        } else {
            int keptChars = 0;
            for (Span s : kept) keptChars += s.end() - s.start();
            body = TokenList.forChars(keptChars);
        }
        for (int i = 0; i < kept.size(); i++) {
            Span s = kept.get(i);
            tokenizer.tokenize(a.text(), latin1, s.start(), s.end(), body);
            if (spanEnds != null) spanEnds[i] = body.size();
        }
        return body;
    }

    private TokenList titleTokens(Article a) {
        return titleTokens(a, null);
    }

    /** The title's tokens, in {@code reuse} (cleared) or else a new list. */
    private TokenList titleTokens(Article a, TokenList reuse) {
        TokenList title = reuse != null ? reuse : TokenList.forChars(a.title() == null ? 0 : a.title().length());
        if (reuse != null) reuse.clear();
        if (a.title() != null && !a.title().isBlank()) tokenizer.tokenize(a.title(), 0, a.title().length(), title);
        return title;
    }
}
