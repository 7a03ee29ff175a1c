package io.copydesk.fingerprint;

import io.copydesk.analysis.StopWords;
import io.copydesk.analysis.TermFilter;
import io.copydesk.analysis.TermLookup;
import io.copydesk.analysis.TokenList;
import io.copydesk.analysis.WordCase;
import java.util.Arrays;

/**
 * Counts an article's {@link ArticleTerms} from its tokens: each token's term comes from a
 * {@link TermLookup} (memo keyed by the token's 64-bit hash, so no string per token) and is counted
 * in arrays indexed by term number; only the distinct terms of the article are then sorted and
 * copied out. Not thread-safe: one per thread.
 */
public final class TermTally {
    private final TermLookup lookup;
    // per term number n, side by side (one cache line a term instead of four arrays' lines; the numbers run to tens of
    // thousands, so the lines are seldom cached), all 0 between articles: at[4n + BODY] its count in the body,
    // [4n + TITLE] in the title, [4n + BEST] its best token number + 1 in this article (0 when not seen),
    // [4n + LOST] the token number + 1 that last lost to the best (a term's words alternate)
    private static final int BODY = 0, TITLE = 1, BEST = 2, LOST = 3;
    private int[] at = new int[4 * 1024];
    private int[] votes = new int[1024]; // per term number: its body words' WordCase votes summed, 0 between articles
    private int[] seen = new int[256]; // term numbers seen in this article, first seen first
    private int size;
    // the parts of one text (countParts): each part's terms as entries, the union of their term numbers
    private int[] unionAt = new int[1024]; // term number -> its place in union + 1; 0 when not in it
    private int[] union = new int[256];
    private int unionSize;
    private int[] entryTerm = new int[512], entryCount = new int[512], entryVotes = new int[512];
    private String[] entryWord = new String[512];
    private int entries;
    private int[] partEnds = new int[16];
    private int[] partTokens = new int[16], partLanguageTokens = new int[16 * COUNTS]; // each part's tokensSeen and languageTokens
    private int parts;
    // the tokens counted since begin (or since the last part ended), and of them the function words of each other
    // language and, at [ENGLISH], of English's (TermFilter#languages): for language()
    static final int LANGUAGES = StopWords.OTHER_LANGUAGES.size(), ENGLISH = LANGUAGES, COUNTS = LANGUAGES + 1;
    private int tokensSeen;
    private final int[] languageTokens = new int[COUNTS];
    private final long seed;
    private final TermOrder.Scratch orderScratch = new TermOrder.Scratch(); // the sorts' arrays, reused text after text
    private final java.util.function.IntFunction<String> termOf;
    private final java.util.function.IntToLongFunction prefixOf;

    /**
     * A tally turning tokens into terms with {@code filter}, telling tokens apart by their hashes
     * with {@code seed} (the shingler's, so a draft passes the body's hashes on: {@link #count(TokenList, long[], int[], int, boolean)}).
     */
    public TermTally(TermFilter filter, long seed) {
        this.lookup = new TermLookup(filter);
        this.seed = seed;
        this.termOf = lookup::term;
        this.prefixOf = lookup::termPrefix;
    }

    /**
     * The terms of {@code bodyTokens} and {@code titleTokens}; the title is not counted when its
     * tokens are the body's (headline-only input). {@code bodyText} is the text the body tokens'
     * offsets are in, whose words vote on names ({@link WordCase}); null when they are the title's
     * (a title's capitals tell nothing) or unknown.
     */
    public ArticleTerms count(TokenList bodyTokens, String bodyText, TokenList titleTokens) {
        return count(bodyTokens, hashes(bodyTokens), bodyText, titleTokens);
    }

    /** {@link #count(TokenList, String, TokenList)} given the body tokens' {@link #hashes}, made for the shingles already. */
    ArticleTerms count(TokenList bodyTokens, long[] bodyHashes, String bodyText, TokenList titleTokens) {
        begin();
        add(bodyTokens, bodyHashes, 0, bodyTokens.size(), false, bodyText);
        if (!sameTokens(bodyTokens, titleTokens)) add(titleTokens, hashes(titleTokens), 0, titleTokens.size(), true, null);
        return end();
    }

    /** The hashes of {@code tokens} that the counts take: {@link io.copydesk.analysis.Shingler#tokenHashes} of the shingler's seed. */
    long[] hashes(TokenList tokens) {
        return tokens.hashes(seed);
    }

    /**
     * The terms of the tokens {@code [ranges[2r], ranges[2r + 1])} of {@code tokens}, for every
     * {@code r < rangeCount}, counted as body words, or as title words when {@code inTitle};
     * {@code hashes} are the tokens' {@link #hashes}.
     */
    ArticleTerms count(TokenList tokens, long[] hashes, int[] ranges, int rangeCount, boolean inTitle) {
        begin();
        for (int r = 0; r < rangeCount; r++) add(tokens, hashes, ranges[2 * r], ranges[2 * r + 1], inTitle, null);
        return end();
    }

