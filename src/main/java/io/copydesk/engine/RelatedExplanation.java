package io.copydesk.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Why two articles are (or are not) related coverage.
 *
 * @param cosine     TF-IDF cosine of the two vectors
 * @param timeWeight weight the time gap gives (1 without dates or with time awareness off)
 * @param score      the score {@code related} lists the pair with: {@code cosine × timeWeight}, or the cosine
 *                   alone when {@code byCosine}
 * @param byCosine   whether {@code related} lists the pair by its cosine alone, whatever the time weight: a verified
 *                   duplicate, or a member of the same event or storyline that the time window keeps out
 * @param gap        time between the dates the pair is scored at (a date-only value covers its day), null if a date
 *                   is missing
 * @param placedA    the date article a is scored at when it has none of its own (that of its most similar dated
 *                   article: see the README's undated articles), else null
 * @param placedB    the same for article b
 * @param duplicate  whether dedup verified the pair as duplicates
 * @param shared     terms both hold, largest contribution first; contributions add up to the cosine
 * @param namesNeeded names two storylines must share to merge (0 where the collection tells no names apart)
 */
public record RelatedExplanation(String a, String b, double cosine, double timeWeight, double score, boolean byCosine, Duration gap,
                                 Instant placedA, Instant placedB, boolean duplicate, List<SharedTerm> shared, int namesNeeded) {
    public RelatedExplanation {
        shared = List.copyOf(shared);
    }

    /** This pair scored by its cosine alone, as {@code related} lists a member of the query's event or storyline beyond the window. */
    RelatedExplanation listedByCosine() {
        return new RelatedExplanation(a, b, cosine, timeWeight, cosine, true, gap, placedA, placedB, duplicate, shared, namesNeeded);
    }

    /**
     * A term both articles hold.
     *
     * @param term         the index term (a stem)
     * @param word         a readable form of it
     * @param weightA      its TF-IDF weight in article a
     * @param weightB      its TF-IDF weight in article b
     * @param contribution {@code weightA × weightB}, its share of the cosine
     * @param name         whether the collection writes it as a name (never where it tells no names apart)
     */
    public record SharedTerm(String term, String word, double weightA, double weightB, double contribution, boolean name) {}

    /** How many of the shared terms are names. */
    public int sharedNames() {
        int n = 0;
        for (SharedTerm t : shared) if (t.name()) n++;
        return n;
    }
}
