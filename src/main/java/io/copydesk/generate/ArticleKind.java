package io.copydesk.generate;

/** The ground-truth role of a generated article within its event and duplicate group. */
public enum ArticleKind {
    /** The first article about an event; heads its duplicate group. */
    ORIGINAL("original"),
    /** Another independently written article about the same event (related, not a duplicate). */
    RELATED("related"),
    /** The first article about a same-kind twin event: the same kind of happening, other names, months away. */
    DISTRACTOR("distractor"),
    /** The first article about a later event of the same storyline: the same names, new facts, days to weeks later. */
    FOLLOW_UP("follow-up"),
    /** A republished copy on another site, with word-level edits at the edit rate. */
    COPY("copy"),
    /** The first few sentences of an article, unchanged: contained in it. */
    BRIEF("brief"),
    /** The whole article, unchanged, with a paragraph added: contains it. */
    UPDATE("update");

    private final String label;

    ArticleKind(String label) {
        this.label = label;
    }

    /** The lower-case name used in JSONL output. */
    public String label() {
        return label;
    }

    /** Whether this article repeats another one (it is never the head of its duplicate group). */
    public boolean isDuplicate() {
        return this == COPY || this == BRIEF || this == UPDATE;
    }
}
