package io.copydesk.analysis;

import io.copydesk.document.Article;
import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongCounter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongToIntFunction;

/**
 * Removes page furniture from article bodies before they are hashed. Rules, in order, each
 * reported with its reason:
 * <ol>
 *   <li><b>repeated headline / repeated line</b>: a line equal to the title or to an earlier line of
 *       the same article (headline and caption repeated by the page template);</li>
 *   <li><b>link list</b>: a cue line ("Read more", "Also Read", "Editor's Choice", ...) and the run
 *       of short headline-like lines after it, or a run of three or more such lines anywhere;</li>
 *   <li><b>page furniture</b>: short lines that are bylines, "Published/Updated" stamps, share and
 *       follow prompts, photo credits, newsletter and copyright lines ({@link FurnitureLines});</li>
 *   <li><b>repeated on site</b>: a short line found in several articles of the same source;</li>
 *   <li><b>repeated across articles</b>: a very short line found in several articles of the input.</li>
 * </ol>
 * Rules 4 and 5 need counts over the whole input: {@link Builder} collects them in a first pass.
 * Removing a line that several articles share can only lower their similarity, so rules 4-5 never
 * make two different stories look alike; the word limits keep them from eating the story itself
 * when one wire text is republished many times.
 */
public final class Boilerplate {
    private final BoilerplateConfig config;
    private final LongToIntFunction corpusCounts;
    private final LongToIntFunction siteCounts;

    private Boilerplate(BoilerplateConfig config, LongToIntFunction corpusCounts, LongToIntFunction siteCounts) {
        this.config = config;
        this.corpusCounts = corpusCounts;
        this.siteCounts = siteCounts;
    }

    /** A remover with the per-article rules only (no input-wide counts). */
    public static Boilerplate perArticle(BoilerplateConfig config) {
        return new Builder(config).build();
    }

    /**
     * A remover with counts kept elsewhere (a persistent index): {@code corpusCounts} holds, per
     * line key, the articles of the collection with that line, {@code siteCounts} the same per
     * source, keyed as {@link Builder#lineKeys} keys them. Only the keys of the articles to clean
     * need to be present.
     */
    public static Boilerplate withCounts(BoilerplateConfig config, LongToIntFunction corpusCounts, LongToIntFunction siteCounts) {
        return new Boilerplate(config, corpusCounts, siteCounts);
    }

    public static Builder builder(BoilerplateConfig config) {
        return new Builder(config);
    }

    /** Collects how often each line occurs across articles and within each source. Not thread-safe. */
    public static final class Builder {
        private final BoilerplateConfig config;
        // made at the first key added, small: most builders only make line keys (each Fingerprinter's,
        // perArticle's), and collections hold from no key (the synthetic set of the benchmarks) to a few
        // thousand a MB (BBC 482 in 5 MB, 100k generated articles 363,000 and 409,000 in 240 MB): tables made
        // at 3 MB each were zeroed page by page for nothing, and a fresh page is slow to touch on a VM
        private LongCounter corpus, site;

        Builder(BoilerplateConfig config) {
            this.config = config;
        }

        /** Counts each distinct line of the article once. */
        public void add(Article a) {
            add(lineKeys(a));
        }

        /**
         * The keys an article contributes to the counts; pure and thread-safe, so callers can
         * compute them in parallel and {@link #add(LineKeys)} them in any order.
         */
        public LineKeys lineKeys(Article a) {
            if (!config.enabled()) return LineKeys.NONE;
            return lineKeys(a, PageLine.split(a.text(), maxWords(sourceKey(a)))); // longer lines are never counted: not hashed
        }

        /** The keys of {@code a} from its lines, split with or without a cap on the words (lines beyond it are skipped alike). */
        LineKeys lineKeys(Article a, List<PageLine> lines) {
            if (!config.enabled()) return LineKeys.NONE;
            long source = sourceKey(a);
            int maxWords = maxWords(source), n = lines.size();
            // an article has tens of lines: the keys seen so far are looked through one by one, the two lists written to
            // arrays of the article's size and then cut to length (no hash table and no growing list per article)
            long[] corpusKeys = new long[n], siteKeys = source != 0 ? new long[n] : corpusKeys;
            long[] seen = n <= PageLine.FEW_LINES ? new long[n] : null;
            LongCounter seenMany = seen == null ? new LongCounter(n) : null;
            int corpus = 0, site = 0, distinct = 0;
            for (PageLine line : lines) {
                if (!line.hasLetters() || line.words() > maxWords) continue;
                long key = line.key();
                if (seen == null ? seenMany.add(key) > 1 : holds(seen, distinct, key)) continue;
                if (seen != null) seen[distinct++] = key;
                if (line.words() <= config.corpusMaxWords()) corpusKeys[corpus++] = key;
                if (source != 0 && line.words() <= config.siteMaxWords()) siteKeys[site++] = siteKey(key, source);
            }
            return new LineKeys(Arrays.copyOf(corpusKeys, corpus), Arrays.copyOf(siteKeys, site));
        }

