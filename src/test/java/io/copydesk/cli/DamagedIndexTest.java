package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.testing.Jsonl;
import io.copydesk.testing.Prose;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13, item 8: a damaged BLOB in the index is a clear data error (exit 4), never an internal one. */
class DamagedIndexTest {
    @TempDir Path dir;
    Path input, index;

    @BeforeEach
    void buildIndex() {
        Prose prose = new Prose(8);
        List<Article> a = new ArrayList<>();
        String shared = prose.body(3);
        for (int i = 0; i < 12; i++) a.add(new Article("a" + i, "T" + i, i < 3 ? shared : prose.body(3), null, null, null));
        input = Jsonl.write(dir.resolve("in.jsonl"), a);
        index = dir.resolve("ix");
        assertEquals(0, DedupCommandTest.run("index", "add", "--index", index.toString(), input.toString(), "-q").exit());
    }

    private void damage(String table, String column) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + index.resolve("index.db"));
             PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE doc IN "
                     + "(SELECT doc FROM articles WHERE id IN ('a0', 'a1', 'a2'))")) {
            s.setBytes(1, new byte[] {1, 2, 3, 4, 5});
            assertEquals(3, s.executeUpdate());
        }
    }

    @ParameterizedTest
    @CsvSource({"shingles, hashes, shingles", "term_counts, counts, term counts"})
    void everyReaderNamesTheDamage(String table, String column, String what) throws Exception {
        damage(table, column);
        List<String[]> commands = List.of(new String[] {"index", "check", "--index", index.toString(), "--format", "text"},
                new String[] {"index", "query", "--index", index.toString(), input.toString(), "-q"},
                new String[] {"dedup", "--index", index.toString(), "-q"},
                new String[] {"related", "--index", index.toString(), "--all", "-q"});
        for (String[] command : commands) {
            if (table.equals("term_counts") && command[0].equals("dedup")) continue; // dedup does not read term counts
            DedupCommandTest.Run r = DedupCommandTest.run(command);
            String all = r.out() + r.err();
            assertFalse(all.contains("internal error"), String.join(" ", command) + ": " + all);
            {
                assertEquals(ExitCode.DATA, r.exit(), String.join(" ", command) + ": " + all);
                assertTrue(all.contains("damaged " + what) || all.contains("bad " + what), String.join(" ", command) + ": " + all);
            }
        }
    }
}
