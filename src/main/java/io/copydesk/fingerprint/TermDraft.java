package io.copydesk.fingerprint;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.TokenList;

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
    // else the terms of the parts, numbered in one order: the body lines that stay whatever the counts
    // (part 0), each pending line with tokens (part 1 + its index) and the title (the last part)
    private final TermTally.Parts parts;
    private final Boilerplate.PendingLine[] pending; // each pending line's line...
    private final int[] lineTokens;     // ...and its tokens
    private final int sureTokens;
    // only when the kept body could be the title token for token (then the title is not counted):
    private final String[] bodyWords;   // the body's tokens...
    private final int[] lineOf;         // ...each in pending line lineOf[i], or -1
    private final String[] titleWords;

    private TermDraft(ArticleTerms done, TermTally.Parts parts, Boilerplate.PendingLine[] pending, int[] lineTokens,
                      int sureTokens, String[] bodyWords, int[] lineOf, String[] titleWords) {
        this.done = done;
        this.parts = parts;
        this.pending = pending;
        this.lineTokens = lineTokens;
        this.sureTokens = sureTokens;
        this.bodyWords = bodyWords;
        this.lineOf = lineOf;
        this.titleWords = titleWords;
    }

    /**
     * The draft of a body tokenized span by span: {@code body} holds the tokens of the kept spans of
     * {@code text} in order, span {@code i} ending at token {@code spanEnds[i]}, {@code bodyHashes} are
     * {@code tally.hashes(body)}, and {@code pending[i]} is the
     * pending line of span {@code i} (null when it stays whatever the counts), as
     * {@link Boilerplate.Deferred} gives them.
     */
    static TermDraft of(TermTally tally, TokenList body, long[] bodyHashes, String text, int[] spanEnds, Boilerplate.PendingLine[] pending, TokenList title) {
        int spans = spanEnds.length, lines = 0, sureRanges = 0;
        for (int i = 0, from = 0; i < spans; from = spanEnds[i++]) {
            if (spanEnds[i] == from) continue;
            if (pending[i] != null) lines++;
            else sureRanges++;
        }
        if (lines == 0) { // as Fingerprinter counts an analyzed article: a body without tokens is replaced by the title
            ArticleTerms all = body.size() == 0 ? tally.count(title, tally.hashes(title), null, title)
                    : tally.count(body, bodyHashes, text, title);
            return new TermDraft(all, null, null, null, 0, null, null, null);
        }
        Boilerplate.PendingLine[] lineOfPart = new Boilerplate.PendingLine[lines];
        int[] lineTokens = new int[lines];
        int[] ranges = new int[2 * (sureRanges + lines)], rangeEnds = new int[1 + lines];
        int sure = 0, p = 0, sureTokens = 0;
        for (int i = 0, from = 0; i < spans; from = spanEnds[i++]) {
            int to = spanEnds[i];
            if (to == from) continue;
            int r;
            if (pending[i] == null) {
                r = sure++;
                sureTokens += to - from;
            } else {
                r = sureRanges + p;
                lineOfPart[p] = pending[i];
                lineTokens[p++] = to - from;
            }
            ranges[2 * r] = from;
            ranges[2 * r + 1] = to;
        }
        for (int k = 0; k <= lines; k++) rangeEnds[k] = sureRanges + k;
        TermTally.Parts parts = tally.countParts(body, bodyHashes, text, ranges, rangeEnds, 1 + lines, title);
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
        return new TermDraft(null, parts, lineOfPart, lineTokens, sureTokens, bodyWords, lineOf, titleWords);
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

    /**
     * As {@link #resolve(Boilerplate)}, the pending lines that {@code removes} accepts taken out: the
     * kept parts' counts added up per term, the best of their words kept (a total order, so in any order).
     */
    ArticleTerms resolve(java.util.function.Predicate<Boilerplate.PendingLine> removes) {
        if (done != null) return done;
        boolean[] kept = new boolean[pending.length];
        int n = sureTokens;
        for (int p = 0; p < pending.length; p++) {
            if (removes.test(pending[p])) continue;
            kept[p] = true;
            n += lineTokens[p];
        }
        int size = parts.terms().length, titlePart = pending.length + 1;
        int[] body = new int[size], title = new int[size], votes = new int[size];
        String[] words = new String[size];
        int[] language = new int[TermTally.COUNTS + 1]; // the counted parts' function words a language, then their tokens
        if (n == 0) { // no body left: the title is the text, its words counted as body words
            add(titlePart, body, votes, words, language);
        } else {
            add(0, body, votes, words, language);
            for (int p = 0; p < pending.length; p++) if (kept[p]) add(1 + p, body, votes, words, language);
            if (!sameAsTitle(n, kept)) add(titlePart, title, votes, words, language);
        }
        int in = TermTally.language(language, 0, language[TermTally.COUNTS]);
        if (in >= 0) { // its function words are no terms
            for (int t = 0; t < size; t++) if ((parts.termLanguages()[t] >>> in & 1) != 0) words[t] = null;
        }
        int m = 0;
        for (int t = 0; t < size; t++) if (words[t] != null) m++;
        if (m == 0) return ArticleTerms.EMPTY;
        String[] outTerms = new String[m], outWords = new String[m];
        int[] outBody = new int[m], outTitle = new int[m], outVotes = new int[m];
        for (int t = 0, o = 0; t < size; t++) {
            if (words[t] == null) continue;
            outTerms[o] = parts.terms()[t];
            outWords[o] = words[t];
            outBody[o] = body[t];
            outVotes[o] = votes[t];
            outTitle[o++] = title[t];
        }
        return new ArticleTerms(outTerms, outWords, outBody, outTitle, outVotes);
    }

    /**
     * Adds part {@code part}'s counts to {@code counts}, its name votes to {@code votes} (none in the title), its words to
     * {@code words} (the better one kept), and its function words a language and its tokens to {@code language}.
     */
    private void add(int part, int[] counts, int[] votes, String[] words, int[] language) {
        for (int l = 0; l < TermTally.COUNTS; l++) language[l] += parts.partLanguageTokens()[part * TermTally.COUNTS + l];
        language[TermTally.COUNTS] += parts.partTokens()[part];
        int[] term = parts.term(), count = parts.count(), vote = parts.votes();
        String[] word = parts.word();
        for (int e = parts.from(part), end = parts.partEnds()[part]; e < end; e++) {
            int t = term[e];
            counts[t] += count[e];
            votes[t] += vote[e];
            words[t] = words[t] == null ? word[e] : ArticleTerms.better(words[t], word[e]);
        }
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
}
