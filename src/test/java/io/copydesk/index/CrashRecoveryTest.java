package io.copydesk.index;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.cli.IndexCli;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.engine.Progress;
import io.copydesk.testing.Jsonl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting child process with SIGKILL at seeded random moments, then checks that every
 * committed batch is there, no cut-off batch is, the tables agree, and one more run of the same
 * command completes the index with every article exactly once.
 */
class CrashRecoveryTest {
    private static final long SEED = Long.getLong("copydesk.crash.seed", 20250311L);
    private static final int ARTICLES = 1600, BATCH = 40, KILLS = 5;

    @TempDir Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed limit: CI machines are shared
    void killedIngestKeepsCommittedBatchesAndTheNextRunCompletesIt() throws Exception {
        Path input = Jsonl.write(dir.resolve("news.jsonl"),
                new NewsGenerator(GeneratorConfig.of(ARTICLES).withSeed(SEED)).stream().map(GeneratedArticle::toArticle).toList());
        Path idx = dir.resolve("idx"), log = dir.resolve("child.log");
        Random random = new Random(SEED);
        List<Long> counts = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            long committed = counts.isEmpty() ? 0 : counts.getLast();
            // A random moment of the ingest: once a random number of further batches is committed,
            // plus a random part of the next batch's work.
            long target = Math.min(ARTICLES - BATCH, committed + (long) BATCH * (1 + random.nextInt(8)));
            int extraMillis = random.nextInt(120);
            Process child = new ProcessBuilder(javaCommand(), "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), IndexCli.class.getName(),
                    "index", "add", "--index", idx.toString(), input.toString(), "--batch", Integer.toString(BATCH), "--threads", "1")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            while (child.isAlive() && committedCount(idx) < target) Thread.sleep(10);
            Thread.sleep(extraMillis);
            assertTrue(child.isAlive(), "the child is still ingesting when killed; its output:\n" + Files.readString(log));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child stops");
            long n = checkedCount(idx, log);
            assertEquals(0, n % BATCH, "only whole batches are visible after a kill, found " + n + " articles");
            assertTrue(n >= target, "committed batches stay: " + counts + " then " + n + ", waited for " + target);
            counts.add(n);
        }
        assertTrue(counts.getLast() < ARTICLES, "the kills left work for the last run: " + counts);
        System.out.println("crash test: articles committed after each kill " + counts + " of " + ARTICLES);
        IndexCli.Run last = IndexCli.run("index", "add", "--index", idx.toString(), input.toString(), "--batch", Integer.toString(BATCH));
        assertEquals(0, last.exit(), last.err());
        long before = counts.getLast();
        assertTrue(last.err().contains(String.format(java.util.Locale.ROOT, "(%,d added, 0 replaced, %,d unchanged)", ARTICLES - before, before)),
                last.err());
        assertEquals(ARTICLES, checkedCount(idx, log));
    }

    /** Committed articles, read as a concurrent reader would; 0 before the index exists. */
    private static long committedCount(Path idx) throws java.sql.SQLException {
        if (!Files.exists(idx.resolve(ArticleIndex.DB_FILE))) return 0;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + idx.resolve(ArticleIndex.DB_FILE));
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0; // the schema is not committed yet
        }
    }

    /** The number of indexed articles, after checking that every table agrees with the others. */
    private static long checkedCount(Path idx, Path log) throws IOException {
        try (ArticleIndex index = ArticleIndex.openForReading(idx, ArticleIndex.SettingsChoice.storedOr(null))) {
            IndexChecker.Report report = IndexChecker.check(index, Progress.NONE);
            assertTrue(report.ok(), report.problems() + "\nchild output:\n" + Files.readString(log));
            return report.articles();
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
