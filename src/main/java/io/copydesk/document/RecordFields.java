package io.copydesk.document;

import io.copydesk.internal.json.JsonBytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which field of a JSONL record each part of an article is read from: {@code id}, {@code title}, {@code text},
 * {@code date}, {@code source} and {@code url} by default, or where a record has none of that name, the part's names in
 * well-known datasets ({@code content} or {@code maintext} for the text, {@code publishedAt} for the date); a collection
 * that names a part otherwise is read {@link #with} its name ({@code --field text=article_body}), from that field only.
 * Two parts may be read from one field ({@code --field id=url}). Immutable.
 */
public final class RecordFields {
    /** The parts of an article, in the order of {@link #key}. */
    public static final List<String> PARTS = List.of("id", "title", "text", "date", "source", "url");
    static final int ID = 0, TITLE = 1, TEXT = 2, DATE = 3, SOURCE = 4, URL = 5;

    /**
     * The names collections give each part (in the order of {@link #PARTS}), tried in turn for a part read from its own
     * name where a record has no such field (or an object there, as NewsAPI's {@code source}): news-please's
     * {@code maintext} and {@code date_publish}, NewsAPI's {@code content}, {@code publishedAt} and {@code source.name},
     * Kaggle's {@code content} and {@code publication}, HuffPost's {@code headline}, {@code link} and
     * {@code short_description}, Webhose's {@code uuid} and {@code published}, MongoDB's {@code _id}, CC-News's
     * {@code url} as the id, AG News's {@code description}, MIND's {@code abstract}. A body comes before a summary.
     */
    private static final List<List<String>> OTHER_NAMES = List.of(
            List.of("uuid", "_id", "doc_id", "article_id", "news_id", "guid", "url", "link"),
            List.of("headline", "heading"),
            List.of("content", "body", "maintext", "article", "full_text", "fulltext", "article_text", "story", "description", "abstract",
                    "summary", "short_description"),
            List.of("published", "publishedAt", "published_at", "date_publish", "datePublished", "pubDate", "pub_date", "publish_date",
                    "publication_date", "timestamp", "created_at"),
            List.of("source.name", "publication", "publisher", "outlet", "source_domain", "domain", "site", "source_name"),
            List.of("link", "URL", "permalink", "canonical_url", "article_url"));

    /**
     * The id's field name that names each record by its place instead, {@code FILE:LINE} (the line it starts on), for a
     * collection without ids ({@code --field id=@line}).
     */
    public static final String PLACE = "@line";

    /** Each part read from the field of its own name. */
    public static final RecordFields DEFAULT = new RecordFields(PARTS.toArray(String[]::new));

    private final String[] keys;
    private final String records; // the path of the list of records in each top-level object, or null
    private final JsonBytes.Names names; // the distinct candidate names, for the byte parser; null when one is not ASCII
    private final String[][] candidates; // part -> its key, then (when that is its own name) the part's other names
    private final int[][] slots; // part -> the position of each candidate among the distinct names

    private RecordFields(String[] keys) {
        this(keys, null);
    }

    private RecordFields(String[] keys, String records) {
        this.keys = keys;
        this.records = records;
        List<String> distinct = new ArrayList<>(List.of(keys).stream().distinct().toList()); // the parts' own keys first
        candidates = new String[keys.length][];
        slots = new int[keys.length][];
        boolean ascii = true;
        for (int p = 0; p < keys.length; p++) {
            List<String> c = new ArrayList<>(List.of(keys[p]));
            if (keys[p].equals(PARTS.get(p))) c.addAll(OTHER_NAMES.get(p));
            candidates[p] = c.toArray(String[]::new);
            slots[p] = new int[candidates[p].length];
            for (int i = 0; i < candidates[p].length; i++) {
                int at = distinct.indexOf(candidates[p][i]);
                if (at < 0) {
                    at = distinct.size();
                    distinct.add(candidates[p][i]);
                }
                slots[p][i] = at;
            }
            ascii &= keys[p].chars().allMatch(ch -> ch < 0x80);
        }
        this.names = ascii ? new JsonBytes.Names(distinct.toArray(String[]::new)) : null;
    }

    /**
     * These fields with article part {@code part} (one of {@link #PARTS}) read from the record's field {@code key}.
     * Throws IllegalArgumentException for another part or an empty key.
     */
    public RecordFields with(String part, String key) {
        int p = partIndex(part);
        if (key == null || key.isEmpty()) throw new IllegalArgumentException("empty field name for \"" + part + "\"");
        if (key.equals(PLACE) && p != ID) throw new IllegalArgumentException(PLACE + " names records by their place: it is for the id only");
        String[] k = keys.clone();
        k[p] = key;
        return new RecordFields(k, records);
    }

    /**
     * These fields, the records being the elements of the list at {@code path} in each top-level JSON object of an input
     * rather than the objects themselves: {@code articles} for NewsAPI's responses, {@code hits.hits} for Elasticsearch's
     * (a dot steps into a nested object). Null for none. Throws IllegalArgumentException for an empty path or step.
     */
    public RecordFields withRecords(String path) {
        if (path != null && Arrays.asList(path.split("\\.", -1)).contains("")) {
            throw new IllegalArgumentException("empty name in records path \"" + path + "\"");
        }
        return new RecordFields(keys, path);
    }

    /** The path of the list of records in each top-level object ({@link #withRecords}), or null. */
    public String records() {
        return records;
    }

    /**
     * The default fields with each part named in {@code renamed} (part -> field, as {@code --field part=field} gives them)
     * read from its field. Throws IllegalArgumentException as {@link #with} does.
     */
    public static RecordFields renamed(Map<String, String> renamed) {
        RecordFields out = DEFAULT;
        for (Map.Entry<String, String> r : new TreeMap<>(renamed).entrySet()) out = out.with(r.getKey(), r.getValue());
        return out;
    }

    /** The fields read for each of {@link #PARTS}, in its order (a value to ship or store; {@link #of} reads it back). */
    public List<String> keys() {
        return List.of(keys);
    }

    /** The fields {@link #keys} gave. Throws IllegalArgumentException unless there is one non-empty name for each of {@link #PARTS}. */
    public static RecordFields of(List<String> keys) {
        if (keys.size() != PARTS.size()) throw new IllegalArgumentException("one field name for each of " + PARTS + ", was " + keys);
        RecordFields out = DEFAULT;
        for (int p = 0; p < keys.size(); p++) out = out.with(PARTS.get(p), keys.get(p));
        return out;
    }

    /** The record field article part {@code part} (one of {@link #PARTS}) is read from. */
    public String field(String part) {
        return keys[partIndex(part)];
    }

    private static int partIndex(String part) {
        int p = PARTS.indexOf(Objects.requireNonNull(part, "part"));
        if (p < 0) throw new IllegalArgumentException("unknown article part \"" + part + "\" (one of " + String.join(", ", PARTS) + ")");
        return p;
    }

    /** Whether records are named by their place ({@link #PLACE}) rather than by an id field. */
    public boolean idByPlace() {
        return keys[ID].equals(PLACE);
    }

    /** The record field article part {@code part} ({@link #ID}, {@link #TEXT}, ...) is read from. */
    String key(int part) {
        return keys[part];
    }

    /** The distinct field names for {@link JsonBytes#fields}, or null when one is not ASCII (such records take the other parser). */
    JsonBytes.Names names() {
        return names;
    }

    /** How many names part {@code part} may be read from: its key, then (for its own name) its other names. */
    int candidates(int part) {
        return candidates[part].length;
    }

    /** Name {@code c} part {@code part} may be read from (0: its key). */
    String candidate(int part, int c) {
        return candidates[part][c];
    }

    /** The value of candidate {@code c} of part {@code part} among values read for {@link #names}. */
    Object value(Object[] values, int part, int c) {
        return values[slots[part][c]];
    }

    /** Renamed parts as {@code part=field}, and where the records are, comma-separated; empty for the default. */
    @Override
    public String toString() {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < keys.length; p++) if (!keys[p].equals(PARTS.get(p))) out.add(PARTS.get(p) + "=" + keys[p]);
        if (records != null) out.add("records at " + records);
        return String.join(",", out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordFields f && Arrays.equals(keys, f.keys) && Objects.equals(records, f.records);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Objects.hashCode(records);
    }
}
