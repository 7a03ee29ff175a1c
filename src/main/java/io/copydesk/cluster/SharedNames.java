package io.copydesk.cluster;

import java.util.function.IntPredicate;

/**
 * What two clusters must share to merge: at least {@code least} terms that are names. Two events of
 * one kind (two chemical fires, two summits) share the words of their kind, which can outweigh
 * everything else where a collection is small; two events of one storyline share the names of its
 * people and places. Requiring two names, not one, keeps a town's fire from joining its library's
 * opening. {@link #NONE} asks for nothing.
 *
 * @param least     names the two must share (0: none)
 * @param isName    which term ids are names
 */
public record SharedNames(int least, IntPredicate isName) {
    public static final SharedNames NONE = new SharedNames(0, t -> true);

    public SharedNames {
        if (least < 0) throw new IllegalArgumentException("least must be >= 0, was " + least);
    }

    boolean isName(int term) {
        return isName.test(term);
    }
}
