package io.copydesk.eval;

import io.copydesk.document.ArticleJson;
import io.copydesk.document.RecordFields;
import io.copydesk.internal.json.Json;
import io.copydesk.internal.json.JsonException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readers for the JSONL inputs of the evaluation. Unknown fields are ignored, blank lines skipped;
 * a bad line throws an {@link EvalDataException} naming the file and the 1-based line, and an
 * unreadable file an {@link IOException}. Ids may be strings or integers.
 */
public final class EvalFiles {
    private EvalFiles() {}

    /**
     * Gold labels: {@code {"id": .., "cluster": ..}} per line; the cluster may be a string or a
     * number (3 and "3" are the same cluster); a line without a cluster (or with null) is a singleton.
     * Article files with a {@code cluster} field are gold files as they are.
     */
    public static Clustering readGold(Path file) throws IOException {
        return readGold(file, "cluster");
    }

    /** Gold labels from another field, e.g. {@code dup_group} for duplicate groups. */
    public static Clustering readGold(Path file, String field) throws IOException {
        Clustering.Builder gold = Clustering.builder();
        JsonlFile.forEachObject(file, record -> addGold(gold, record, field, Fields.id(record, "id")));
        return gold.build();
    }

    /**
     * Gold labels from each of {@code fields} of the records of input {@code i} of {@code inputs} (JSONL, a JSON list,
     * CSV: as the articles are read), in one read, each record's id read as the articles' ids are ({@code articleFields}: its
     * field, or the first of the id's other names the record has, or its place for {@link RecordFields#PLACE}): element
     * {@code i} is from {@code fields.get(i)}.
     */
    public static List<Clustering> readGold(io.copydesk.document.InputSet inputs, int input, List<String> fields, RecordFields articleFields)
            throws IOException {
        List<Clustering.Builder> gold = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) gold.add(Clustering.builder());
        inputs.eachRecord(input, (where, json) -> {
            if (json == null) throw new EvalDataException(where + ": not valid UTF-8");
            try {
                Map<String, Object> record = Json.parseObject(json);
                String id = articleFields.idByPlace() ? where : Fields.id(ArticleJson.idValue(record, articleFields), articleFields.field("id"));
                for (int i = 0; i < fields.size(); i++) addGold(gold.get(i), record, fields.get(i), id);
            } catch (JsonException e) {
                throw new EvalDataException(where + ": " + e.getMessage());
            }
        });
        List<Clustering> out = new ArrayList<>(fields.size());
        for (Clustering.Builder b : gold) out.add(b.build());
        return out;
    }

    private static void addGold(Clustering.Builder gold, Map<String, Object> record, String field, String id) {
        if (!gold.add(id, Fields.label(record, field))) throw new JsonException("id \"" + id + "\" is listed twice");
    }

    /**
     * A predicted clustering: one cluster per line, {@code {"cluster": n, "members": [..]}}, or a
     * duplicate group {@code {"group": n, "members": [..]}}; members are ids or objects with an
     * {@code id}. Each line is its own cluster whatever its number; an id may be in one cluster only.
     */
    public static Clustering readClusters(Path file) throws IOException {
        Clustering.Builder pred = Clustering.builder();
        int[] lines = {0};
        JsonlFile.forEachObject(file, record -> {
            String label = Integer.toString(lines[0]++);
            for (Object member : Fields.array(record, "members")) {
                String id = Fields.member(member, "a member");
                if (!pred.add(id, label)) throw new JsonException("id \"" + id + "\" is in more than one cluster");
            }
        });
        return pred.build();
    }

    /**
     * Related-story results: {@code {"id": q, "related": [{"id": .., "score": .., "relation": ..}, ..]}}
     * per query, best first; entries may also be plain ids. A query may appear once.
     */
    public static List<Ranking> readRelated(Path file) throws IOException {
        List<Ranking> rankings = new ArrayList<>();
        Set<String> queries = new HashSet<>();
        JsonlFile.forEachObject(file, record -> {
            String query = Fields.id(record, "id");
            if (!queries.add(query)) throw new JsonException("query \"" + query + "\" is listed twice");
            List<String> results = new ArrayList<>();
            for (Object entry : Fields.array(record, "related")) results.add(Fields.member(entry, "a related entry"));
            rankings.add(new Ranking(query, results));
        });
        return rankings;
    }

    /**
     * Truth pairs {@code {"a": .., "b": .., "jaccard": x, ...}} with their Jaccard similarity in
     * [0, 1], or NaN when a pair has none (the truth pairs of {@code generate} name duplicates by
     * construction, without a score); a pair listed again (in either order) keeps its first value.
     */
    public static Map<IdPair, Double> readTruthPairs(Path file) throws IOException {
        Map<IdPair, Double> truth = new LinkedHashMap<>();
        JsonlFile.forEachObject(file, record -> truth.putIfAbsent(pair(record),
                record.get("jaccard") == null ? Double.NaN : Fields.unitInterval(record, "jaccard")));
        return truth;
    }

    /** Predicted pairs {@code {"a": .., "b": .., ...}}; scores are not needed, repeats collapse. */
    public static Set<IdPair> readPairs(Path file) throws IOException {
        Set<IdPair> pairs = new LinkedHashSet<>();
        JsonlFile.forEachObject(file, record -> pairs.add(pair(record)));
        return pairs;
    }

    private static IdPair pair(Map<String, Object> record) {
        String a = Fields.id(record, "a");
        String b = Fields.id(record, "b");
        if (a.equals(b)) throw new JsonException("\"a\" and \"b\" are the same id \"" + a + "\"");
        return new IdPair(a, b);
    }
}
