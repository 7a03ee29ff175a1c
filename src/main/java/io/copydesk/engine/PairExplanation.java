package io.copydesk.engine;

import io.copydesk.analysis.Span;
import java.util.List;

/**
 * Why two articles are or are not duplicates: the exact scores, the MinHash estimate, the passages
 * they share and what boilerplate was ignored in each.
 *
 * @param textA           the text a's shingles were made from and {@code sharedA} points into: its body, or its title
 *                        when no word of the body is left ({@link #sharedInTitleA})
 * @param bodyA           a's body, which {@code removedA} points into
 * @param containmentAinB share of a's shingles found in b
 * @param containmentBinA share of b's shingles found in a
 * @param sharedA         passages of {@code textA} whose shingles also occur in b
 * @param sharedB         passages of {@code textB} whose shingles also occur in a
 * @param removedA        lines of a's body ignored as boilerplate, with reasons
 * @param titleSharedA    passages of a's title whose shingles also occur in b, when its title's shingles joined its
 *                        body's short set ({@link io.copydesk.analysis.AnalysisConfig#titleBelow}); else null
 * @param figuresA        a's figure codes ({@link io.copydesk.analysis.ShingleSet#figureCodes}: its figures, each run
 *                        of figures a shingle holds counted once)
 * @param sharedFigures   figure codes of both
 * @param figuresDiffer   whether the figures tell the two apart ({@link io.copydesk.verify.DuplicateRule#figuresDiffer})
 * @param figuresOnlyA    the figures of {@code textA} whose codes b does not hold, as runs of its text ("2.7", "31,400")
 */
public record PairExplanation(ArticleMeta a, ArticleMeta b, String textA, String textB, String bodyA, String bodyB, int shinglesA, int shinglesB,
                              int sharedShingles, double jaccard, double containmentAinB, double containmentBinA,
                              double minhashEstimate, int hashes, boolean duplicate, String verdict,
                              List<Span> sharedA, List<Span> sharedB, List<Span> removedA, List<Span> removedB,
                              List<Span> titleSharedA, List<Span> titleSharedB, int figuresA, int figuresB, int sharedFigures,
                              boolean figuresDiffer, List<Span> figuresOnlyA, List<Span> figuresOnlyB) {
    /** Whether a's shingles and shared passages are its title's: every line of its body was removed, or it had none. */
    public boolean sharedInTitleA() {
        return !textA.equals(bodyA);
    }

    /** As {@link #sharedInTitleA} for b. */
    public boolean sharedInTitleB() {
        return !textB.equals(bodyB);
    }
}
