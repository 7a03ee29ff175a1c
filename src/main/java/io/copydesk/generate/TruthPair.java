package io.copydesk.generate;

import io.copydesk.internal.json.JsonWriter;

/**
 * Two articles of one duplicate group. The kind names the relation: {@code brief} when either is
 * a brief (the shorter is contained in the longer), else {@code update} when either is an update,
 * else {@code copy} (near-identical bodies).
 */
public record TruthPair(String a, String b, ArticleKind kind) {

    static TruthPair of(GeneratedArticle a, GeneratedArticle b) {
        ArticleKind kind;
        if (a.kind() == ArticleKind.BRIEF || b.kind() == ArticleKind.BRIEF) kind = ArticleKind.BRIEF;
        else if (a.kind() == ArticleKind.UPDATE || b.kind() == ArticleKind.UPDATE) kind = ArticleKind.UPDATE;
        else kind = ArticleKind.COPY;
        return new TruthPair(a.id(), b.id(), kind);
    }

    public String toJson() {
        return new JsonWriter().beginObject().field("a", a).field("b", b).field("kind", kind.label()).endObject().toString();
    }
}
