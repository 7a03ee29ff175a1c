package io.copydesk.report;

import io.copydesk.document.ArticleJson;
import io.copydesk.document.ArticleRecord;
import io.copydesk.engine.ArticleLevels;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.DuplicateGroup;
import io.copydesk.internal.json.Json;
import io.copydesk.internal.json.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every accepted input record written back as JSONL with the run's verdicts added: a JSONL record
 * keeps its text exactly as read (every field, value, number form and key order), with fields
 * appended before its closing brace; a record from a text file is written with the input field
 * names. Added fields: {@code dup_group} (the group number dedup prints, or null), {@code canonical}
 * (the id of the group's canonical copy; the record's own id when it is that copy or in no group,
 * so {@code canonical == id} marks the records a deduplicated collection keeps), {@code jaccard}
 * and {@code containment} against the canonical copy (null in no group), and after clustering
 * {@code event} and {@code storyline} (the numbers cluster prints at each level). When a record already has a field of one of these names, it is
 * left as it is and the added one is prefixed {@code copydesk_}.
 */
public final class AnnotatedRecords {
    static final String PREFIX = "copydesk_";

    private final List<ArticleMeta> articles;
    private final List<DuplicateGroup> groups;
    private final int[] groupOf;  // -1: in no group
    private final int[] memberOf; // position in its group
    private final ArticleLevels levels; // null: duplicates only

    private AnnotatedRecords(DedupResult dedup, ArticleLevels levels) {
        this.articles = dedup.articles();
        this.groups = dedup.groups();
        this.levels = levels;
        this.groupOf = new int[articles.size()];
        this.memberOf = new int[articles.size()];
        Arrays.fill(groupOf, -1);
        for (int g = 0; g < groups.size(); g++) {
            List<DuplicateGroup.Member> members = groups.get(g).members();
            for (int k = 0; k < members.size(); k++) {
                groupOf[members.get(k).index()] = g;
                memberOf[members.get(k).index()] = k;
            }
        }
    }

    /** Annotations of dedup: group, canonical copy and scores. */
    public static AnnotatedRecords of(DedupResult dedup) {
        return new AnnotatedRecords(dedup, null);
    }

    /** Annotations of cluster: those of dedup, plus event and storyline. */
    public static AnnotatedRecords of(ClusterResult stories) {
        return new AnnotatedRecords(stories.dedup(), stories.levels());
    }

    /** The names of the added fields, in the order they are written. */
    public List<String> fields() {
        return levels == null ? List.of("dup_group", "canonical", "jaccard", "containment")
                : List.of("dup_group", "canonical", "jaccard", "containment", "event", "storyline");
    }

    /**
     * Re-reads the corpus and writes each accepted record with its annotations to {@code out};
     * {@code warn} hears once about each added name that collides with a field of the input.
     */
    public void write(Corpus corpus, Writer out, Consumer<String> warn) {
        write(corpus, out, warn, () -> {});
    }

    /** As {@link #write(Corpus, Writer, Consumer)}, calling {@code written} after each record (for progress). */
    public void write(Corpus corpus, Writer out, Consumer<String> warn, Runnable written) {
        Set<String> renamed = new LinkedHashSet<>();
        corpus.forEachRecord((record, index) -> {
            try {
                out.write(annotate(record, index, renamed, warn));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.run();
        });
    }

    private String annotate(ArticleRecord record, int index, Set<String> renamed, Consumer<String> warn) {
        String base = asRead(record);
        Set<String> present = Json.parseObject(base).keySet();
        JsonWriter w = new JsonWriter();
        for (String field : fields()) {
            String name = field;
            if (present.contains(field)) {
                name = PREFIX + field;
                if (renamed.add(field)) warn.accept("input records have a \"" + field + "\" field of their own; kept, and copydesk's is written as \"" + name + "\"");
            }
            w.name(name);
            value(w, field, index);
        }
        return appendFields(base, w.toString());
    }

    private void value(JsonWriter w, String field, int i) {
        int g = groupOf[i];
        DuplicateGroup.Member m = g < 0 ? null : groups.get(g).members().get(memberOf[i]);
        switch (field) {
            case "dup_group" -> { if (g < 0) w.nullValue(); else w.value(g + 1); }
            case "canonical" -> w.value(articles.get(g < 0 ? i : groups.get(g).canonical()).id());
            case "jaccard" -> { if (m == null) w.nullValue(); else w.value(m.jaccard()); }
            case "containment" -> { if (m == null) w.nullValue(); else w.value(m.containment()); }
            case "event" -> w.value(levels.event(i) + 1);
            case "storyline" -> w.value(levels.storyline(i) + 1);
            default -> throw new IllegalArgumentException(field);
        }
    }

    /** A record's JSON text as read, or a text-file article as JSON with the input field names. */
    public static String asRead(ArticleRecord r) {
        String raw = r.raw(); // decoded at each call
        return raw == null ? ArticleJson.toLine(r.article()) : raw.strip();
    }

    /**
     * A JSON object's text with {@code fields} ({@code "name":value} pairs joined by commas, as a
     * {@link JsonWriter} with no enclosing object writes them) added before its closing brace.
     */
    static String appendFields(String object, String fields) {
        int close = object.lastIndexOf('}');
        if (close < 0) throw new IllegalArgumentException("not a JSON object: " + object);
        String head = object.substring(0, close).stripTrailing();
        boolean empty = head.endsWith("{");
        return head + (empty ? "" : ",") + fields + "}";
    }
}
