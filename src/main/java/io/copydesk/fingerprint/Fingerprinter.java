package io.copydesk.fingerprint;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.AnalyzedArticle;
import io.copydesk.analysis.Analyzer;
import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleDraft;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Shingler;
import io.copydesk.analysis.StopWords;
import io.copydesk.analysis.TermFilter;
import io.copydesk.analysis.opennlp.OpenNlpStemmer;
import io.copydesk.document.Article;
import io.copydesk.minhash.MinHasher;
import io.copydesk.minhash.Signature;
import java.util.Objects;

/**
 * The analysis pipeline, composed in one place: an article, cleaned with the collection's
 * boilerplate counts, is tokenized once (body and title), shingled, signed with MinHash and its
 * index terms counted, giving its {@link Fingerprint}. {@link #fingerprint} is a pure function of
 * the article, the config and the counts: equal inputs give equal fingerprints on any machine and
 * thread. Thread-safe (the tokenizer and stemmer, which are not, are kept one per thread).
 *
 * <p>Typical use, two passes over a collection:
 * <pre>{@code
 * Boilerplate.Builder counts = Boilerplate.builder(config.boilerplate());
 * for (Article a : articles) counts.add(counts.lineKeys(a));
 * Fingerprinter f = new Fingerprinter(config, counts.build());
 * Fingerprint fp = f.fingerprint(article);
 * }</pre>
 */
public final class Fingerprinter {
    private final AnalysisConfig config;
    private final Boilerplate boilerplate;
    private final Boilerplate.Builder lineKeys;
    private final Shingler shingler;
    private final MinHasher minHasher;
    private final ThreadLocal<Analyzer> analyzers;
    private final ThreadLocal<TermTally> tallies;
    private final boolean terms;
    private final boolean keys;

    /** A pipeline cleaning with {@code boilerplate}, the counts of the collection the articles belong to. */
    public Fingerprinter(AnalysisConfig config, Boilerplate boilerplate) {
        this(config, boilerplate, true, true);
    }

    /**
     * A pipeline for duplicate detection only: its fingerprints hold no index terms and no line
     * keys ({@link Fingerprint#complete()} is false), which saves stemming every word.
     */
    public static Fingerprinter forDuplicates(AnalysisConfig config, Boilerplate boilerplate) {
        return new Fingerprinter(config, boilerplate, false, false);
    }

    /**
     * A pipeline for ranking and clustering a collection read once: its fingerprints hold the index
     * terms but no line keys ({@link Fingerprint#complete()} is false: they are not for storing), which
     * saves hashing every line again after the collection's boilerplate counts were made.
     */
    public static Fingerprinter forStories(AnalysisConfig config, Boilerplate boilerplate) {
        return new Fingerprinter(config, boilerplate, true, false);
    }

    private Fingerprinter(AnalysisConfig config, Boilerplate boilerplate, boolean terms, boolean keys) {
        this.terms = terms;
        this.keys = keys;
        this.config = Objects.requireNonNull(config, "config");
        this.boilerplate = Objects.requireNonNull(boilerplate, "boilerplate");
        this.lineKeys = Boilerplate.builder(config.boilerplate());
        this.shingler = new Shingler(config.shingle(), config.seed());
        this.minHasher = new MinHasher(config.hashes(), config.seed());
        this.analyzers = ThreadLocal.withInitial(() -> new Analyzer(config, boilerplate, keys));
        this.tallies = ThreadLocal.withInitial(() -> new TermTally(new TermFilter(StopWords.english(), new OpenNlpStemmer()), config.seed()));
    }

    public AnalysisConfig config() {
        return config;
    }

    public Boilerplate boilerplate() {
        return boilerplate;
    }

    /** The fingerprint of {@code article}. */
    public Fingerprint fingerprint(Article article) {
        return fingerprint(analyzers.get().analyze(-1, article));
    }

    /** The fingerprint of an article already analyzed with this pipeline's config and counts. */
    public Fingerprint fingerprint(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        long[] hashes = shingler.tokenHashes(analyzed.tokens()); // the shingles' and the terms' (one seed)
        ShingleSet shingles = shingler.shingles(hashes);
        if (!analyzed.fromTitle()) { // a short body: its title joins it (as drafts resolve)
            shingles = ShingleSet.withTitleIfShort(shingles, config.titleBelow(), () -> shingler.shingles(analyzed.titleTokens()));
        }
        ArticleTerms counted = terms ? tallies.get().count(analyzed.tokens(), hashes, analyzed.fromTitle() ? null : a.text(), analyzed.titleTokens()) : ArticleTerms.EMPTY;
        Boilerplate.LineKeys lines = !keys ? Boilerplate.LineKeys.NONE : analyzed.lineKeys() != null ? analyzed.lineKeys() : lineKeys.lineKeys(a);
        return new Fingerprint(config.seed(), config.shingle(), analyzed.fromTitle(), terms && keys, a.id(), a.title(), a.source(), a.url(),
                a.date(), a.text().length(), lines, analyzed.clean().kept(), analyzed.clean().removed(),
                shingles, minHasher.sign(shingles), counted);
    }

    /**
     * The article's shingles and index terms before the input-wide boilerplate counts are complete,
     * and the line keys it adds to them ({@link Analyzer#draftTokens}), for a run that reads its
     * input once: {@link #resolve} then gives them as {@link #fingerprint} would with the complete
     * counts. This pipeline's own counts are not read. Thread-safe, also while {@code counts} is
     * being filled.
     */
    public Drafted draft(Article article, Boilerplate.Builder counts) {
        Analyzer.DraftedTokens d = analyzers.get().draftTokens(article, counts, shingler);
        TermDraft t = terms ? TermDraft.of(tallies.get(), d.body(), d.bodyHashes(), article.text(), d.spanEnds(), d.pending(), d.title()) : null;
        return new Drafted(new StoryDraft(d.drafted().draft(), t), d.drafted().keys());
    }

    /** A {@link StoryDraft} and the line keys its article adds to the input-wide counts. */
    public record Drafted(StoryDraft draft, Boilerplate.LineKeys keys) {}

    /** An article's shingle and term drafts ({@link #draft}). */
    public record StoryDraft(ShingleDraft shingles, TermDraft terms) {}

    /** The shingles, their signature and the index terms of a draft, with this pipeline's counts (which must be complete). */
    public record Resolved(ShingleSet shingles, Signature signature, ArticleTerms terms) {}

    /**
     * A draft made by {@link #draft} (of any pipeline with this one's config) resolved with this
     * pipeline's counts: the shingles, signature and terms {@link #fingerprint} gives its article.
     */
    public Resolved resolve(StoryDraft draft) {
        ShingleSet shingles = draft.shingles().resolve(boilerplate, shingler);
        return new Resolved(shingles, minHasher.sign(shingles), draft.terms() == null ? ArticleTerms.EMPTY : draft.terms().resolve(boilerplate));
    }

    /** Analyzes an article (cleaned spans and tokens with offsets, as {@code explain} shows them) with this pipeline's stages. */
    public AnalyzedArticle analyze(Article article) {
        return analyzers.get().analyze(-1, article);
    }
}
