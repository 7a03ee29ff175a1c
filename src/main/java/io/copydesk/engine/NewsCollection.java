package io.copydesk.engine;

import io.copydesk.document.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Articles held in memory, with every use case answered in article ids: duplicate groups, related
 * coverage labelled by level, events and storylines. For a service that has its articles as objects
 * rather than files; the answers are those of the command line's {@code dedup}, {@code related} and
 * {@code cluster} on the same articles and settings. Each answer is computed on first use and kept;
 * the collection is immutable (build a new one to add articles, or use {@link DuplicateIndex} for a
 * stream of additions). No argument may be null: a {@link NullPointerException} names it (or a null
 * article's position in the list). Thread-safe.
 *
 * <pre>{@code
 * NewsCollection news = NewsCollection.of(articles);
 * for (NewsCollection.Duplicates d : news.duplicates()) System.out.println(d.canonical() + " " + d.copies());
 * List<RelatedHit> hits = news.related("wire/quake-1", 5);      // duplicate, event, storyline, related
 * for (NewsCollection.Storyline s : news.storylines()) System.out.println(s.label() + ": " + s.events().size() + " events");
 * }</pre>
 */
public final class NewsCollection {
    private final Corpus corpus;
    private final ClusterConfig config;
    private DedupResult dedup;
    private RelatedStories related;
    private ClusterResult clusters;
    private List<Story> stories;
    private List<Storyline> storylines;

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
     * Articles related to the one with this id, as {@code related --id} lists them: its verified duplicates first,
     * then the {@code k} best others by TF-IDF cosine × time weight, each labelled with the level it shares with
     * this article ({@link RelatedHit.Relation}: the same event, another event of its storyline, or only related)
     * and ordered by that level, then score. Members of its event or storyline that the time window keeps out of
     * the ranking are listed too, by their cosine. The first call clusters the collection ({@link #storylines()}),
     * which {@link #related(String, int, boolean)} without levels skips. Throws {@link IllegalArgumentException}
     * for an unknown id.
     *
     * @param k related articles wanted beyond the duplicates, at least 0 ({@link Integer#MAX_VALUE}: all that reach the minimum score)
     */
    public List<RelatedHit> related(String id, int k) {
        return related(id, k, true);
    }

    /**
     * As {@link #related(String, int)} with {@code levels}; without, as {@code related --no-levels}: ranked by score
     * alone, each hit a {@code duplicate} (in this article's duplicate group) or {@code related}, and no clustering.
     */
    public List<RelatedHit> related(String id, int k, boolean levels) {
        int i = corpus.indexOf(id);
        if (i < 0) throw new IllegalArgumentException("no article with id " + id);
        if (!levels) return relatedStories().related(i, k);
        return new RelatedLevels(relatedStories(), clusters()).related(i, k);
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

    /** Every article in exactly one event (a story), largest first, as {@code cluster} prints them. */
    public synchronized List<Story> stories() {
        if (stories == null) stories = clusters().clusters().stream().map(this::story).toList();
        return stories;
    }

    /**
     * Every event in exactly one storyline, largest first, as {@code cluster --level storyline} prints them: a
     * storyline is a thread of events (the rounds of the same talks, a disaster and its inquiry), each event its
     * articles and the duplicate groups among them.
     */
    public synchronized List<Storyline> storylines() {
        if (storylines == null) {
            List<Story> events = stories();
            List<Storyline> out = new ArrayList<>(clusters().storylines().size());
            for (io.copydesk.engine.Storyline s : clusters().storylines()) {
                out.add(new Storyline(s.label(), ids(s.members()), s.events().stream().map(events::get).toList()));
            }
            storylines = List.copyOf(out);
        }
        return storylines;
    }

    private synchronized ClusterResult clusters() {
        if (clusters == null) clusters = new StoryClusters(config).cluster(relatedStories(), Progress.NONE);
        return clusters;
    }

    private Story story(StoryCluster c) {
        return new Story(c.label(), ids(c.members()), c.duplicates().stream().map(this::ids).toList());
    }

    private List<String> ids(List<Integer> indices) {
        return indices.stream().map(this::id).toList();
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

    /**
     * One event (a story): a label from its distinctive words, its articles' ids (the one closest to its centre
     * first, then in input order) and the duplicate groups among them (each two ids or more, its canonical copy first).
     */
    public record Story(String label, List<String> ids, List<List<String>> duplicates) {
        public Story {
            ids = List.copyOf(ids);
            duplicates = duplicates.stream().map(List::copyOf).toList();
        }
    }

    /** One storyline: a label, its articles' ids (the one closest to its centre first) and its events, largest first. */
    public record Storyline(String label, List<String> ids, List<Story> events) {
        public Storyline {
            ids = List.copyOf(ids);
            events = List.copyOf(events);
        }
    }
}
