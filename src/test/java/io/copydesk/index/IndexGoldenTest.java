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

/**
 * An index written by format version 4 still opens, checks clean and answers as it did; one of version 3
 * (no figures in the shingles), 2 (no case of terms) or 1 (no term counts) is refused with a message that
 * says how to rebuild it.
 */
class IndexGoldenTest {
    @TempDir Path dir;

    private static String resource(String folder, String name) throws IOException {
        try (InputStream in = IndexGoldenTest.class.getResourceAsStream("/index/" + folder + "/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path install(String folder) throws IOException {
        Path idx = Files.createDirectories(dir.resolve(folder));
        try (InputStream in = IndexGoldenTest.class.getResourceAsStream("/index/" + folder + "/index.db")) {
            Files.copy(in, idx.resolve(ArticleIndex.DB_FILE));
        }
        return idx;
    }

    @Test
    void aVersion4IndexOpensChecksCleanAndAnswersAsBefore() throws IOException {
        Path idx = install("golden-v4");
        Path articles = Files.writeString(dir.resolve("articles.jsonl"), resource("golden-v4", "articles.jsonl"));
        IndexCli.Run check = IndexCli.run("index", "check", "--index", idx.toString(), "--format", "text");
        assertEquals(0, check.exit(), check.out() + check.err());
        assertEquals("ok: 5 articles, every table consistent", check.out().strip());
        IndexCli.Run query = IndexCli.run("index", "query", "--index", idx.toString(), articles.toString(), "--format", "jsonl", "-q");
        assertEquals(resource("golden-v4", "query.jsonl"), query.out());
        IndexCli.Run groups = IndexCli.run("dedup", "--index", idx.toString(), "--format", "jsonl", "-q");
        assertEquals(resource("golden-v4", "groups.jsonl"), groups.out());
        IndexCli.Run related = IndexCli.run("related", "--index", idx.toString(), "--all", "--format", "jsonl", "-q");
        assertEquals(resource("golden-v4", "related.jsonl"), related.out());
        IndexCli.Run fromFile = IndexCli.run("related", articles.toString(), "--all", "--format", "jsonl", "-q");
        assertEquals(related.out(), fromFile.out(), "the stored counts and cases answer as the articles read again");
        IndexCli.Run readd = IndexCli.run("index", "add", "--index", idx.toString(), articles.toString());
        assertTrue(readd.err().contains("5 articles (0 added, 0 replaced, 5 unchanged)"), "content hashes are stable: " + readd.err());
    }

    @Test
    void aVersion3IndexIsRefusedNamingBothVersionsWhatChangedAndHowToRebuild() throws IOException {
        assertRefused(IndexCli.run("dedup", "--index", install("golden-v3").toString()),
                "is a copydesk index of format version 3; this copydesk reads version 4 only (version 4 marks the shingles that hold figures");
    }

    @Test
    void aVersion2IndexIsRefusedNamingBothVersionsWhatChangedAndHowToRebuild() throws IOException {
        assertRefused(IndexCli.run("cluster", "--index", install("golden-v2").toString()),
                "is a copydesk index of format version 2; this copydesk reads version 4 only (version 3 added how each article writes its terms");
    }

    /** Refused as an index of another format: exit 4, one line that says {@code what} and how to rebuild it. */
    private static void assertRefused(IndexCli.Run r, String what) {
        assertEquals(4, r.exit(), r.err());
        assertTrue(r.err().contains(what), r.err());
        assertTrue(r.err().contains("Rebuild it: copydesk index add --index NEWDIR INPUT..."), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    void aVersion1IndexIsRefusedNamingBothVersionsAndHowToRebuild() throws IOException {
        Path idx = install("golden-v1");
        for (String[] args : new String[][] {{"index", "stats", "--index", idx.toString()}, {"dedup", "--index", idx.toString()},
                {"index", "add", "--index", idx.toString(), dir.resolve("none.jsonl").toString()}}) {
            assertRefused(IndexCli.run(args), "is a copydesk index of format version 1; this copydesk reads version 4 only");
        }
    }
}