    /**
     * The terms of parts of one text counted apart but numbered in one lexical order, so that any
     * choice of parts adds up with array sums ({@link TermDraft}): part {@code p} is the tokens
     * {@code [ranges[2r], ranges[2r + 1])} of {@code tokens} for {@code r} in
     * {@code [rangeEnds[p - 1], rangeEnds[p])} ({@code rangeEnds[-1]} = 0), all counted as body words;
     * the last part is the tokens of {@code last} (the title) instead, when it is not null. The
     * words of {@code text}, the one {@code tokens}' offsets are in, vote on names (the title's do not).
     */
    Parts countParts(TokenList tokens, long[] hashes, String text, int[] ranges, int[] rangeEnds, int partCount, TokenList last) {
        begin(); // once: the term numbers must hold until the union is sorted
        unionSize = entries = parts = 0;
        for (int p = 0, r = 0; p < partCount; p++) {
            for (; r < rangeEnds[p]; r++) add(tokens, hashes, ranges[2 * r], ranges[2 * r + 1], false, text);
            endPart();
        }
        if (last != null) {
            add(last, hashes(last), 0, last.size(), false, null);
            endPart();
        }
        int[] order = TermOrder.sort(union, unionSize, termOf, prefixOf, orderScratch);
        String[] terms = new String[unionSize];
        int[] termLanguages = new int[unionSize];
        for (int i = 0; i < unionSize; i++) {
            terms[i] = lookup.term(order[i]);
            termLanguages[i] = lookup.termLanguages(order[i]);
            unionAt[order[i]] = i + 1;
        }
        int[] term = new int[entries];
        for (int e = 0; e < entries; e++) term[e] = unionAt[entryTerm[e]] - 1;
        for (int i = 0; i < unionSize; i++) unionAt[union[i]] = 0;
        String[] word = Arrays.copyOf(entryWord, entries);
        Arrays.fill(entryWord, 0, entries, null); // no words of this text held past it
        return new Parts(terms, Arrays.copyOf(partEnds, parts), term, Arrays.copyOf(entryCount, entries),
                Arrays.copyOf(entryVotes, entries), word, termLanguages,
                Arrays.copyOf(partTokens, parts), Arrays.copyOf(partLanguageTokens, parts * COUNTS));
    }

    /**
     * The parts of {@link #countParts}: {@code terms} distinct in lexical order, each with its {@link TermLookup#termLanguages};
     * part {@code p}'s entries are {@code [partEnds[p - 1], partEnds[p])}, each a term (an index into {@code terms}),
     * its count, its name votes and its best word in the part; its tokens, {@code partTokens[p]}, and of them those that are function
     * words of each other language and of English, {@code partLanguageTokens[p * COUNTS + l]} (for {@link #language}).
     */
    record Parts(String[] terms, int[] partEnds, int[] term, int[] count, int[] votes, String[] word, int[] termLanguages, int[] partTokens,
                 int[] partLanguageTokens) {
        int from(int part) {
            return part == 0 ? 0 : partEnds[part - 1];
        }
    }

    /** The terms counted since the last part ended become the next part's entries. */
    private void endPart() {
        if (entries + size > entryTerm.length) {
            int n = Math.max(entries + size, entryTerm.length * 2);
            entryTerm = Arrays.copyOf(entryTerm, n);
            entryCount = Arrays.copyOf(entryCount, n);
            entryVotes = Arrays.copyOf(entryVotes, n);
            entryWord = Arrays.copyOf(entryWord, n);
        }
        for (int i = 0; i < size; i++) {
            int n = seen[i];
            entryTerm[entries] = n;
            int a = 4 * n;
            entryCount[entries] = at[a + BODY];
            entryVotes[entries] = votes[n];
            entryWord[entries++] = lookup.word(at[a + BEST] - 1);
            at[a + BODY] = at[a + BEST] = at[a + LOST] = votes[n] = 0;
            if (unionAt[n] == 0) {
                if (unionSize == union.length) union = Arrays.copyOf(union, unionSize * 2);
                union[unionSize++] = n;
                unionAt[n] = 1;
            }
        }
        size = 0;
        if (parts == partEnds.length) {
            partEnds = Arrays.copyOf(partEnds, parts * 2);
            partTokens = Arrays.copyOf(partTokens, parts * 2);
            partLanguageTokens = Arrays.copyOf(partLanguageTokens, parts * 2 * COUNTS);
        }
        partTokens[parts] = tokensSeen;
        System.arraycopy(languageTokens, 0, partLanguageTokens, parts * COUNTS, COUNTS);
        tokensSeen = 0;
        Arrays.fill(languageTokens, 0);
        partEnds[parts++] = entries;
    }

    private void begin() {
        lookup.startOverIfFull();
        size = 0;
        tokensSeen = 0;
        Arrays.fill(languageTokens, 0);
    }

