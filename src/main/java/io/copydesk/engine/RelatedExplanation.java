package io.copydesk.engine;

import java.time.Duration;
import java.util.List;

/**
 * Why two articles are (or are not) related coverage.
 *
 * @param cosine     TF-IDF cosine of the two vectors
 * @param timeWeight weight the time gap gives (1 without dates or with time awareness off)
 * @param score      {@code cosine × timeWeight}, the related score
 * @param gap        time between the two dates (a date-only value covers its day), null if a date is missing
 * @param duplicate  whether dedup verified the pair as duplicates
 * @param shared     terms both hold, largest contribution first; contributions add up to the cosine
 */
public record RelatedExplanation(String a, String b, double cosine, double timeWeight, double score, Duration gap,
                                 boolean duplicate, List<SharedTerm> shared) {
    public RelatedExplanation {
        shared = List.copyOf(shared);
    }

    /**
     * A term both articles hold.
     *
     * @param term         the index term (a stem)
     * @param word         a readable form of it
     * @param weightA      its TF-IDF weight in article a
     * @param weightB      its TF-IDF weight in article b
     * @param contribution {@code weightA × weightB}, its share of the cosine
     */
    public record SharedTerm(String term, String word, double weightA, double weightB, double contribution) {}
}
