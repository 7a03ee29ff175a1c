package io.copydesk.engine;

import io.copydesk.document.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Articles held in memory, with every use case answered in article ids: duplicate groups, related
 * coverage and stories. For a service that has its articles as objects rather than files. Each
 * answer is computed on first use and kept; the collection is immutable (build a new one to add
 * articles, or use {@link DuplicateIndex} for a stream of additions). No argument may be null: a
 * {@link NullPointerException} names it (or a null article's position in the list). Thread-safe.
 *
 * <pre>{@code
 * NewsCollection news = NewsCollection.of(articles);
 * for (NewsCollection.Duplicates d : news.duplicates()) System.out.println(d.canonical() + " " + d.copies());
 * List<RelatedHit> hits = news.related("wire/quake-1", 5);
 * List<NewsCollection.Story> stories = news.stories();
 * }</pre>
 */
public final class NewsCollection {
    private final Corpus corpus;
    private final ClusterConfig config;
    private DedupResult dedup;
    private RelatedStories related;
    private List<Story> stories;

    private NewsCollection(Corpus corpus, ClusterConfig config) {
        this.corpus = corpus;
        this.config = config;
    }

    /** The articles with the default settings; throws {@link IllegalArgumentException} naming a repeated id. */
    public static NewsCollection of(java.util.Collection<Article> articles) {
        return of(articles, ClusterConfig.DEFAULT);
    }

    /** The articles with these settings (duplicates, related stories and clusters all read theirs from {@code config}). */
    public static NewsCollection of(java.util.Collection<Article> articles, ClusterConfig config) {
        Objects.requireNonNull(config, "config");
        return new NewsCollection(Corpus.of(articles, config.related().analysis(), config.related().threads()), config);
    }

    /** As {@link #of(java.util.Collection)}, for a stream (consumed here). */
    public static NewsCollection of(Stream<Article> articles) {
        return of(articles, ClusterConfig.DEFAULT);
    }

    /** As {@link #of(java.util.Collection, ClusterConfig)}, for a stream (consumed here). */
    public static NewsCollection of(Stream<Article> articles, ClusterConfig config) {
        return of(Objects.requireNonNull(articles, "articles").toList(), config);
    }

    public int size() {
        return corpus.size();
    }

    /** Groups of verified duplicates, each led by its canonical copy, in input order of the canonical copies. */
    public synchronized List<Duplicates> duplicates() {
        if (dedup == null) dedup = related != null ? related.dedup() : new NearDuplicates(config.related().dedup()).find(corpus, Progress.NONE);
        List<Duplicates> out = new ArrayList<>(dedup.groups().size());
        for (DuplicateGroup g : dedup.groups()) {
            List<Duplicates.Copy> copies = new ArrayList<>(g.members().size() - 1);
            for (DuplicateGroup.Member m : g.members()) {
                if (m.index() != g.canonical()) copies.add(new Duplicates.Copy(id(m.index()), m.jaccard(), m.containment()));
            }
            out.add(new Duplicates(id(g.canonical()), copies));
        }
        return out;
    }

    /**
     * Articles related to the one with this id: its verified duplicates first, then the {@code k}
     * best related articles by TF-IDF cosine × time weight. Throws {@link IllegalArgumentException}
     * for an unknown id.
     *
     * @param k related articles wanted beyond the duplicates, at least 0 ({@link Integer#MAX_VALUE}: all that reach the minimum score)
     */
    public List<RelatedHit> related(String id, int k) {
        int i = corpus.indexOf(id);
        if (i < 0) throw new IllegalArgumentException("no article with id " + id);
        return relatedStories().related(i, k);
    }

    /**
     * Ranks an article not in the collection against it: every article of the collection it
     * duplicates first (verified, whatever their dates), then the {@code k} best related ones. The
     * collection's article with its id, if any, is left out.
     *
     * @param k related articles wanted beyond the duplicates, at least 0 ({@link Integer#MAX_VALUE}: all that reach the minimum score)
     */
    public List<RelatedHit> query(Article article, int k) {
        return relatedStories().query(article, k);
    }

    /** Every article in exactly one story, largest stories first. */
    public synchronized List<Story> stories() {
        if (stories == null) {
            ClusterResult r = new StoryClusters(config).cluster(relatedStories(), Progress.NONE);
            List<Story> out = new ArrayList<>(r.clusters().size());
            for (StoryCluster c : r.clusters()) out.add(new Story(c.label(), c.members().stream().map(this::id).toList()));
            stories = List.copyOf(out);
        }
        return stories;
    }

    private synchronized RelatedStories relatedStories() {
        if (related == null) related = RelatedStories.build(corpus, config.related(), Progress.NONE);
        return related;
    }

    private String id(int index) {
        return corpus.articles().get(index).id();
    }

    /**
     * A canonical article and its copies, as {@code dedup} groups them ({@link DuplicateGroup}): each a verified
     * duplicate of some member, not always of the canonical article (copies chain; a copy's scores against the
     * canonical below both thresholds tell one that is in the group through others).
     */
    public record Duplicates(String canonical, List<Copy> copies) {
        public Duplicates {
            copies = List.copyOf(copies);
        }

        /** A copy with its exact Jaccard similarity to the canonical article and the containment of the smaller in the larger. */
        public record Copy(String id, double jaccard, double containment) {}
    }

    /** One story: a label from its distinctive words and its articles' ids. */
    public record Story(String label, List<String> ids) {
        public Story {
            ids = List.copyOf(ids);
        }
    }
}