    /**
     * The other language the text counted since {@link #begin} is in (an index into {@code StopWords.OTHER_LANGUAGES}),
     * or -1 (English, or unknown): the one whose function words are most of its tokens, when they are at least
     * {@value #LANGUAGE_MIN_TOKENS}, a tenth of the tokens and more than twice its English function words (words of one
     * letter count for none). A French or German text is a third or more its own function words and holds few of
     * English's; an English one about a car crash ("son", "car", "die") holds many more of English's, and an English
     * headline holds few of either: "Marijuana ad war in Denver, votes in June" has German's "in" twice and "war" (was),
     * and English's "in" twice.
     */
    private int language() {
        return language(languageTokens, 0, tokensSeen);
    }

    /**
     * {@link #language()} of a text of {@code tokens} tokens, {@code counts[from + l]} of them function words of other
     * language l, {@code counts[from + ENGLISH]} of English.
     */
    static int language(int[] counts, int from, int tokens) {
        int best = -1;
        for (int l = 0; l < LANGUAGES; l++) {
            int c = counts[from + l];
            if (c >= LANGUAGE_MIN_TOKENS && 10 * c >= tokens && c > 2 * counts[from + ENGLISH] && (best < 0 || c > counts[from + best])) best = l;
        }
        return best;
    }

    private static final int LANGUAGE_MIN_TOKENS = 3;

    /** Takes the terms that are function words of {@code language} (none when it is -1) out of the article's. */
    private void dropFunctionWords(int language) {
        if (language < 0) return;
        int bit = 1 << language, kept = 0;
        for (int i = 0; i < size; i++) {
            int n = seen[i];
            if ((lookup.termLanguages(n) & bit) == 0) {
                seen[kept++] = n;
            } else {
                int a = 4 * n;
                at[a + BODY] = at[a + TITLE] = at[a + BEST] = at[a + LOST] = votes[n] = 0;
            }
        }
        size = kept;
    }

    private ArticleTerms end() {
        dropFunctionWords(language());
        if (size == 0) return ArticleTerms.EMPTY;
        int[] order = TermOrder.sort(seen, size, termOf, prefixOf, orderScratch);
        String[] t = new String[size], w = new String[size];
        int[] b = new int[size], ti = new int[size], v = new int[size];
        for (int i = 0; i < size; i++) {
            int n = order[i], a = 4 * n;
            t[i] = lookup.term(n);
            w[i] = lookup.word(at[a + BEST] - 1);
            b[i] = at[a + BODY];
            ti[i] = at[a + TITLE];
            v[i] = votes[n];
            at[a + BODY] = at[a + TITLE] = at[a + BEST] = at[a + LOST] = votes[n] = 0;
        }
        return new ArticleTerms(t, w, b, ti, v);
    }

    /** Counts tokens {@code [from, to)}; each votes on its term being a name ({@link WordCase}) when {@code text} is given. */
    private void add(TokenList tokens, long[] hashes, int from, int to, boolean inTitle, String text) {
        tokensSeen += to - from;
        for (int i = from; i < to; i++) {
            long e = lookup.entry(tokens, i, hashes[i]);
            int n = TermLookup.termOf(e), token = TermLookup.tokenOf(e);
            int languages = lookup.tokenLanguages(token);
            if (languages != 0) countLanguages(languages);
            if (n < 0) continue;
            if (n >= unionAt.length) grow(lookup.terms());
            int a = 4 * n;
            at[a + (inTitle ? TITLE : BODY)]++;
            if (text != null) votes[n] += WordCase.vote(text, tokens.start(i), tokens.end(i));
            int b = at[a + BEST] - 1;
            if (b < 0) {
                if (size == seen.length) seen = Arrays.copyOf(seen, size * 2);
                seen[size++] = n;
                at[a + BEST] = token + 1;
            } else if (b != token && at[a + LOST] != token + 1) {
                // distinct token numbers are distinct words: better() returns one of the two objects
                boolean wins = ArticleTerms.better(lookup.word(b), lookup.word(token)) == lookup.word(token);
                at[a + LOST] = (wins ? b : token) + 1;
                if (wins) at[a + BEST] = token + 1;
            }
        }
    }

    private void countLanguages(int languages) {
        for (int l = 0; l < LANGUAGES; l++) if ((languages >>> l & 1) != 0) languageTokens[l]++;
        if ((languages & StopWords.ENGLISH_BIT) != 0) languageTokens[ENGLISH]++;
    }

    private void grow(int terms) {
        int n = Math.max(terms, unionAt.length * 2);
        at = Arrays.copyOf(at, 4 * n);
        votes = Arrays.copyOf(votes, n);
        unionAt = Arrays.copyOf(unionAt, n);
    }

    static boolean sameTokens(TokenList a, TokenList b) {
        if (a == b) return true;
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!a.termEquals(i, b, i)) return false;
        return true;
    }
}