        /** Whether {@code keys[0, n)} holds {@code key}. */
        private static boolean holds(long[] keys, int n, long key) {
            for (int i = 0; i < n; i++) if (keys[i] == key) return true;
            return false;
        }

        private int maxWords(long source) {
            return Math.max(config.corpusMaxWords(), source != 0 ? config.siteMaxWords() : 0);
        }

        /** Adds one article's keys. Not thread-safe. */
        public void add(LineKeys keys) {
            if (corpus == null) {
                if (keys.corpus().length == 0 && keys.site().length == 0) return;
                corpus = new LongCounter(1 << 12);
                site = new LongCounter(1 << 12);
            }
            // an article's keys are distinct: the count after a key's own add is its count after all of them
            for (long k : keys.corpus()) if (corpus.add(k) == config.corpusRepeats() && reached != null) reached.add(k);
            for (long k : keys.site()) if (site.add(k) == config.siteRepeats() && reached != null) reachedOnSite.add(k);
        }

        // keys whose count has reached its rule's repeats, readable by any thread while add runs (see cleanDeferred)
        private Set<Long> reached, reachedOnSite;

        /**
         * From now on, also notes which keys reach their rule's repeats, for {@link #cleanDeferred}
         * on other threads while this builder is filled: counts only grow, so such a line is
         * furniture whatever the rest of the input holds.
         */
        public Builder noteRepeats() {
            reached = ConcurrentHashMap.newKeySet();
            reachedOnSite = ConcurrentHashMap.newKeySet();
            return this;
        }

        /** Whether {@link #build()}'s remover will remove this pending line, known already: its count has reached the repeats. */
        boolean removesAlready(PendingLine line) {
            if (reached == null) return false;
            return (line.source() != 0 && line.words() <= config.siteMaxWords() && reachedOnSite.contains(siteKey(line.key(), line.source())))
                    || (line.words() <= config.corpusMaxWords() && reached.contains(line.key()));
        }

        public Boilerplate build() {
            if (corpus == null) return new Boilerplate(config, key -> 0, key -> 0);
            return new Boilerplate(config, corpus, site);
        }
    }

    /** The line keys one article adds to the input-wide counts. */
    public record LineKeys(long[] corpus, long[] site) {
        /** No keys (boilerplate rules off, or not computed). */
        public static final LineKeys NONE = new LineKeys(new long[0], new long[0]);
    }

