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
        Overlap o = Overlap.of(a, b);
        return rule.isDuplicate(o) ? o : null;
    }

    /** As {@link #verify(ShingleSet, ShingleSet)} for two fingerprints; throws when they were made with different settings. */
    public Overlap verify(Fingerprint a, Fingerprint b) {
        a.checkComparable(b);
        return verify(a.shingles(), b.shingles());
    }
}
