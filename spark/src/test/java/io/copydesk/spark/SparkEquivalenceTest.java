package io.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydesk.cli.Main;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.DuplicateGroup;
import io.copydesk.engine.KeepPolicy;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.engine.Progress;
import io.copydesk.internal.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job gives {@code copydesk dedup}'s answer: the same groups (members, canonical copy,
 * exact scores), the same JSONL bytes and the same deduplicated collection, on local[2] for several
 * partition counts, on the bundled corpus and on generated news with a hot bucket of identical pages.
 */
class SparkEquivalenceTest {
    static SparkSession spark;
    @TempDir static Path dir;
    static Path generated;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("copydesk-spark test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config(LocalMode.HEARTBEAT_INTERVAL, LocalMode.HEARTBEAT).config(LocalMode.NETWORK_TIMEOUT, LocalMode.TIMEOUT)
                // keep the partition count asked for, so every count is really exercised
                .config("spark.sql.adaptive.coalescePartitions.enabled", "false")
                .getOrCreate();
        generated = writeGenerated(dir.resolve("generated.jsonl"));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /**
     * 2,000 generated articles, plus 300 identical copies of one page (one LSH bucket per band,
     * beyond the engine's anchor cap) with dates and sources that make the canonical choice matter,
     * 230 near-copies of another (distinct sets sharing their band keys: buckets past the engine's
     * limit of 200, linked to their first member),
     * bad records and a repeated id, which both engines must skip alike.
     */
    static Path writeGenerated(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        List<GeneratedArticle> articles = new NewsGenerator(GeneratorConfig.of(2000).withSeed(17)).stream().toList();
        articles.forEach(a -> lines.add(a.toJson()));
        GeneratedArticle hot = articles.get(7), near = articles.get(11);
        for (int i = 0; i < 300; i++) {
            lines.add(i * 7 + 3, copy(hot, "hot-" + i, hot.text(), "2024-0" + (1 + i % 9) + "-1" + (i % 10), "site" + (i % 13)));
        }
        for (int i = 0; i < 230; i++) {
            lines.add(i * 7 + 5, copy(near, "near-" + i, near.text() + " addendum" + i + " word" + (i * 31), "2024-02-02", "wire"));
        }
        lines.add(40, "{\"id\": \"broken\", \"text\": ");
        lines.add(41, "{\"id\": \"no-text\"}");
        lines.add(900, articles.get(3).toJson()); // a repeated id: the first record wins
        return Files.write(file, lines);
    }

    private static String copy(GeneratedArticle a, String id, String text, String date, String source) {
        return new io.copydesk.internal.json.JsonWriter().beginObject().field("id", id).field("title", a.title()).field("text", text)
                .field("date", date).field("source", source).field("extra", "kept " + id).endObject().toString();
    }

    @Test
    void generatedNewsWithAHotBucketGivesDedupsGroupsForEveryPartitionCount() throws IOException {
        JobSettings settings = JobSettings.defaults();
        DedupResult expected = engine(generated, settings.dedup());
        Cli cli = cli(generated, "earliest");
        for (int partitions : new int[] {1, 4}) {
            SparkDedup.Result r = new SparkDedup(spark, settings, partitions).run(List.of(generated.toString()));
            assertSameGroups(expected, r, "partitions=" + partitions);
            assertEquals(cli.groups(), groupsJsonl(r), "JSONL with partitions=" + partitions);
            assertEquals(cli.groups(), groupsParquet(r, dir.resolve("groups-" + partitions + ".parquet")), "Parquet with partitions=" + partitions);
            assertEquals(cli.unique(), unique(r, new SparkDedup(spark, settings, partitions)), "unique with partitions=" + partitions);
            assertTrue(r.candidates() < 300 * 299 / 2 / 10,
                    "identical copies are paired with one representative, not with each other: " + r.candidates() + " candidates");
        }
    }

    /**
     * Short texts at exactly the Jaccard threshold, which the bands alone miss a few of (15 of these 1,500 pairs), and
     * briefs inside longer articles, which anchors alone miss a few of (9 of these 600): the job's prefix and brief
     * keys find all 2,100 pairs, in the groups the engine gives.
     */
    @Test
    void shortTextsAtTheThresholdAndBriefsAreAllFoundAsTheEngineFindsThem() throws IOException {
        List<String> lines = new ArrayList<>();
        List<io.copydesk.document.Article> articles = new ArrayList<>(io.copydesk.testing.ShortPairs.atHalf(41, 1500));
        articles.addAll(io.copydesk.testing.ShortPairs.briefs(43, 600));
        for (io.copydesk.document.Article a : articles) {
            lines.add(new io.copydesk.internal.json.JsonWriter().beginObject().field("id", a.id()).field("text", a.text()).endObject().toString());
        }
        Path file = Files.write(dir.resolve("short-pairs.jsonl"), lines);
        JobSettings settings = JobSettings.defaults();
        DedupResult expected = engine(file, settings.dedup());
        assertEquals(2100, expected.groups().size(), "every pair a group of two");
        assertSameGroups(expected, new SparkDedup(spark, settings, 2).run(List.of(file.toString())), "short pairs");
    }

    /**
     * Briefs cut from stories and quoted by others, with identical copies, edited copies of the stories and the briefs
     * dated first: the job joins each brief to the one story the engine joins it to ({@code GroupRules}), never two
     * stories through a brief, and keeps the copy the engine keeps, for every partition count.
     */
    @Test
    void briefsQuotedByTwoStoriesJoinTheGroupTheEngineJoinsThemTo() throws IOException {
        io.copydesk.testing.Prose prose = new io.copydesk.testing.Prose(23);
        List<String> lines = new ArrayList<>(), stories = new ArrayList<>();
        for (int s = 0; s < 40; s++) stories.add(prose.body(4 + prose.random().nextInt(4)));
        for (int b = 0; b < 40; b++) {
            int from = prose.random().nextInt(40), also = prose.random().nextInt(40);
            String[] paragraphs = stories.get(from).split("\n");
            String brief = paragraphs[prose.random().nextInt(paragraphs.length)];
            if (also != from) stories.set(also, stories.get(also) + "\n" + brief);
            for (int c = 0; c <= b % 2; c++) lines.add(record("brief" + b + "-" + c, brief, "2024-03-01"));
        }
        for (int s = 0; s < 40; s++) {
            lines.add(record("story" + s, stories.get(s), "2024-03-02"));
            for (int c = 0; c < s % 3; c++) lines.add(record("story" + s + "-copy" + c, prose.edit(stories.get(s), 0.04), "2024-03-03"));
        }
        Path file = Files.write(dir.resolve("quoted-briefs.jsonl"), lines);
        JobSettings settings = JobSettings.defaults();
        DedupResult expected = engine(file, settings.dedup());
        Map<String, java.util.Set<String>> storiesHolding = new HashMap<>(); // brief: the stories (copies as their story) holding it
        for (io.copydesk.engine.DuplicatePair p : expected.pairs()) {
            String a = expected.articles().get(p.a()).id(), b = expected.articles().get(p.b()).id();
            if (a.startsWith("brief") && b.startsWith("story")) storiesHolding.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(b.split("-")[0]);
        }
        long bridging = storiesHolding.values().stream().filter(held -> held.size() > 1).count();
        assertTrue(bridging >= 3, "briefs contained in two stories: " + bridging);
        for (int partitions : new int[] {1, 3}) {
            assertSameGroups(expected, new SparkDedup(spark, settings, partitions).run(List.of(file.toString())), "partitions=" + partitions, 20);
        }
    }

    private static String record(String id, String text, String date) {
        return new io.copydesk.internal.json.JsonWriter().beginObject().field("id", id).field("text", text).field("date", date).endObject().toString();
    }

    /**
     * Records the readers repair (mojibake; accents written as marks of their own, NFD) are read by the job as
     * {@code dedup} reads them: each such copy is a duplicate of its clean twin there too.
     */
    @Test
    void repairedTextIsReadAsTheEngineReadsIt() throws IOException {
        String wire = "The mayor\u2019s office said the Lindqvarn ferry would resume its \u201cregular\u201d crossings on Monday after the "
                + "inspectors\u2019 report found the hull sound, and tickets bought for the cancelled sailings would be honoured.";
        String damaged = new String(wire.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\u00e2\u0080\u0099", "\u00e2\u20ac\u2122").replace("\u00e2\u0080\u009c", "\u00e2\u20ac\u0153")
                .replace("\u00e2\u0080\u009d", "\u00e2\u20ac\u009d"); // as Windows-1252 shows the bytes
        String french = "Le conseil r\u00e9gional a approuv\u00e9 mercredi le plan de r\u00e9novation des lyc\u00e9es de Valr\u00e9mont, "
                + "un chantier de quatre ans financ\u00e9 \u00e0 moiti\u00e9 par l'\u00c9tat et attendu depuis longtemps.";
        List<String> lines = new ArrayList<>();
        String[][] records = {{"clean", wire}, {"damaged", damaged}, {"composed", french},
            {"decomposed", java.text.Normalizer.normalize(french, java.text.Normalizer.Form.NFD)}};
        for (String[] r : records) {
            lines.add(new io.copydesk.internal.json.JsonWriter().beginObject().field("id", r[0]).field("text", r[1]).endObject().toString());
        }
        Path file = Files.write(dir.resolve("repaired.jsonl"), lines);
        JobSettings settings = JobSettings.defaults();
        DedupResult expected = engine(file, settings.dedup());
        assertEquals(2, expected.groups().size(), "each copy with its twin");
        for (var g : expected.groups()) for (var m : g.members()) assertEquals(1.0, m.jaccard(), 1e-9);
        assertSameGroups(expected, new SparkDedup(spark, settings, 2).run(List.of(file.toString())), "repaired text", 2);
    }

    @Test
    void theCommandGivesDedupsJsonlOnTheCorpusWithTheFirstCopyKept() throws IOException {
        Path corpus = Path.of("..", "corpus", "corpus.jsonl");
        Path out = dir.resolve("cmd-groups.jsonl");
        StringWriter err = new StringWriter();
        int exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute("dedup", corpus.toString(), "--out", out.toString(), "--keep", "first", "--partitions", "3");
        assertEquals(0, exit, err.toString());
        assertEquals(cli(corpus, "first").groups(), Files.readAllLines(out));
        assertTrue(err.toString().contains(cli(corpus, "first").groups().size() + " duplicate groups"), err.toString());
    }

    /**
     * Two weeks of one report (written for this test), a copy of the first with words edited beside its figures:
     * the job tells the weeks apart as dedup does, and with --ignore-figures groups all three as dedup
     * --ignore-figures does.
     */
    @Test
    void figuresTellTheWeeksApartAsInDedupAndIgnoreFiguresGroupsThem() throws IOException {
        java.util.function.BiFunction<int[], Boolean, String> report = (f, edited) -> "The labour office of Ostmark said on Thursday that "
                + f[0] + " people filed first claims for jobless benefits in the week, a change of " + f[1] + (edited ? " on" : " from")
                + " the week before, in figures it publishes every week.\nThe office said the insured unemployment rate stood at " + f[2]
                + (edited ? " per cent" : " percent") + " and that benefits had been paid for an average of " + f[3] + " weeks, as employers"
                + " in the ports and the building trade cut staff for the winter and the retail chains took on seasonal workers.";
        List<String> lines = new ArrayList<>();
        int[][] weeks = {{31400, 1200, 27, 14}, {29850, 1550, 26, 15}, {31400, 1200, 27, 14}};
        for (int i = 0; i < 3; i++) {
            lines.add(new io.copydesk.internal.json.JsonWriter().beginObject().field("id", "week-" + i).field("title", "Jobless claims in Ostmark")
                    .field("text", report.apply(weeks[i], i == 2)).field("date", "2025-03-" + (10 + 7 * Math.min(i, 1))).endObject().toString());
        }
        Path file = Files.write(dir.resolve("weeks.jsonl"), lines);
        for (boolean ignore : new boolean[] {false, true}) {
            Path out = dir.resolve("weeks-" + ignore + ".jsonl"), cliOut = dir.resolve("weeks-cli-" + ignore + ".jsonl");
            List<String> args = new ArrayList<>(List.of("dedup", file.toString(), "--out", out.toString(), "--partitions", "2"));
            List<String> cliArgs = new ArrayList<>(List.of("dedup", file.toString(), "--format", "jsonl", "--out", cliOut.toString(), "--quiet"));
            if (ignore) {
                args.add("--ignore-figures");
                cliArgs.add("--ignore-figures");
            }
            StringWriter err = new StringWriter();
            assertEquals(0, SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute(args.toArray(String[]::new)),
                    err.toString());
            assertEquals(0, Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute(cliArgs.toArray(String[]::new)),
                    err.toString());
            List<String> groups = Files.readAllLines(out);
            assertEquals(Files.readAllLines(cliOut), groups, "ignore figures: " + ignore);
            assertEquals(1, groups.size(), groups.toString());
            assertEquals(ignore, groups.getFirst().contains("week-1"), "the second week joins the first only when figures are ignored: " + groups);
        }
    }

    /** The corpus with its ids as "uuid" and texts as "content", read with --field: dedup's groups of the corpus. */
    @Test
    void renamedFieldsAreReadAsDedupReadsThem() throws IOException {
        Path corpus = Path.of("..", "corpus", "corpus.jsonl");
        List<String> renamed = Files.readAllLines(corpus).stream().map(l -> l.replace("{\"id\":", "{\"uuid\":").replace(", \"text\":", ", \"content\":")).toList();
        assertTrue(renamed.stream().noneMatch(l -> l.contains("\"text\":") || l.contains("\"id\":")), "every record renamed");
        Path file = Files.write(dir.resolve("renamed.jsonl"), renamed), out = dir.resolve("renamed-groups.jsonl");
        StringWriter err = new StringWriter();
        int exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute("dedup", file.toString(),
                "--out", out.toString(), "--keep", "first", "--partitions", "2", "--field", "id=uuid", "--field", "text=content");
        assertEquals(0, exit, err.toString());
        assertEquals(cli(corpus, "first").groups(), Files.readAllLines(out));
        Path other = dir.resolve("other-names-groups.jsonl"); // uuid and content are other names of the id and the text
        exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute("dedup", file.toString(),
                "--out", other.toString(), "--keep", "first", "--partitions", "2");
        assertEquals(0, exit, err.toString());
        assertEquals(cli(corpus, "first").groups(), Files.readAllLines(other));
        int bad = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter(), true)).execute("dedup", file.toString(),
                "--out", out.toString(), "--field", "body=content");
        assertEquals(2, bad, "an unknown part is a usage error");
        StringWriter placeErr = new StringWriter();
        int place = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(placeErr, true)).execute("dedup", file.toString(),
                "--out", out.toString(), "--field", "id=@line");
        assertEquals(2, place, "records named by their line are copydesk's own: " + placeErr);
        assertTrue(placeErr.toString().contains("reads records by byte offset"), placeErr.toString());
    }

    @Test
    void badRecordsAndRepeatedIdsAreReportedAndSkippedAsDedupSkipsThem() {
        StringWriter err = new StringWriter();
        int exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute("dedup", generated.toString(), "--out", dir.resolve("strict.jsonl").toString(), "--strict");
        assertEquals(io.copydesk.cli.ExitCode.DATA, exit, err.toString());
        assertTrue(err.toString().contains("generated.jsonl at byte"), err.toString());
        assertTrue(!Files.exists(dir.resolve("strict.jsonl")), "no output on failure");
    }

    /**
     * Carriage returns end no record, as in dedup, which ends records at '\n' only: a lone '\r' between fields leaves the
     * record whole, one raw in a string makes it one bad record (not two bad lines), a CRLF end is read as '\n', a line of
     * '\r' is blank, one of a vertical tab is a bad record; in a plain file split into several tasks and in a {@code .gz},
     * the job writes dedup's groups and collection, bytes alike, with dedup's warnings and skip summary.
     */
    @Test
    void carriageReturnsSplitRecordsAsDedupSplitsThem() throws IOException {
        List<String> lines = Files.readAllLines(generated).subList(0, 1200);
        StringBuilder plain = new StringBuilder(), gz = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i % 5 == 0) l = l.replaceFirst(",", ",\r"); // between the first two fields
            if (i % 97 == 1) { // raw in the text: a control character in a string
                int text = l.indexOf("\"text\":");
                if (text >= 0) l = l.substring(0, l.indexOf(' ', text)) + "\r" + l.substring(l.indexOf(' ', text) + 1);
            }
            String end = i % 7 == 0 ? "\r\n" : i % 101 == 0 ? "\r\r\n" : "\n";
            (i < 800 ? plain : gz).append(l).append(end);
            if (i % 250 == 3) (i < 800 ? plain : gz).append(i % 2 == 0 ? "\r\n" : " \t\r\r\n").append("\u000b\n");
        }
        Path text = Files.writeString(dir.resolve("cr.jsonl"), plain), packed = dir.resolve("cr.jsonl.gz");
        try (java.io.OutputStream z = new java.util.zip.GZIPOutputStream(Files.newOutputStream(packed))) {
            z.write(gz.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path cliOut = dir.resolve("cr-cli.jsonl"), cliUnique = dir.resolve("cr-cli-unique.jsonl");
        Path out = dir.resolve("cr-groups.jsonl"), unique = dir.resolve("cr-unique.jsonl");
        StringWriter cliErr = new StringWriter(), err = new StringWriter();
        int cliExit = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(cliErr, true)).execute("dedup", text.toString(),
                packed.toString(), "--format", "jsonl", "--out", cliOut.toString(), "--write-unique", cliUnique.toString(), "--quiet");
        assertEquals(0, cliExit, cliErr.toString());
        int exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute("dedup", text.toString(),
                packed.toString(), "--out", out.toString(), "--write-unique", unique.toString(), "--partitions", "4", "--quiet");
        assertEquals(0, exit, err.toString());
        assertTrue(Files.readAllLines(cliOut).size() > 10, "the input has groups");
        assertEquals(Files.readString(cliOut), Files.readString(out));
        assertEquals(Files.readString(cliUnique), Files.readString(unique));
        assertEquals(problems(cliErr.toString()), problems(err.toString().replace("copydesk-spark: ", "copydesk: ")));
        assertTrue(cliErr.toString().contains("skipped 21 of 1,205 records"), cliErr.toString());
    }

    /** Problem lines with their places (dedup's FILE:LINE, the job's file:FILE at byte N) as their file only, sorted. */
    private static List<String> problems(String stderr) {
        return stderr.lines().map(l -> l.replaceAll("(?:file:)?(/\\S*?)(?::\\d+| at byte \\d+)(?=[:)])", "$1")).sorted().toList();
    }

    /**
     * Under {@code --strict} the job stops where dedup stops, at the first bad record in input order (every task holds one;
     * a repeated id comes after them), with dedup's exit code and its one line on stderr, and Spark logs nothing of its
     * own (the console would show a failed task's WARN and ERROR lines before that line).
     */
    @Test
    void strictStopsAtDedupsFirstBadRecordWithOneLineAndNoSparkLog() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(generated));
        for (int at : new int[] {2100, 1400, 700}) lines.add(at, "{\"id\": \"bad-" + at + "\"}");
        Path file = Files.write(dir.resolve("strict-input.jsonl"), lines), out = dir.resolve("strict-groups.jsonl");
        StringWriter cliErr = new StringWriter(), err = new StringWriter();
        int cliExit = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(cliErr, true)).execute("dedup", file.toString(),
                "--strict", "--format", "jsonl", "--out", dir.resolve("strict-cli.jsonl").toString());
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        int exit;
        try (SparkLog capture = new SparkLog(logged)) {
            exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute("dedup", file.toString(),
                    "--strict", "--partitions", "4", "--out", out.toString());
        }
        assertEquals(io.copydesk.cli.ExitCode.DATA, cliExit, cliErr.toString());
        assertEquals(cliExit, exit, err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertEquals(problems(cliErr.toString()), problems(err.toString().replace("copydesk-spark: ", "copydesk: ")));
        assertEquals(List.of(), logged, "Spark's log");
        assertFalse(Files.exists(out), "no output on failure");
    }

    /** Collects what Spark logs at WARN and above, which the console shows on stderr, until closed. */
    private static final class SparkLog implements AutoCloseable {
        private final org.apache.logging.log4j.core.LoggerContext context =
                (org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        private final org.apache.logging.log4j.core.appender.AbstractAppender appender;

        SparkLog(List<String> logged) {
            appender = new org.apache.logging.log4j.core.appender.AbstractAppender("test-capture", null, null, true,
                    org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
                @Override
                public void append(org.apache.logging.log4j.core.LogEvent e) {
                    String m = e.getMessage().getFormattedMessage();
                    if (!m.startsWith("Using an existing Spark session")) logged.add(e.getLevel() + " " + e.getLoggerName() + ": " + m); // the test's session
                }
            };
            appender.start();
            context.getConfiguration().getRootLogger().addAppender(appender, org.apache.logging.log4j.Level.WARN, null);
            context.updateLoggers();
        }

        @Override
        public void close() {
            context.getConfiguration().getRootLogger().removeAppender(appender.getName());
            context.updateLoggers();
            appender.stop();
        }
    }

    /**
     * Parquet input, written by Spark itself as three files with typed columns (a date column, an
     * int column, some null dates, one file without the url column), gives the groups and the
     * deduplicated collection that {@code dedup} gives on the same articles as JSONL.
     */
    @Test
    void parquetInputGivesTheGroupsDedupGivesForTheSameArticlesAsJsonl() throws IOException {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("title", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("date", DataTypes.DateType).add("source", DataTypes.StringType)
                .add("url", DataTypes.StringType).add("body_start", DataTypes.IntegerType);
        List<GeneratedArticle> articles = new NewsGenerator(GeneratorConfig.of(900).withSeed(23)).stream().toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            GeneratedArticle a = articles.get(i);
            LocalDate date = i % 50 == 0 ? null : a.date();
            rows.add(RowFactory.create(a.id(), a.title(), a.text(), date == null ? null : java.sql.Date.valueOf(date), a.source(), a.url(), a.bodyStart()));
            if (i % 4 == 1) { // identical copies of one story, dated so that the earliest is not the first
                GeneratedArticle hot = articles.get(9);
                rows.add(RowFactory.create("copy-" + i, hot.title(), hot.text(), java.sql.Date.valueOf(LocalDate.of(2024, 3, 1).minusDays(i % 7)),
                        "site" + i % 5, null, 0));
            }
        }
        Path parquet = dir.resolve("articles");
        List<String> jsonl = new ArrayList<>();
        int third = rows.size() / 3;
        for (int part = 0; part < 3; part++) { // files articles/0/part-*.parquet, 1/..., 2/...: input order is the rows' order
            List<Row> slice = rows.subList(part * third, part == 2 ? rows.size() : (part + 1) * third);
            Dataset<Row> df = spark.createDataFrame(slice, schema).coalesce(1);
            (part == 2 ? df.drop("url") : df).write().parquet(parquet.resolve(String.valueOf(part)).toString());
            for (Row r : slice) jsonl.add(json(r, part != 2));
        }
        Path twin = Files.write(dir.resolve("parquet-twin.jsonl"), jsonl);

        Cli expected = cli(twin, "earliest");
        Path out = dir.resolve("parquet-groups.jsonl"), unique = dir.resolve("parquet-unique.jsonl");
        StringWriter err = new StringWriter();
        int exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute("dedup", parquet.toString(), "--out", out.toString(), "--write-unique", unique.toString(), "--partitions", "2");
        assertEquals(0, exit, err.toString());
        assertTrue(expected.groups().size() > 5, "the input has groups: " + expected.groups());
        assertEquals(expected.groups(), Files.readAllLines(out));
        List<String> kept = Files.readAllLines(unique);
        assertEquals(expected.unique(), ids(kept));
        Map<String, Object> byId = new HashMap<>();
        for (String l : jsonl) byId.put(String.valueOf(Json.parseObject(l).get("id")), Json.parseObject(l));
        for (String l : kept) assertEquals(byId.get(String.valueOf(Json.parseObject(l).get("id"))), Json.parseObject(l), "every column kept");
    }

    /** A row as the JSONL line with the same fields (null columns left out). */
    private static String json(Row r, boolean withUrl) {
        io.copydesk.internal.json.JsonWriter w = new io.copydesk.internal.json.JsonWriter().beginObject()
                .field("id", r.getString(0)).field("title", r.getString(1)).field("text", r.getString(2));
        if (r.get(3) != null) w.field("date", r.get(3).toString());
        w.field("source", r.getString(4));
        if (withUrl && r.get(5) != null) w.field("url", r.getString(5));
        return w.field("body_start", r.getInt(6)).endObject().toString();
    }

    @Test
    void aMissingInputExitsAsDedupDoesWithOneLine() {
        String missing = dir.resolve("no-such.jsonl").toString();
        StringWriter sparkErr = new StringWriter(), cliErr = new StringWriter();
        int sparkExit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(sparkErr, true)).execute("dedup", missing);
        int cliExit = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(cliErr, true)).execute("dedup", missing);
        assertEquals(io.copydesk.cli.ExitCode.IO, cliExit, cliErr.toString());
        assertEquals(cliExit, sparkExit, sparkErr.toString());
        assertEquals(cliErr.toString().replaceFirst("^copydesk: ", ""), sparkErr.toString().replaceFirst("^copydesk-spark: ", ""));
        assertEquals(1, sparkErr.toString().lines().count(), sparkErr.toString());
    }

    /**
     * A file given twice (or listed again by an overlapping glob) gives dedup's groups: dedup skips the second reading's
     * records as repeated ids; the job must not drop both copies of every record.
     */
    @Test
    void aFileGivenTwiceGivesTheGroupsOfTheFileOnce() throws IOException {
        Path corpus = Path.of("..", "corpus", "corpus.jsonl"), out = dir.resolve("twice-groups.jsonl");
        StringWriter err = new StringWriter();
        int exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute("dedup", corpus.toString(),
                corpus.toAbsolutePath().toString(), "--out", out.toString(), "--keep", "first", "--partitions", "2");
        assertEquals(0, exit, err.toString());
        assertEquals(cli(corpus, "first").groups(), Files.readAllLines(out));
    }

    /**
     * A truncated {@code .gz} input is read as {@code copydesk dedup} reads it: its complete records give the groups
     * dedup gives, the cut is reported on one line naming the file, and the run exits 4 (not a codec's stack trace, exit 3).
     */
    @Test
    void aTruncatedGzipGivesTheCompleteRecordsAndExits4AsDedupDoes() throws IOException {
        byte[] corpus = Files.readAllBytes(Path.of("..", "corpus", "corpus.jsonl"));
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(corpus);
        }
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(gz.toByteArray(), gz.size() * 2 / 3));
        Path expected = dir.resolve("cut-cli.jsonl"), out = dir.resolve("cut-groups.jsonl");
        StringWriter cliErr = new StringWriter(), err = new StringWriter();
        int cliExit = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(cliErr, true))
                .execute("dedup", cut.toString(), "--format", "jsonl", "--out", expected.toString());
        assertEquals(io.copydesk.cli.ExitCode.DATA, cliExit, cliErr.toString());
        int exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute("dedup", cut.toString(), "--out", out.toString(), "--partitions", "2");
        assertEquals(io.copydesk.cli.ExitCode.DATA, exit, err.toString());
        assertTrue(err.toString().contains("cut.jsonl.gz: compressed data ends early (a truncated .gz file?) after the record at byte"),
                err.toString());
        assertTrue(err.toString().contains("an input could be read only in part"), err.toString());
        List<String> groups = Files.readAllLines(out);
        assertTrue(groups.size() > 3, "the complete records make groups: " + groups);
        assertEquals(Files.readAllLines(expected), groups);
    }

    /**
     * An output that cannot be written (a directory given as the file, a missing folder, a Parquet directory already
     * there) is refused with one line naming it, exit 3, as dedup refuses it.
     */
    @Test
    void anOutputThatCannotBeWrittenIsRefusedWithOneLineNamingIt() throws IOException {
        Path corpus = Path.of("..", "corpus", "corpus.jsonl");
        Path existing = Files.createDirectories(dir.resolve("existing.parquet"));
        String missing = dir.resolve("no-such-folder").resolve("groups.jsonl").toString();
        List<List<String>> cases = List.of(List.of("--out", existing.toString()), List.of("--out", missing),
                List.of("--out", dir.resolve("fine.jsonl").toString(), "--write-unique", missing),
                List.of("--format", "parquet", "--out", existing.toString()));
        List<String> names = List.of(existing + ": is a directory", missing + ": ", missing + ": ", existing + ": already exists");
        for (int i = 0; i < cases.size(); i++) {
            List<String> args = new ArrayList<>(List.of("dedup", corpus.toString(), "--partitions", "2"));
            args.addAll(cases.get(i));
            StringWriter err = new StringWriter();
            int exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute(args.toArray(String[]::new));
            assertEquals(io.copydesk.cli.ExitCode.IO, exit, args + ": " + err);
            assertEquals(1, err.toString().lines().count(), args + ": " + err);
            assertTrue(err.toString().startsWith("copydesk-spark: cannot write " + names.get(i)), args + ": " + err);
        }
    }

    /**
     * A CSV, TSV or HTML input, which {@code copydesk} reads and the Spark job does not, is refused with one line naming
     * the file and what it is, before Spark reads a record, instead of each of its lines reported as a bad JSON record.
     */
    @Test
    void aFileOnlyCopydeskReadsIsRefusedWithOneLine() throws IOException {
        Path csv = dir.resolve("articles.csv"), pages = dir.resolve("pages");
        Files.writeString(csv, "id,text\na,Rescue teams searched the collapsed school through the night\n");
        Files.createDirectories(pages);
        Files.writeString(pages.resolve("one.html"), "<html><body><p>Rescue teams searched the school</p></body></html>");
        for (Path input : List.of(csv, pages)) {
            StringWriter err = new StringWriter();
            int exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute("dedup", input.toString());
            assertEquals(io.copydesk.cli.ExitCode.DATA, exit, err.toString());
            assertEquals(1, err.toString().lines().count(), err.toString());
            assertTrue(err.toString().contains(input == csv ? "articles.csv: CSV is read by copydesk" : "one.html: an HTML page is read by copydesk"),
                    err.toString());
        }
        assertEquals(0, Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter(), true)).execute("dedup", csv.toString()));
    }

    /** A JSON list of records on one line, which copydesk reads, is reported as such, not as a record that fails to parse. */
    @Test
    void aJsonListIsReportedAsOne() throws IOException {
        Path list = dir.resolve("list.json");
        Files.writeString(list, "[{\"id\":\"a\",\"text\":\"Rescue teams searched the collapsed school\"},"
                + "{\"id\":\"b\",\"text\":\"Rescue teams searched the collapsed school\"}]\n");
        StringWriter err = new StringWriter();
        int exit = SparkMain.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute("dedup", list.toString());
        assertEquals(io.copydesk.cli.ExitCode.DATA, exit, err.toString());
        assertTrue(err.toString().contains("list.json at byte 0: a JSON list of records: the Spark job reads JSONL"), err.toString());
        assertEquals(0, Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter(), true)).execute("dedup", list.toString()));
    }

    /**
     * A directory's {@code .txt} files are read as JSONL (Spark writes its text output so): one holding records gives
     * them, and a page's first line is reported as a page's, which copydesk on one machine reads as one article.
     */
    @Test
    void aTxtPageIsReportedAsOne() throws IOException {
        Path parts = Files.createDirectories(dir.resolve("txt-parts"));
        Files.writeString(parts.resolve("part-0.txt"), "{\"id\":\"a\",\"text\":\"Rescue teams searched the collapsed school\"}\n"
                + "{\"id\":\"b\",\"text\":\"Rescue teams searched the collapsed school\"}\n");
        Files.writeString(parts.resolve("part-1.txt"), "Rescue teams search school\n\nRescue teams searched the collapsed school.\n");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = SparkMain.commandLine(new PrintWriter(out), new PrintWriter(err, true)).execute("dedup", parts.toString(), "--format", "jsonl");
        assertEquals(0, exit, err.toString());
        assertTrue(err.toString().contains("part-1.txt at byte 0: not a JSON record: a .txt page, which copydesk on one machine reads as one article"),
                err.toString());
        assertFalse(err.toString().contains("part-0.txt"), err.toString());
        assertTrue(out.toString().contains("\"a\"") && out.toString().contains("\"b\""), out.toString());
    }

    // ---- the single-machine answers

    record Cli(List<String> groups, List<String> unique) {}

    static Cli cli(Path input, String keep) throws IOException {
        Path out = Files.createTempFile(dir, "cli", ".jsonl"), unique = Files.createTempFile(dir, "cli-unique", ".jsonl");
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute("dedup", input.toString(),
                "--format", "jsonl", "--out", out.toString(), "--write-unique", unique.toString(), "--keep", keep, "--quiet");
        assertEquals(0, exit, err.toString());
        return new Cli(Files.readAllLines(out), ids(Files.readAllLines(unique)));
    }

    static DedupResult engine(Path input, DedupConfig config) {
        try (InputSet inputs = InputSet.of(List.of(input.toString()))) {
            Corpus corpus = Corpus.scan(inputs, config.analysis(), ReadProblems.silent(), Progress.NONE);
            return new NearDuplicates(config.withThreads(2)).find(corpus, Progress.NONE);
        }
    }

    // ---- the Spark answers

    /** Every group, canonical first, with the exact scores (not only the four decimals JSONL shows). */
    static void assertSameGroups(DedupResult expected, SparkDedup.Result actual, String what) {
        assertSameGroups(expected, actual, what, 11);
    }

    /** As above, for an input of at least {@code least} groups. */
    static void assertSameGroups(DedupResult expected, SparkDedup.Result actual, String what, int least) {
        List<String> want = new ArrayList<>();
        for (DuplicateGroup g : expected.groups()) {
            want.add(g.members().stream().map(m -> expected.articles().get(m.index()).id() + " " + m.jaccard() + " " + m.containment())
                    .collect(Collectors.joining(", ")));
        }
        List<String> got = new ArrayList<>();
        for (Row g : actual.groups().collectAsList()) {
            got.add(g.<Row>getList(1).stream().map(m -> m.getString(1) + " " + m.getDouble(2) + " " + m.getDouble(3))
                    .collect(Collectors.joining(", ")));
        }
        assertTrue(want.size() >= least, "the input has groups to compare: " + want.size());
        assertEquals(want, got, what);
    }

    static List<String> groupsJsonl(SparkDedup.Result r) {
        List<String> lines = new ArrayList<>();
        long n = 0;
        for (Row g : r.groups().collectAsList()) lines.add(Outputs.groupLine(++n, g));
        return lines;
    }

    /** The groups written as Parquet ({@code --format parquet}), read back and printed as dedup's JSONL lines. */
    static List<String> groupsParquet(SparkDedup.Result r, Path out) {
        Outputs.groupsParquet(r.groups(), out.toString());
        List<String> lines = new ArrayList<>();
        for (Row g : spark.read().parquet(out.toString()).orderBy("group").collectAsList()) {
            io.copydesk.internal.json.JsonWriter w = new io.copydesk.internal.json.JsonWriter().beginObject()
                    .field("group", g.getLong(g.fieldIndex("group"))).name("members").beginArray();
            for (Row m : g.<Row>getList(g.fieldIndex("members"))) {
                w.beginObject().field("id", m.getString(m.fieldIndex("id"))).field("jaccard", m.getDouble(m.fieldIndex("jaccard")))
                        .field("containment", m.getDouble(m.fieldIndex("containment"))).endObject();
            }
            lines.add(w.endArray().endObject().toString());
        }
        return lines;
    }

    /** The ids of the deduplicated collection, checking that each line is the input line unchanged. */
    static List<String> unique(SparkDedup.Result r, SparkDedup job) throws IOException {
        Path out = Files.createTempFile(dir, "spark-unique", ".jsonl");
        Outputs.unique(job, r, out.toString(), null);
        List<String> lines = Files.readAllLines(out);
        Map<String, String> input = new HashMap<>();
        for (String l : Files.readAllLines(generated)) {
            try {
                input.putIfAbsent(String.valueOf(Json.parseObject(l).get("id")), l);
            } catch (RuntimeException bad) {
                // the bad records are not in any output
            }
        }
        for (String l : lines) assertEquals(input.get(String.valueOf(Json.parseObject(l).get("id"))), l, "input line kept unchanged");
        return ids(lines);
    }

    static List<String> ids(List<String> jsonl) {
        return jsonl.stream().map(l -> String.valueOf(Json.parseObject(l).get("id"))).toList();
    }
}