    static long sourceKey(Article a) {
        String s = a.source();
        if (s == null || s.isBlank()) return 0L;
        int from = 0, to = s.length(); // strip() without the copy
        while (Character.isWhitespace(s.charAt(from))) from++;
        while (Character.isWhitespace(s.charAt(to - 1))) to--;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 0x80) return Hash64.hash(s.strip().toLowerCase(java.util.Locale.ROOT), SOURCE_SEED);
        }
        return Hash64.hashLowerAscii(s, from, to, SOURCE_SEED); // the common case: no lower-case copy either
    }

    private static final long SOURCE_SEED = 0x73697465L; // "site"

    static long siteKey(long lineKey, long sourceKey) {
        return Hash64.mix(lineKey, sourceKey);
    }

    /** Splits the article body into kept and removed lines. Thread-safe. */
    public CleanText clean(Article a) {
        return clean(a, PageLine.latin1(a.text()));
    }

    /** {@link #clean(Article)} given the text's {@link PageLine#latin1} bytes (or null), which the caller's tokenizer reads too. */
    CleanText clean(Article a, byte[] latin1) {
        return clean(a, PageLine.split(a.text(), latin1, Integer.MAX_VALUE));
    }

    /**
     * {@link #clean} and the line keys {@code keys.lineKeys(a)} gives (what the article adds to the
     * counts), from one split of the body into lines instead of two. Thread-safe.
     */
    public Cleaned cleanWithKeys(Article a, Builder keys) {
        return cleanWithKeys(a, PageLine.latin1(a.text()), keys);
    }

    /** {@link #cleanWithKeys(Article, Builder)} given the text's {@link PageLine#latin1} bytes (or null). */
    Cleaned cleanWithKeys(Article a, byte[] latin1, Builder keys) {
        List<PageLine> lines = PageLine.split(a.text(), latin1, Integer.MAX_VALUE);
        return new Cleaned(clean(a, lines), keys.lineKeys(a, lines));
    }

    /** An article's body split into kept and removed lines, and its line keys. */
    public record Cleaned(CleanText text, LineKeys keys) {}

    private CleanText clean(Article a, List<PageLine> lines) {
        String text = a.text();
        List<Span> kept = new ArrayList<>(lines.size());
        List<Span> removed = new ArrayList<>();
        if (!config.enabled()) {
            for (PageLine l : lines) kept.add(new Span(l.start(), l.end(), null));
            return new CleanText(text, kept, removed);
        }
        String[] reasons = articleReasons(a, lines);
        long source = sourceKey(a);
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            if (reasons[i] == null && counted(source, l.words())) reasons[i] = countedReason(l.key(), source, l.words());
            if (reasons[i] == null) kept.add(new Span(l.start(), l.end(), null));
            else removed.add(new Span(l.start(), l.end(), reasons[i]));
        }
        return new CleanText(text, kept, removed);
    }

    /** Each line's reason from rules 1-3, what the article alone tells (null: not removed by them). */
    static String[] articleReasons(Article a, List<PageLine> lines) {
        String[] reasons = new String[lines.size()];
        PageLine title = a.title() == null ? null : PageLine.of(a.title(), 0, a.title().length());
        if (title != null && !title.hasLetters()) title = null; // matches no line
        if (title != null) for (int i = 0; i < lines.size(); i++) if (lines.get(i).sameExact(title)) reasons[i] = "repeated headline";
        int[] copies = PageLine.copies(lines);
        PageRules.mark(lines, reasons, copies);
        LinkLists.mark(lines, reasons);
        LongCounter seen = null; // exact keys of earlier lines, for those that have copies
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            boolean repeat = false;
            if (copies[i] > 1) {
                if (seen == null) seen = new LongCounter(lines.size());
                repeat = seen.get(l.exactKey()) > 0;
                seen.add(l.exactKey());
            }
            if (reasons[i] == null) reasons[i] = articleReason(l, repeat, title);
        }
        return reasons;
    }

    /** Rules 1-3 for a line the earlier passes of {@link #clean} left: what the article alone tells. */
    private static String articleReason(PageLine l, boolean repeat, PageLine title) {
        if (!l.hasLetters()) return "no words";
        if (title != null && l.sameExact(title)) return "repeated headline";
        if (repeat) return "repeated line";
        if (FurnitureLines.isFurniture(l)) return "page furniture";
        return null;
    }

    /** Rules 4-5, from the input-wide counts: the reason a line with this key, source and word count is furniture, or null. */
    private String countedReason(long key, long source, int words) {
        if (source != 0 && words <= config.siteMaxWords()
                && siteCounts.applyAsInt(siteKey(key, source)) >= config.siteRepeats()) return "repeated on site";
        if (words <= config.corpusMaxWords() && corpusCounts.applyAsInt(key) >= config.corpusRepeats()) {
            return "repeated across articles";
        }
        return null;
    }

    /** Whether rules 4-5 could remove such a line, depending on the counts. */
    private boolean counted(long source, int words) {
        return config.enabled() && ((source != 0 && words <= config.siteMaxWords()) || words <= config.corpusMaxWords());
    }

    /**
     * {@link #cleanWithKeys} before the input-wide counts are complete: rules 1-3 applied, and
     * every line they keep that rules 4-5 could still remove marked {@linkplain Deferred#pending
     * pending}, but for those whose counts in {@code keys} already decide it (see {@link
     * Builder#noteRepeats()}), which are left out. With {@code keys} complete, {@link #removes} of
     * its remover tells which pending lines {@link #clean} removes; the others it keeps, as it keeps
     * the rest of {@link Deferred#kept}. This remover's counts are not read. Thread-safe, also while
     * {@code keys} is being filled.
     */
    public Deferred cleanDeferred(Article a, Builder keys) {
        return cleanDeferred(a, PageLine.latin1(a.text()), keys);
    }

    /** As {@link #cleanDeferred(Article, Builder)}, given the body's {@link PageLine#latin1} bytes. */
    Deferred cleanDeferred(Article a, byte[] latin1, Builder keys) {
        List<PageLine> lines = PageLine.split(a.text(), latin1, Integer.MAX_VALUE);
        LineKeys lineKeys = keys.lineKeys(a, lines);
        List<Span> kept = new ArrayList<>(lines.size());
        if (!config.enabled()) {
            for (PageLine l : lines) kept.add(new Span(l.start(), l.end(), null));
            return new Deferred(kept, new PendingLine[kept.size()], lineKeys);
        }
        String[] reasons = articleReasons(a, lines);
        long source = sourceKey(a);
        List<PendingLine> pending = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] != null) continue;
            PageLine l = lines.get(i);
            PendingLine p = counted(source, l.words()) ? new PendingLine(l.key(), source, l.words()) : null;
            if (p != null && keys.removesAlready(p)) continue;
            kept.add(new Span(l.start(), l.end(), null));
            pending.add(p);
        }
        return new Deferred(kept, pending.toArray(PendingLine[]::new), lineKeys);
    }

    /** Whether {@link #clean} removes this pending line, with this remover's counts. */
    public boolean removes(PendingLine line) {
        return countedReason(line.key(), line.source(), line.words()) != null;
    }

    /**
     * The lines {@link #cleanDeferred} keeps: {@code pending[i]} is null where {@code kept.get(i)}
     * stays whatever the counts, else what {@link #removes} decides on.
     */
    public record Deferred(List<Span> kept, PendingLine[] pending, LineKeys keys) {}

    /** A kept line that the input-wide counts may still remove (rules 4-5). */
    public record PendingLine(long key, long source, int words) {}
}
