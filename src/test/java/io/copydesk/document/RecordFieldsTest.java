package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.json.JsonWriter;
import io.copydesk.testing.Prose;
import io.copydesk.testing.Trials;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFieldsTest {
    @TempDir Path dir;

    /** Field names collections use for an article's parts (and two no byte parser takes: not ASCII, escaped). */
    private static final String[][] NAMES = {{"uuid", "doc_id", "url"}, {"headline", "Title", "\u6807\u9898"},
        {"content", "body", "article text"}, {"published", "pubDate", "date_publish"}, {"publication", "outlet", "domain"},
        {"link", "URL", "permalink"}};

    private static List<Article> read(Path file, RecordFields fields, ReadProblems problems) {
        List<Article> out = new ArrayList<>();
        try (InputSet set = InputSet.of(List.of(file.toString()), System.in, InputSet.DEFAULT_MAX_ARTICLE_BYTES,
                InputSet.DEFAULT_MAX_INPUT_BYTES, fields); RecordStream stream = set.open(problems)) {
            for (ArticleRecord r; (r = stream.next()) != null; ) out.add(r.article());
        }
        return out;
    }

    private static String line(Map<String, Object> fields) {
        JsonWriter w = new JsonWriter().beginObject();
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            if (f.getValue() instanceof String s) w.field(f.getKey(), s);
            else w.field(f.getKey(), (Long) f.getValue());
        }
        return w.endObject().toString();
    }

    /**
     * Property: a collection whose records name the parts of an article otherwise (and hold other fields, one of them
     * perhaps called "text"), read with those names, gives the articles its default-named twin gives: by either
     * parser, with two parts from one field.
     */
    @Test
    void renamedFieldsReadAsTheDefaultNamesDo() {
        Trials.run("renamed fields", 60, r -> r.nextLong(), seed -> {
            Random rnd = new Random(seed);
            Prose prose = new Prose(seed);
            RecordFields fields = RecordFields.DEFAULT;
            String[] keys = RecordFields.PARTS.toArray(String[]::new);
            for (int p = 0; p < keys.length; p++) {
                if (rnd.nextInt(3) == 0) continue;
                keys[p] = NAMES[p][rnd.nextInt(NAMES[p].length)];
                fields = fields.with(RecordFields.PARTS.get(p), keys[p]);
            }
            boolean idIsUrl = keys[0].equals("url") && keys[5].equals("url"); // two parts read from one field
            List<String> plain = new ArrayList<>(), renamed = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String id = "https://example.com/story/" + i, title = rnd.nextBoolean() ? prose.sentence() : null;
                String date = rnd.nextBoolean() ? "2024-03-" + (10 + i) + "T08:00:00Z" : null, source = rnd.nextBoolean() ? "Outlet " + i % 3 : null;
                String url = idIsUrl ? id : rnd.nextBoolean() ? "https://example.com/p/" + i : null;
                Object[] values = {id, title, prose.body(2) + (rnd.nextInt(4) == 0 ? " Caf\u00e9 <em>x</em>" : ""), date, source, url};
                Map<String, Object> a = new LinkedHashMap<>(), b = new LinkedHashMap<>();
                if (rnd.nextBoolean()) b.put("text", "not the text: the record's own field called text");
                for (int p = 0; p < values.length; p++) {
                    if (values[p] == null) continue;
                    a.put(RecordFields.PARTS.get(p), values[p]);
                    b.put(keys[p], values[p]);
                }
                b.put("category", "world");
                String nested = rnd.nextInt(3) == 0 ? ",\"tags\":[\"a\",{\"b\":1}]}" : "}"; // a nested value: the other parser
                plain.add(line(a));
                renamed.add(line(b).replaceFirst("}$", nested));
            }
            try {
                Path p = Files.write(dir.resolve("plain-" + seed + ".jsonl"), plain), q = Files.write(dir.resolve("renamed-" + seed + ".jsonl"), renamed);
                List<Article> want = read(p, RecordFields.DEFAULT, ReadProblems.silent());
                assertEquals(12, want.size());
                assertEquals(want, read(q, fields, ReadProblems.silent()), "read with " + fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aRecordWithoutItsTextNamesItsFields() throws IOException {
        Path file = Files.write(dir.resolve("words.jsonl"), List.of(
                "{\"id\":1,\"hed\":\"Rates held\",\"words\":\"The bank held its rates on Tuesday.\"}",
                "{\"ref\":\"https://example.com/a\",\"words\":\"x\"}"));
        StringWriter err = new StringWriter();
        assertEquals(List.of(), read(file, RecordFields.DEFAULT, new ReadProblems(new PrintWriter(err, true), false)));
        assertEquals(List.of(file + ":1: record 1 has no \"text\" (it has \"hed\", \"words\"; --field text=NAME reads "
                + "the text from another field) (skipped)", file + ":2: record has no \"id\" (it has \"ref\", \"words\"; --field id=NAME "
                + "reads the id from another field, --field id=@line names each record by its file and line) (skipped)"), err.toString().lines().toList());
        RecordFields fields = RecordFields.DEFAULT.with("text", "words").with("title", "hed");
        assertEquals(List.of(new Article("1", "Rates held", "The bank held its rates on Tuesday.", null, null, null)),
                read(file, fields, ReadProblems.silent()));
        err.getBuffer().setLength(0);
        read(file, RecordFields.DEFAULT.with("text", "body"), new ReadProblems(new PrintWriter(err, true), false));
        assertTrue(err.toString().startsWith(file + ":1: record 1 has no \"body\" (it has"), err.toString());
    }

    /**
     * Property: a collection that names the parts as a known dataset does (news-please, NewsAPI, Kaggle's, HuffPost's,
     * Webhose's, MIND's), read without --field, gives the articles its default-named twin gives, by either parser, and
     * says once per part where it read it from. A part's own field wins over another name, and a part named by --field
     * is read from that field only.
     */
    @Test
    void otherNamesOfAPartAreReadWhereItsOwnIsAbsent() throws IOException {
        String[][] layouts = {
            {"url", "title", "maintext", "date_publish", "source_domain", "url"}, // news-please
            {"url", "title", "content", "publishedAt", "source.name", "url"}, // NewsAPI
            {"id", "title", "content", "date", "publication", "url"}, // Kaggle's All the News
            {"link", "headline", "short_description", "date", "authors", "link"}, // HuffPost
            {"uuid", "title", "text", "published", "site", "url"}, // Webhose
            {"news_id", "title", "abstract", "date", "source", "url"}}; // MIND
        Prose prose = new Prose(11);
        for (String[] layout : layouts) {
            List<String> plain = new ArrayList<>(), named = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String url = "https://example.com/story/" + i;
                Object[] values = {url, prose.sentence(), prose.body(2), "2024-03-1" + i + "T08:00:00Z", "Outlet " + i % 2, url};
                Map<String, Object> a = new LinkedHashMap<>(), b = new LinkedHashMap<>();
                for (int p = 0; p < values.length; p++) {
                    a.put(RecordFields.PARTS.get(p), values[p]);
                    if (layout[p].equals("authors")) continue; // HuffPost has no source
                    if (!layout[p].equals("source.name")) b.put(layout[p], values[p]);
                }
                if (layout[4].equals("authors")) a.remove("source");
                if (layout[2].equals("maintext") || layout[2].equals("content")) b.put("description", "A summary, not the text.");
                plain.add(line(a));
                String n = line(b); // NewsAPI's source is an object
                named.add(layout[4].equals("source.name") ? "{\"source\":{\"id\":\"x\",\"name\":" + JsonWriter.quote((String) values[4]) + "}," + n.substring(1) : n);
            }
            Path p = Files.write(dir.resolve("plain.jsonl"), plain), q = Files.write(dir.resolve("named.jsonl"), named);
            StringWriter err = new StringWriter();
            List<Article> got = read(q, RecordFields.DEFAULT, new ReadProblems(new PrintWriter(err, true), false));
            assertEquals(read(p, RecordFields.DEFAULT, ReadProblems.silent()), got, String.join(",", layout));
            List<String> notes = err.toString().lines().toList();
            for (int part = 0; part < layout.length; part++) {
                String own = RecordFields.PARTS.get(part), other = layout[part];
                boolean renamed = !other.equals(own) && !other.equals("authors");
                assertEquals(renamed ? 1 : 0, notes.stream().filter(n -> n.contains("the " + own + " is read from \"" + other + "\"")).count(),
                        own + " in " + String.join(",", layout) + ": " + notes);
            }
            assertTrue(notes.stream().allMatch(n -> n.startsWith(q + ":1: ")), notes.toString());
        }
        Path both = Files.write(dir.resolve("both.jsonl"), List.of("{\"id\":\"a\",\"text\":\"The text.\",\"content\":\"Not it.\",\"body\":\"Nor this.\"}",
                "{\"id\":\"b\",\"body\":\"The body.\",\"description\":\"A summary.\"}"));
        assertEquals(List.of("The text.", "The body."), read(both, RecordFields.DEFAULT, ReadProblems.silent()).stream().map(Article::text).toList());
        assertEquals(List.of("Not it."), read(both, RecordFields.DEFAULT.with("text", "content"), ReadProblems.silent()).stream().map(Article::text).toList(),
                "a part named by --field is read from that field only");
    }

    /**
     * Shapes real exports give records: a text as a list of paragraphs; MongoDB's extended JSON ({@code $oid},
     * {@code $date} as a string or as milliseconds); NewsAPI's source object, read by a path.
     */
    @Test
    void exportsOfOtherShapesAreRead() throws IOException {
        Path file = Files.write(dir.resolve("shapes.jsonl"), List.of(
                "{\"id\":\"p\",\"text\":[\"First paragraph.\",\"Second paragraph.\"]}",
                "{\"_id\":{\"$oid\":\"5f1a2b3c4d5e6f7a8b9c0d1e\"},\"text\":\"Body.\",\"date\":{\"$date\":\"2021-07-27T10:00:00Z\"}}",
                "{\"_id\":{\"$oid\":\"5f1a2b3c4d5e6f7a8b9c0d1f\"},\"text\":\"Body.\",\"date\":{\"$date\":{\"$numberLong\":\"1627380000000\"}}}",
                "{\"id\":\"n\",\"source\":{\"id\":\"wire\",\"name\":\"The Wire\"},\"text\":\"Body.\",\"publishedAt\":\"2022-01-10T08:00:00Z\"}",
                "{\"id\":\"bad\",\"text\":[\"a\",1]}"));
        StringWriter err = new StringWriter();
        List<Article> read = read(file, RecordFields.DEFAULT, new ReadProblems(new PrintWriter(err, true), false));
        assertEquals(new Article("p", null, "First paragraph.\nSecond paragraph.", null, null, null), read.get(0));
        assertEquals(new Article("5f1a2b3c4d5e6f7a8b9c0d1e", null, "Body.", Instant.parse("2021-07-27T10:00:00Z"), null, null), read.get(1));
        assertEquals(new Article("n", null, "Body.", Instant.parse("2022-01-10T08:00:00Z"), "The Wire", null), read.get(3));
        String every = ", here and in every record like it (--field ";
        assertEquals(List.of(file + ":2: no \"id\" field: the id is read from \"_id\"" + every + "id=NAME chooses the field)",
                file + ":4: no \"date\" field: the date is read from \"publishedAt\"" + every + "date=NAME chooses the field)",
                file + ":4: \"source\" is an object: the source is read from \"source.name\"" + every + "source=NAME chooses the field)",
                file + ":5: \"text\" of bad is not a string or a list of strings (skipped)"), err.toString().lines().toList());
        RecordFields mongo = RecordFields.DEFAULT.with("id", "_id");
        read = read(file, mongo, ReadProblems.silent());
        assertEquals(new Article("5f1a2b3c4d5e6f7a8b9c0d1e", null, "Body.", Instant.parse("2021-07-27T10:00:00Z"), null, null), read.get(0));
        assertEquals(Instant.ofEpochMilli(1627380000000L), read.get(1).date());
        RecordFields newsApi = RecordFields.DEFAULT.with("source", "source.name").with("date", "publishedAt");
        Article n = read(file, newsApi, ReadProblems.silent()).stream().filter(a -> a.id().equals("n")).findFirst().orElseThrow();
        assertEquals(new Article("n", null, "Body.", Instant.parse("2022-01-10T08:00:00Z"), "The Wire", null), n);
    }

    @Test
    void partsAreTheArticles() {
        assertEquals("", RecordFields.DEFAULT.toString());
        assertEquals("title=headline,text=content", RecordFields.DEFAULT.with("text", "content").with("title", "headline").toString());
        assertEquals(RecordFields.DEFAULT, RecordFields.DEFAULT.with("text", "content").with("text", "text"));
        assertThrows(IllegalArgumentException.class, () -> RecordFields.DEFAULT.with("body", "text"));
        assertThrows(IllegalArgumentException.class, () -> RecordFields.DEFAULT.with("text", ""));
    }
}
