package io.copydesk.engine;

import java.util.List;

/**
 * Articles that are all the same story; the canonical copy comes first, scores are against it. A member is a verified
 * duplicate of some other member, not always of the canonical copy: copies and versions chain (B a copy of A and C of
 * B), and a member's scores below both thresholds tell one that is in the group through others. A brief joins the
 * group of one article that contains it, and is never the canonical copy over it ({@link GroupRules}).
 */
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
