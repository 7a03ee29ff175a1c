package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexSettings;
import io.copydesk.internal.json.Json;
import io.copydesk.testing.Jsonl;
import io.copydesk.testing.Prose;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
    @TempDir Path dir;
    Path idx, story;
    List<Article> articles;
    String text, other;

    static IndexCli.Run run(String... args) {
        return IndexCli.run(args);
    }

    @BeforeEach
    void writeInput() {
        idx = dir.resolve("news.idx");
        Prose prose = new Prose(8);
        text = prose.body(5);
        other = prose.body(5);
        articles = new ArrayList<>();
        articles.add(new Article("original", "Original", text, Instant.parse("2024-03-12T00:00:00Z"), "a", null));
        articles.add(new Article("other", "Other", other, null, null, null));
        articles.add(new Article("edited", "Edited", prose.edit(text, 0.03), Instant.parse("2024-03-12T06:00:00Z"), "c", null));
        story = Jsonl.write(dir.resolve("in.jsonl"), articles);
    }

    private Path write(String name, Article... a) {
        return Jsonl.write(dir.resolve(name), List.of(a));
    }

    private IndexCli.Run add(Path input, String... more) {
        List<String> args = new ArrayList<>(List.of("index", "add", "--index", idx.toString(), input.toString()));
        args.addAll(List.of(more));
        IndexCli.Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    private long articlesInIndex() {
        IndexCli.Run r = run("index", "stats", "--index", idx.toString(), "--format", "jsonl");
        assertEquals(0, r.exit(), r.err());
        return (Long) Json.parseObject(r.out().lines().findFirst().orElseThrow()).get("articles");
    }

    private Connection sql() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + idx.resolve(ArticleIndex.DB_FILE));
    }

    @Test
    void dedupFromAnIndexPrintsWhatInMemoryDedupPrintsOnGeneratedNews() {
        Path news = Jsonl.write(dir.resolve("news.jsonl"),
                new NewsGenerator(GeneratorConfig.of(1200).withSeed(11)).stream().map(GeneratedArticle::toArticle).toList());
        add(news, "--batch", "5000", "-q");
        IndexCli.Run fromIndex = run("dedup", "--index", idx.toString(), "--format", "jsonl", "-q");
        IndexCli.Run inMemory = run("dedup", news.toString(), "--format", "jsonl", "-q");
        assertEquals(0, fromIndex.exit(), fromIndex.err());
        assertTrue(inMemory.out().lines().count() > 50, "the generated news holds duplicate groups");
        assertEquals(inMemory.out(), fromIndex.out());
        IndexCli.Run pairs = run("dedup", "--index", idx.toString(), "--pairs", "--format", "tsv", "-q");
        assertEquals(run("dedup", news.toString(), "--pairs", "--format", "tsv", "-q").out(), pairs.out());
    }

    /** One run of many batches cleans its early batches again at its end: dedup's output, and nothing stale. */
    @Test
    void oneRunOfSmallBatchesCleansAsDedupDoes() {
        Path news = Jsonl.write(dir.resolve("news.jsonl"),
                new NewsGenerator(GeneratorConfig.of(600).withSeed(5)).stream().map(GeneratedArticle::toArticle).toList());
        add(news, "--batch", "50", "-q");
        Map<String, Object> report = Json.parseObject(run("index", "check", "--index", idx.toString(), "--format", "jsonl").out().strip());
        assertEquals(0L, report.get("stale_boilerplate"));
        assertEquals(run("dedup", news.toString(), "--format", "jsonl", "-q").out(),
                run("dedup", "--index", idx.toString(), "--format", "jsonl", "-q").out());
    }

    /** Articles of an earlier run keep the counts they were cleaned with until a rebuild. */
    @Test
    void anEarlierRunsArticlesAreCleanedWithFewerCountsUntilRebuild() {
        List<Article> all = new NewsGenerator(GeneratorConfig.of(600).withSeed(5)).stream().map(GeneratedArticle::toArticle).toList();
        Path news = Jsonl.write(dir.resolve("news.jsonl"), all);
        add(Jsonl.write(dir.resolve("first.jsonl"), all.subList(0, 300)), "--batch", "50", "-q");
        add(Jsonl.write(dir.resolve("second.jsonl"), all.subList(300, 600)), "--batch", "50", "-q");
        IndexCli.Run check = run("index", "check", "--index", idx.toString(), "--format", "jsonl");
        assertEquals(0, check.exit(), check.out());
        Map<String, Object> report = Json.parseObject(check.out().strip());
        assertTrue((Long) report.get("stale_boilerplate") > 0, check.out());
        IndexCli.Run rebuild = run("index", "rebuild", "--index", idx.toString(), news.toString(), "--batch", "100");
        assertEquals(0, rebuild.exit(), rebuild.err());
        Map<String, Object> after = Json.parseObject(run("index", "check", "--index", idx.toString(), "--format", "jsonl").out().strip());
        assertEquals(0L, after.get("stale_boilerplate"));
        assertEquals(Boolean.TRUE, after.get("ok"));
        assertEquals(run("dedup", news.toString(), "--format", "jsonl", "-q").out(),
                run("dedup", "--index", idx.toString(), "--format", "jsonl", "-q").out());
    }

    @Test
    void queryPrintsOneLinePerArticleWithItsDuplicatesThenItsRelatedArticles() {
        add(story, "-q");
        Path incoming = write("incoming.jsonl", new Article("late-copy", "Copy", text, Instant.parse("2024-03-13T00:00:00Z"), "b", null));
        IndexCli.Run r = run("index", "query", "--index", idx.toString(), incoming.toString(), "--format", "jsonl", "--window", "none", "-q");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        assertTrue(lines.getFirst().startsWith("{\"id\":\"late-copy\",\"duplicates\":[{\"b\":\"original\",\"jaccard\":1.0000,\"containment\":1.0000},"
                + "{\"b\":\"edited\","), lines.getFirst());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> related = (List<Map<String, Object>>) Json.parseObject(lines.getFirst()).get("related");
        assertEquals(List.of("original", "edited", "other"), related.stream().map(h -> h.get("id")).toList());
        assertEquals(List.of("duplicate", "duplicate", "related"), related.stream().map(h -> h.get("relation")).toList());
        assertEquals(3L, articlesInIndex(), "a query without --add leaves the index alone");
    }

    @Test
    void queryWithAddChecksEachArticleAgainstTheOnesBeforeIt() {
        add(write("first.jsonl", articles.get(1)), "-q");
        Path incoming = write("incoming.jsonl", articles.get(0),
                new Article("late-copy", "Copy", text, Instant.parse("2024-03-13T00:00:00Z"), "b", null));
        IndexCli.Run r = run("index", "query", "--index", idx.toString(), "--add", incoming.toString(), "--format", "tsv", "--top", "0");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("query\tid\trelation\tscore\tjaccard\tcontainment", "late-copy\toriginal\tduplicate\t\t1.0000\t1.0000"),
                r.out().lines().toList());
        assertTrue(r.err().contains("2 articles queried and added, 1 with duplicates, 1 duplicate pair,"), r.err());
        assertEquals(3L, articlesInIndex());
    }

    @Test
    void addingIsIdempotentByIdAndAChangedTextReplacesTheArticle() {
        add(story);
        IndexCli.Run again = add(story);
        assertTrue(again.err().contains("3 articles (0 added, 0 replaced, 3 unchanged)"), again.err());
        Path changed = write("changed.jsonl", new Article("other", "Other", other + "\nA correction was appended.", null, null, null));
        IndexCli.Run replaced = add(changed);
        assertTrue(replaced.err().contains("1 article (0 added, 1 replaced, 0 unchanged)"), replaced.err());
        assertEquals(3L, articlesInIndex());
        IndexCli.Run check = run("index", "check", "--index", idx.toString(), "--format", "text");
        assertEquals(0, check.exit());
        IndexCli.Run quiet = run("index", "check", "--index", idx.toString(), "--format", "text", "-q"); // no progress: the same report
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals(check.out(), quiet.out());
    }

    @Test
    void repeatedIdsInOneRunKeepTheFirst() {
        Path twice = write("twice.jsonl", articles.get(0), new Article("original", "Later", other, null, null, null));
        IndexCli.Run r = add(twice);
        assertTrue(r.err().contains("twice.jsonl:2: repeated id original (the first one is indexed) (skipped)"), r.err());
        assertEquals(1L, articlesInIndex());
    }

    @Test
    void removeTakesArticlesOutAndReportsUnknownIds() {
        add(story, "-q");
        IndexCli.Run r = run("index", "remove", "--index", idx.toString(), "--id", "original", "--id", "nope");
        assertEquals(ExitCode.DATA, r.exit());
        assertTrue(r.err().contains("no article with id nope"), r.err());
        assertTrue(r.err().contains("removed 1 article"), r.err());
        assertEquals(2L, articlesInIndex());
        IndexCli.Run check = run("index", "check", "--index", idx.toString(), "--format", "text");
        assertEquals(0, check.exit(), check.out());
    }

    @Test
    void expireRemovesOldArticlesByDateAndUndatedOnesByInsertionTime() {
        add(story, "-q");
        IndexCli.Run r = run("index", "expire", "--index", idx.toString(), "--older-than", "30d", "--now", "2024-04-11T03:00:00Z");
        assertEquals(0, r.exit(), r.err());
        assertEquals(2L, articlesInIndex(), "original is older than 30 days; edited (6 hours later) and the undated one stay");
        IndexCli.Run later = run("index", "expire", "--index", idx.toString(), "--older-than", "P1D", "--now", "2999-01-01T00:00:00Z");
        assertEquals(0, later.exit(), later.err());
        assertEquals(0L, articlesInIndex(), "the undated article was added long before 2999");
        assertEquals(ExitCode.USAGE, run("index", "expire", "--index", idx.toString(), "--older-than", "soon").exit());
    }

    @Test
    void statsFirstLineCountsArticlesAndGivesSizeAndSettings() {
        add(story, "--shingle", "3", "-q");
        IndexCli.Run r = run("index", "stats", "--index", idx.toString(), "--format", "jsonl");
        Map<String, Object> s = Json.parseObject(r.out().lines().findFirst().orElseThrow());
        assertEquals(3L, s.get("articles"));
        assertEquals(2L, s.get("dated"));
        assertTrue((Long) s.get("bytes") > 0);
        assertEquals(4L, s.get("format_version"));
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) s.get("settings");
        assertEquals("3", settings.get("shingle"));
    }

    @Test
    void checkReportsMissingAndOrphanRowsWithTheDataExitCode() throws Exception {
        add(story, "-q");
        try (Connection c = sql(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM band_keys WHERE band = 3 AND doc = (SELECT doc FROM articles WHERE id = 'edited')");
            s.executeUpdate("INSERT INTO anchors (anchor, doc) VALUES (12345, 999)");
            s.executeUpdate("DELETE FROM signatures WHERE doc = (SELECT doc FROM articles WHERE id = 'other')");
            s.executeUpdate("DELETE FROM postings WHERE doc = (SELECT doc FROM articles WHERE id = 'original')"
                    + " AND term = (SELECT min(term) FROM postings WHERE doc = (SELECT doc FROM articles WHERE id = 'original'))");
            s.executeUpdate("UPDATE terms SET df = df + 1 WHERE term = (SELECT max(term) FROM terms)");
            s.executeUpdate("UPDATE meta SET value = '4' WHERE key = 'documents'");
        }
        IndexCli.Run r = run("index", "check", "--index", idx.toString(), "--format", "text");
        assertEquals(ExitCode.DATA, r.exit());
        assertTrue(r.out().contains("problem: article edited: band rows do not match its signature (1 missing)"), r.out());
        assertTrue(r.out().contains("problem: 1 rows of anchors belong to no article"), r.out());
        assertTrue(r.out().contains("problem: article other has no signature"), r.out());
        assertTrue(r.out().contains("problem: article original: postings do not match its term counts (1 missing)"), r.out());
        assertTrue(r.out().contains("problem: 1 terms have a document frequency other than the number of articles holding them"), r.out());
        assertTrue(r.out().contains("problem: meta documents is 4, but the index holds 3 articles"), r.out());
    }

    @Test
    void otherSettingsAreRefusedNamingBothValues() {
        add(story, "-q");
        IndexCli.Run r = run("index", "add", "--index", idx.toString(), story.toString(), "--shingle", "5");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("shingle 4 (index) vs 5 (asked)"), r.err());
        IndexCli.Run same = run("index", "query", "--index", idx.toString(), story.toString(), "--shingle", "4", "-q");
        assertEquals(0, same.exit(), "repeating the index's own settings is fine: " + same.err());
        IndexCli.Run dedup = run("dedup", "--index", idx.toString(), "--threshold", "0.9");
        assertEquals(ExitCode.USAGE, dedup.exit());
        assertTrue(dedup.err().contains("threshold 0.5 (index) vs 0.9 (asked)"), dedup.err());
    }

    @Test
    void anIndexOfAnotherFormatVersionIsRefusedNamingTheVersionNeeded() throws Exception {
        add(story, "-q");
        try (Connection c = sql(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE meta SET value = '5' WHERE key = 'format_version'");
        }
        IndexCli.Run r = run("index", "stats", "--index", idx.toString());
        assertEquals(ExitCode.DATA, r.exit());
        assertTrue(r.err().contains("is a copydesk index of format version 5; this copydesk reads version 4 only"), r.err());
    }

    @Test
    void aSecondWriterIsRefusedWhileQueriesStillRun() {
        add(story, "-q");
        try (ArticleIndex writer = ArticleIndex.openForWriting(idx, ArticleIndex.SettingsChoice.storedOr(IndexSettings.DEFAULT), false)) {
            IndexCli.Run second = run("index", "add", "--index", idx.toString(), story.toString());
            assertEquals(ExitCode.IO, second.exit());
            assertTrue(second.err().contains("is being written by another process"), second.err());
            IndexCli.Run query = run("index", "query", "--index", idx.toString(), story.toString(), "--format", "jsonl", "-q");
            assertEquals(0, query.exit(), query.err());
            assertFalse(query.out().isEmpty());
        }
        add(story, "-q"); // the lock went with the writer
    }

    @Test
    void queryWithAddOnAFolderWithoutAnIndexIsRefusedAndCreatesNothing() {
        Path typo = dir.resolve("nesw.idx");
        IndexCli.Run r = run("index", "query", "--index", typo.toString(), "--add", story.toString());
        assertEquals(ExitCode.IO, r.exit(), r.err());
        assertEquals(List.of("copydesk: no index in " + typo + " (create one with: copydesk index add --index " + typo + " INPUT...)"),
                r.err().lines().toList());
        assertEquals("", r.out());
        assertFalse(java.nio.file.Files.exists(typo));
    }

    @Test
    void addRefusesAnIndexInAMissingFolderAsOutRefusesOne() {
        Path missing = dir.resolve("no").resolve("such");
        IndexCli.Run r = run("index", "add", "--index", missing.resolve("news.idx").toString(), story.toString());
        assertEquals(ExitCode.IO, r.exit(), r.err());
        assertEquals(List.of("copydesk: cannot create index folder " + missing.resolve("news.idx") + ": no such directory " + missing),
                r.err().lines().toList());
        assertFalse(java.nio.file.Files.exists(dir.resolve("no")));
    }

    @Test
    void aMissingIndexOrNoSubcommandIsExplained() {
        IndexCli.Run r = run("index", "query", "--index", dir.resolve("none").toString(), story.toString());
        assertEquals(ExitCode.IO, r.exit());
        assertTrue(r.err().contains("no index in " + dir.resolve("none") + " (create one with: copydesk index add"), r.err());
        assertEquals(ExitCode.USAGE, run("index").exit());
        IndexCli.Run help = run("index", "add", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Examples:") && help.out().contains("Exit codes:"), help.out());
    }
}
