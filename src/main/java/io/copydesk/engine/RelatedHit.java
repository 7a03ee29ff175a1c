package io.copydesk.engine;

/**
 * One article related to a query.
 *
 * @param index    the related article's position in the collection
 * @param score    TF-IDF cosine times the time weight (duplicates: the plain cosine)
 * @param relation the closest level the hit shares with the query
 */
public record RelatedHit(int index, String id, double score, Relation relation) {
    /**
     * How close a hit is, closest first: {@code duplicate} (in the query's duplicate group: the same text, by itself or a chain of copies),
     * {@code event} (the same happening), {@code storyline} (another event of the same thread),
     * {@code related} (similar, but neither). Without a clustering only duplicate and related are used.
     */
    public enum Relation { duplicate, event, storyline, related }
}
