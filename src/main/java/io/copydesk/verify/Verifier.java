package io.copydesk.verify;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.fingerprint.Fingerprint;

/**
 * Exact verification of candidate pairs: every pair MinHash or anchors propose is scored on the
 * exact shingle sets, so reported scores never depend on the sketch. Thread-safe.
 */
public final class Verifier {
    private final DuplicateRule rule;

    public Verifier(DuplicateRule rule) {
        this.rule = java.util.Objects.requireNonNull(rule, "rule");
    }

    public DuplicateRule rule() {
        return rule;
    }

    /** The overlap of two sets when they are duplicates under the rule, else null. */
    public Overlap verify(ShingleSet a, ShingleSet b) {
        if (a.isEmpty() || b.isEmpty()) return null;
        // Most candidates are not duplicates (on real pages nearly all: shared furniture, same-site
        // anchors), and the count stops as soon as the shingles left cannot reach the rule's least.
        // At or above that least the rule holds (leastShared is where isDuplicate turns true).
        int need = rule.leastShared(a.size(), b.size());
        int shared = a.intersectionSizeAtLeast(b, need);
        return shared < need || rule.figuresDiffer(a, b) ? null : new Overlap(shared, a.size(), b.size());
    }

    /** As {@link #verify(ShingleSet, ShingleSet)} for two fingerprints; throws when they were made with different settings. */
    public Overlap verify(Fingerprint a, Fingerprint b) {
        a.checkComparable(b);
        return verify(a.shingles(), b.shingles());
    }
}
