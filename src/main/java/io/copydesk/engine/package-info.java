/**
 * The use cases, for articles in files ({@link io.copydesk.engine.Corpus}) or in memory ({@link
 * io.copydesk.engine.NewsCollection}, {@link io.copydesk.engine.DuplicateIndex}): duplicate groups ({@link
 * io.copydesk.engine.NearDuplicates}), related coverage ({@link io.copydesk.engine.RelatedStories}) and stories as
 * events and storylines ({@link io.copydesk.engine.StoryClusters}), configured by records with {@code with} methods.
 */
package io.copydesk.engine;
