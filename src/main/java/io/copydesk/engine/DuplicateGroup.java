package io.copydesk.engine;

import java.util.List;

/** Articles that are all the same story; the canonical copy comes first, scores are against it. */
public record DuplicateGroup(List<Member> members) {
    public DuplicateGroup {
        members = List.copyOf(members);
    }

    /** One article of a group; the canonical has scores 1.0. */
    public record Member(int index, double jaccard, double containment) {}

    public int canonical() {
        return members.getFirst().index();
    }
}
