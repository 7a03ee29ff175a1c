package io.copydesk.engine;

/**
 * One article related to a query.
 *
 * @param index    the related article's position in the collection
 * @param score    TF-IDF cosine times the time weight (duplicates: the plain cosine)
 * @param relation {@link Relation#duplicate} when dedup verified the pair, else {@link Relation#related}
 */
public record RelatedHit(int index, String id, double score, Relation relation) {
    public enum Relation { duplicate, related }
}
