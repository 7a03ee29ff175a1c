package io.copydesk.index;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.cli.IndexCli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written by format version 1 still opens, checks clean and answers as it did. */
class IndexGoldenTest {
    private static final String GOLDEN = "/index/golden-v1/";

    @TempDir Path dir;

    private String resource(String name) throws IOException {
        try (InputStream in = IndexGoldenTest.class.getResourceAsStream(GOLDEN + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aVersion1IndexOpensChecksCleanAndAnswersAsBefore() throws IOException {
        Path idx = Files.createDirectories(dir.resolve("idx"));
        try (InputStream in = IndexGoldenTest.class.getResourceAsStream(GOLDEN + "index.db")) {
            Files.copy(in, idx.resolve(ArticleIndex.DB_FILE));
        }
        Path articles = Files.writeString(dir.resolve("articles.jsonl"), resource("articles.jsonl"));
        IndexCli.Run check = IndexCli.run("index", "check", "--index", idx.toString(), "--format", "text");
        assertEquals(0, check.exit(), check.out() + check.err());
        assertEquals("ok: 5 articles, every table consistent", check.out().strip());
        IndexCli.Run query = IndexCli.run("index", "query", "--index", idx.toString(), articles.toString(), "--format", "jsonl", "-q");
        assertEquals(resource("query.jsonl"), query.out());
        IndexCli.Run groups = IndexCli.run("dedup", "--index", idx.toString(), "--format", "jsonl", "-q");
        assertEquals(resource("groups.jsonl"), groups.out());
        IndexCli.Run readd = IndexCli.run("index", "add", "--index", idx.toString(), articles.toString());
        assertTrue(readd.err().contains("5 articles (0 added, 0 replaced, 5 unchanged)"), "content hashes are stable: " + readd.err());
    }
}
