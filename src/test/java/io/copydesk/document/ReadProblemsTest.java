package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems of one kind in one file are printed up to a cap, the rest counted in one line; the summary counts them all. */
class ReadProblemsTest {
    @Test
    void theFirstProblemsOfAKindInAFileArePrintedAndTheRestCounted() {
        StringWriter out = new StringWriter();
        ReadProblems problems = new ReadProblems(new PrintWriter(out, true), false);
        for (int line = 1; line <= 500; line++) {
            problems.skip("bin.jsonl:" + line, line % 2 == 0 ? "invalid UTF-8" : "unexpected '" + (char) ('a' + line % 26) + "' at column " + line);
            problems.countRead();
        }
        for (int line = 1; line <= 30; line++) problems.skip("twice.jsonl:" + line, "repeated id a" + line + " (first seen at once.jsonl:" + line + ")");
        for (int line = 1; line <= 3; line++) problems.skip("other.jsonl:" + line, "invalid UTF-8");
        for (int line = 1; line <= 25; line++) problems.warn("dates.jsonl:" + line, "unreadable date \"soon " + line + "\" ignored");
        problems.printOmitted();

        List<String> lines = out.toString().lines().toList();
        assertEquals("bin.jsonl:1: unexpected 'b' at column 1 (skipped)", lines.getFirst(), "the first ones as they were");
        assertEquals(ReadProblems.SHOWN, lines.stream().filter(l -> l.startsWith("bin.jsonl:") && l.contains("invalid UTF-8")).count());
        assertEquals(ReadProblems.SHOWN, lines.stream().filter(l -> l.startsWith("bin.jsonl:") && l.contains("unexpected")).count());
        assertEquals(ReadProblems.SHOWN, lines.stream().filter(l -> l.startsWith("twice.jsonl:")).count());
        assertEquals(3, lines.stream().filter(l -> l.startsWith("other.jsonl:")).count(), "the cap is per file");
        assertEquals(ReadProblems.SHOWN, lines.stream().filter(l -> l.startsWith("dates.jsonl:")).count(), "warnings too");
        assertEquals(List.of("copydesk: bin.jsonl: 230 more: unexpected '...' at column ... (skipped)",
                "copydesk: bin.jsonl: 230 more: invalid UTF-8 (skipped)",
                "copydesk: twice.jsonl: 10 more: repeated id ... (first seen at once.jsonl:...) (skipped)",
                "copydesk: dates.jsonl: 5 more: unreadable date \"...\" ignored"), lines.subList(lines.size() - 4, lines.size()));
        assertEquals(4 * ReadProblems.SHOWN + 3 + 4, lines.size());
        assertEquals("skipped 533 of 500 records", problems.summary(), "every skip counted, printed or not");
    }

    @Test
    void strictStopsAtTheFirstProblemAsBefore() {
        ReadProblems problems = new ReadProblems(new PrintWriter(new StringWriter()), true);
        BadInputException e = assertThrows(BadInputException.class, () -> problems.skip("bin.jsonl:1", "invalid UTF-8"));
        assertEquals("bin.jsonl:1: invalid UTF-8", e.getMessage());
    }
}
