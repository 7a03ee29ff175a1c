package io.copydesk.fingerprint;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.TokenList;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's {@link ArticleTerms} made before the input-wide boilerplate counts are complete, so
 * that ranking and clustering read their input once (as {@link io.copydesk.analysis.ShingleDraft}
 * does for the shingles). A term's counts are sums over the tokens and its word is the best of
 * theirs ({@link ArticleTerms#better}, a total order), so the terms of any split of the tokens add
 * up to the terms of all: the draft keeps the terms of the body lines that stay whatever the
 * counts, of each pending line apart and of the title, and {@link #resolve} adds up those the
 * counts keep. Immutable.
 */
public final class TermDraft {
    private final ArticleTerms done;    // the terms whatever the counts, or null
    private final ArticleTerms sure;    // the body lines that stay whatever the counts
    private final ArticleTerms[] lines; // each pending line with tokens: its terms...
    private final Boilerplate.PendingLine[] pending; // ...its line...
    private final int[] lineTokens;     // ...and its tokens
    private final int sureTokens;
    private final ArticleTerms title;   // the title's tokens, counted as title words
    // only when the kept body could be the title token for token (then the title is not counted):
    private final String[] bodyWords;   // the body's tokens...
    private final int[] lineOf;         // ...each in pending line lineOf[i], or -1
    private final String[] titleWords;

    private TermDraft(ArticleTerms done, ArticleTerms sure, ArticleTerms[] lines, Boilerplate.PendingLine[] pending, int[] lineTokens,
                      int sureTokens, ArticleTerms title, String[] bodyWords, int[] lineOf, String[] titleWords) {
        this.done = done;
        this.sure = sure;
        this.lines = lines;
        this.pending = pending;
        this.lineTokens = lineTokens;
        this.sureTokens = sureTokens;
        this.title = title;
        this.bodyWords = bodyWords;
        this.lineOf = lineOf;
        this.titleWords = titleWords;
    }

    /**
     * The draft of a body tokenized span by span: {@code body} holds the tokens of the kept spans in
     * order, span {@code i} ending at token {@code spanEnds[i]}, {@code bodyHashes} are
     * {@code tally.hashes(body)}, and {@code pending[i]} is the
     * pending line of span {@code i} (null when it stays whatever the counts), as
     * {@link Boilerplate.Deferred} gives them.
     */
    static TermDraft of(TermTally tally, TokenList body, long[] bodyHashes, int[] spanEnds, Boilerplate.PendingLine[] pending, TokenList title) {
        int spans = spanEnds.length, parts = 0;
        for (int i = 0, from = 0; i < spans; from = spanEnds[i++]) if (pending[i] != null && spanEnds[i] > from) parts++;
        if (parts == 0) { // as Fingerprinter counts an analyzed article: a body without tokens is replaced by the title
            ArticleTerms all = body.size() == 0 ? tally.count(title, tally.hashes(title), title) : tally.count(body, bodyHashes, title);
            return new TermDraft(all, null, null, null, null, 0, null, null, null, null);
        }
        ArticleTerms[] lines = new ArticleTerms[parts];
        Boilerplate.PendingLine[] lineOfPart = new Boilerplate.PendingLine[parts];
        int[] lineTokens = new int[parts];
        int[] sureRanges = new int[2 * spans];
        int[] one = new int[2];
        int ranges = 0, p = 0, sureTokens = 0;
        for (int i = 0, from = 0; i < spans; from = spanEnds[i++]) {
            int to = spanEnds[i];
            if (to == from) continue;
            if (pending[i] == null) {
                sureRanges[2 * ranges] = from;
                sureRanges[2 * ranges++ + 1] = to;
                sureTokens += to - from;
            } else {
                one[0] = from;
                one[1] = to;
                lines[p] = tally.count(body, bodyHashes, one, 1, false);
                lineOfPart[p] = pending[i];
                lineTokens[p++] = to - from;
            }
        }
        ArticleTerms sure = tally.count(body, bodyHashes, sureRanges, ranges, false);
        one[0] = 0;
        one[1] = title.size();
        ArticleTerms titleTerms = tally.count(title, tally.hashes(title), one, 1, true);
        String[] bodyWords = null, titleWords = null;
        int[] lineOf = null;
        if (title.size() > 0 && sureTokens <= title.size() && title.size() <= body.size()) {
            bodyWords = new String[body.size()];
            lineOf = new int[body.size()];
            for (int i = 0, part = 0, from = 0; i < spans; from = spanEnds[i++]) {
                boolean isLine = pending[i] != null && spanEnds[i] > from;
                for (int t = from; t < spanEnds[i]; t++) {
                    bodyWords[t] = body.term(t);
                    lineOf[t] = isLine ? part : -1;
                }
                if (isLine) part++;
            }
            titleWords = new String[title.size()];
            for (int t = 0; t < titleWords.length; t++) titleWords[t] = title.term(t);
        }
        return new TermDraft(null, sure, lines, lineOfPart, lineTokens, sureTokens, titleTerms, bodyWords, lineOf, titleWords);
    }

    /** True when the terms do not depend on the counts. */
    public boolean isFinal() {
        return done != null;
    }

    /**
     * The article's terms with the counts of {@code boilerplate}, which must be complete: those
     * {@link TermTally#count} gives for its tokens analyzed with those counts.
     */
    public ArticleTerms resolve(Boilerplate boilerplate) {
        return resolve(boilerplate::removes);
    }

    /** As {@link #resolve(Boilerplate)}, the pending lines that {@code removes} accepts taken out. */
    ArticleTerms resolve(java.util.function.Predicate<Boilerplate.PendingLine> removes) {
        if (done != null) return done;
        boolean[] kept = new boolean[lines.length];
        List<ArticleTerms> parts = new ArrayList<>(lines.length + 2);
        parts.add(sure);
        int n = sureTokens;
        for (int p = 0; p < lines.length; p++) {
            if (removes.test(pending[p])) continue;
            kept[p] = true;
            parts.add(lines[p]);
            n += lineTokens[p];
        }
        if (n == 0) return titleAsBody(); // no body left: the title is the text
        if (!sameAsTitle(n, kept)) parts.add(title);
        return merge(parts, 0, parts.size());
    }

    /** The title's terms counted as body words (of a headline-only article). */
    private ArticleTerms titleAsBody() {
        if (title.size() == 0) return ArticleTerms.EMPTY;
        String[] terms = new String[title.size()], words = new String[title.size()];
        int[] body = new int[title.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = title.term(i);
            words[i] = title.word(i);
            body[i] = title.titleCount(i);
        }
        return new ArticleTerms(terms, words, body, new int[terms.length]);
    }

    /** Whether the kept body, {@code n} tokens, is the title token for token (whose words are then not counted again). */
    private boolean sameAsTitle(int n, boolean[] kept) {
        if (bodyWords == null || n != titleWords.length) return false;
        for (int i = 0, j = 0; i < bodyWords.length; i++) {
            if (lineOf[i] >= 0 && !kept[lineOf[i]]) continue;
            if (!bodyWords[i].equals(titleWords[j++])) return false;
        }
        return true;
    }

    /** The terms of {@code parts[from, to)} added up. */
    private static ArticleTerms merge(List<ArticleTerms> parts, int from, int to) {
        if (to - from == 1) return parts.get(from);
        int mid = (from + to) >>> 1;
        return merge(merge(parts, from, mid), merge(parts, mid, to));
    }

    /** Two term lists (each in lexical order of its distinct terms) added up: counts summed, the better word kept. */
    static ArticleTerms merge(ArticleTerms a, ArticleTerms b) {
        if (b.size() == 0) return a;
        if (a.size() == 0) return b;
        int max = a.size() + b.size();
        String[] terms = new String[max], words = new String[max];
        int[] body = new int[max], title = new int[max];
        int i = 0, j = 0, o = 0;
        while (i < a.size() || j < b.size()) {
            int c = i == a.size() ? 1 : j == b.size() ? -1 : a.term(i).compareTo(b.term(j));
            if (c < 0) {
                terms[o] = a.term(i); words[o] = a.word(i); body[o] = a.bodyCount(i); title[o] = a.titleCount(i); i++;
            } else if (c > 0) {
                terms[o] = b.term(j); words[o] = b.word(j); body[o] = b.bodyCount(j); title[o] = b.titleCount(j); j++;
            } else {
                terms[o] = a.term(i);
                words[o] = ArticleTerms.better(a.word(i), b.word(j));
                body[o] = a.bodyCount(i) + b.bodyCount(j);
                title[o] = a.titleCount(i) + b.titleCount(j);
                i++;
                j++;
            }
            o++;
        }
        if (o < max) {
            terms = java.util.Arrays.copyOf(terms, o);
            words = java.util.Arrays.copyOf(words, o);
            body = java.util.Arrays.copyOf(body, o);
            title = java.util.Arrays.copyOf(title, o);
        }
        return new ArticleTerms(terms, words, body, title);
    }
}
