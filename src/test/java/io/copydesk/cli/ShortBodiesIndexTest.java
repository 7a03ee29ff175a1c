package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new index keeps the short-body rule (its setting {@code title-below}) and answers as {@code dedup} does: two notices
 * of one template under other companies' headlines are no group (two: a line of three would go as repeated furniture).
 */
class ShortBodiesIndexTest {
    @TempDir Path dir;

    @Test
    void anIndexStoresTheRuleAndGroupsAsDedupDoes() throws Exception {
        List<String> lines = new ArrayList<>();
        String[] companies = {"Armadale Foods Inc <ARM>", "Brenton Mining Corp <BRE>"};
        for (int i = 0; i < companies.length; i++) {
            lines.add("{\"id\":\"n" + i + "\",\"title\":\"" + companies[i] + " sets quarterly dividend\",\"text\":\"Regular quarterly dividend "
                    + "declared payable to shareholders\",\"date\":\"1987-03-0" + (i + 1) + "\"}");
        }
        Path input = Files.write(dir.resolve("notices.jsonl"), lines);
        Path idx = dir.resolve("idx");
        IndexCli.Run add = IndexCli.run("index", "add", "--index", idx.toString(), input.toString(), "-q");
        assertEquals(0, add.exit(), add.err());
        IndexCli.Run stats = IndexCli.run("index", "stats", "--index", idx.toString(), "--format", "jsonl");
        assertTrue(stats.out().contains("title-below=15") || stats.out().contains("\"title-below\":\"15\""), stats.out());
        IndexCli.Run fromIndex = IndexCli.run("dedup", "--index", idx.toString(), "--format", "jsonl", "-q");
        IndexCli.Run fromFile = IndexCli.run("dedup", input.toString(), "--format", "jsonl", "-q");
        assertEquals(0, fromFile.exit(), fromFile.err());
        assertEquals(fromFile.out(), fromIndex.out());
        assertEquals("", fromFile.out(), "no group");
        IndexCli.Run explain = IndexCli.run("explain", input.toString(), "--a", "n0", "--b", "n1", "--format", "jsonl", "-q");
        assertTrue(explain.out().contains("\"duplicate\":false") && explain.out().contains("\"shared_a_title\":[]"), explain.out());
    }
}
