package io.copydesk.fingerprint;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.AnalyzedArticle;
import io.copydesk.analysis.Analyzer;
import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Shingler;
import io.copydesk.analysis.StopWords;
import io.copydesk.analysis.TermFilter;
import io.copydesk.analysis.opennlp.OpenNlpStemmer;
import io.copydesk.document.Article;
import io.copydesk.minhash.MinHasher;
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
        this.tallies = ThreadLocal.withInitial(() -> new TermTally(new TermFilter(StopWords.english(), new OpenNlpStemmer())));
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
        ShingleSet shingles = shingler.shingles(analyzed.tokens());
        ArticleTerms counted = terms ? tallies.get().count(analyzed.tokens(), analyzed.titleTokens()) : ArticleTerms.EMPTY;
        Boilerplate.LineKeys lines = !keys ? Boilerplate.LineKeys.NONE : analyzed.lineKeys() != null ? analyzed.lineKeys() : lineKeys.lineKeys(a);
        return new Fingerprint(config.seed(), config.shingle(), analyzed.fromTitle(), terms && keys, a.id(), a.title(), a.source(), a.url(),
                a.date(), a.text().length(), lines, analyzed.clean().kept(), analyzed.clean().removed(),
                shingles, minHasher.sign(shingles), counted);
    }

    /** Analyzes an article (cleaned spans and tokens with offsets, as {@code explain} shows them) with this pipeline's stages. */
    public AnalyzedArticle analyze(Article article) {
        return analyzers.get().analyze(-1, article);
    }
}
