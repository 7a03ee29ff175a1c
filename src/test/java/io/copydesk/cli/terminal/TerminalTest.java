package io.copydesk.cli.terminal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What users see on a terminal: fitted lines, progress lines, warnings around them. */
class TerminalTest {
    @Test
    void fitNeverExceedsTheWidthAndKeepsShortTextWhole() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(120);
            for (int i = 0; i < n; i++) sb.appendCodePoint(random.nextInt(10) == 0 ? 0x1F4F0 : 'a' + random.nextInt(26));
            String s = sb.toString();
            int width = 1 + random.nextInt(100);
            String fitted = Terminal.fit(s, width);
            assertTrue(fitted.codePointCount(0, fitted.length()) <= width, s + " at " + width);
            if (s.codePointCount(0, s.length()) <= width) assertEquals(s, fitted);
            else assertTrue(s.startsWith(fitted.substring(0, fitted.length() - 1)) && fitted.endsWith("\u2026"));
        }
    }

    @Test
    void summaryLinesFitEightyColumnsAndKeepEveryWord() {
        Random random = new Random(11);
        for (int trial = 0; trial < 2000; trial++) {
            StringBuilder sb = new StringBuilder();
            int words = random.nextInt(60);
            for (int i = 0; i < words; i++) {
                if (i > 0) sb.append(' ');
                int length = random.nextInt(20) == 0 ? 70 + random.nextInt(40) : 1 + random.nextInt(12);
                for (int k = 0; k < length; k++) sb.appendCodePoint(random.nextInt(15) == 0 ? 0x1F4F0 : 'a' + random.nextInt(26));
            }
            String text = sb.toString();
            String summary = Terminal.summary(text);
            List<String> lines = summary.lines().toList();
            assertTrue(lines.getFirst().startsWith("copydesk:"), summary);
            for (String line : lines) {
                boolean oneLongWord = !line.strip().contains(" ") || line.startsWith("copydesk: ") && !line.substring(10).contains(" ");
                assertTrue(line.codePointCount(0, line.length()) < Terminal.SUMMARY_WIDTH || oneLongWord, "too wide: " + line);
            }
            for (String line : lines.subList(1, lines.size())) assertTrue(line.startsWith("  ") && !line.startsWith("   "), line);
            assertEquals(("copydesk: " + text).strip(), String.join(" ", lines.stream().map(String::strip).toList()), "every word kept, in order");
        }
    }

    @Test
    void aNumberKeepsItsUnitOnItsLine() {
        Random random = new Random(13);
        String[] units = {"s", "ms", "MB", "GB", "%x"};
        for (int trial = 0; trial < 2000; trial++) {
            StringBuilder sb = new StringBuilder();
            int words = 1 + random.nextInt(30);
            for (int i = 0; i < words; i++) {
                if (i > 0) sb.append(' ');
                int kind = random.nextInt(4);
                if (kind == 0) sb.append(random.nextInt(100_000)).append('.').append(random.nextInt(10));
                else if (kind == 1) sb.append(units[random.nextInt(units.length)]);
                else for (int k = 1 + random.nextInt(9); k > 0; k--) sb.append((char) ('a' + random.nextInt(26)));
            }
            String text = sb.toString();
            List<String> lines = Terminal.summary(text).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                String first = line.strip().split(" ")[0];
                boolean bareUnit = first.length() <= 2 && first.chars().allMatch(Character::isLetter);
                if (bareUnit) {
                    String before = lines.get(lines.indexOf(line) - 1).strip();
                    assertFalse(Character.isDigit(before.charAt(before.length() - 1)), "a unit left its number: " + lines);
                }
            }
            assertEquals(("copydesk: " + text).strip(), String.join(" ", lines.stream().map(String::strip).toList()), "every word kept, in order");
        }
        assertEquals("copydesk: 7 duplicate pairs from 55,904 candidates (25 bands x 5 rows) in" + System.lineSeparator() + "  16.8 s",
                Terminal.summary("7 duplicate pairs from 55,904 candidates (25 bands x 5 rows) in 16.8 s"));
    }

    @Test
    void countsNameTheirNounInTheSingularForOneOnly() {
        for (long n : new long[] {0, 1, 2, 11, 1_000, 1_234_567, -1}) {
            String text = Terminal.count(n, "article");
            assertEquals(n == 1 ? "1 article" : String.format(java.util.Locale.ROOT, "%,d articles", n), text);
            assertEquals(n == 1 ? "1 story" : text.replace("articles", "stories"), Terminal.count(n, "story", "stories"));
        }
        assertEquals("1,000 articles", Terminal.count(1_000, "article"), "thousands separated, whatever the default locale");
    }

    @Test
    void progressLineHasCountRateElapsedAndEta() {
        String line = TerminalProgress.line("analyzing", 2_500, 10_000, 5_000_000_000L);
        assertTrue(line.contains("2,500/10,000"), line);
        assertTrue(line.contains("500/s"), line);
        assertTrue(line.contains("0:05"), "elapsed: " + line);
        assertTrue(line.contains("ETA 0:15"), "three quarters left at 500/s: " + line);
        String uncounted = TerminalProgress.line("linking", 0, -1, 65_000_000_000L);
        assertTrue(uncounted.startsWith("linking") && uncounted.endsWith("1:05"), "a stage without steps still shows its clock: " + uncounted);
        assertEquals("1:01:01", TerminalProgress.clock(3661));
    }

    @Test
    void progressRedrawsWhileAStageReportsNoSteps() throws Exception {
        StringWriter out = new StringWriter();
        TerminalProgress p = new TerminalProgress(new Stderr(out), 80);
        p.start("linking", -1);
        awaitOutput(out, o -> o.chars().filter(c -> c == '\r').count() >= 4); // a loaded machine may tick late
        p.finish();
        long draws = out.toString().chars().filter(c -> c == '\r').count();
        assertTrue(draws >= 4, "redrawn by the ticker, not only on steps: " + draws);
        assertFalse(out.toString().contains("\u001b"), "no escape sequence: stderr would show it as text");
    }

    @Test
    void aStageCountedInBytesShowsSizesAndAByteRate() {
        String line = TerminalProgress.bytesLine("reading", 120_300_000, 482_000_000, 13_000_000_000L);
        assertTrue(line.contains("[####") && line.contains("120.3/482.0 MB"), line);
        assertTrue(line.contains("9.3 MB/s"), line);
        assertTrue(line.contains("0:13") && line.contains("ETA 0:39"), "elapsed and ETA: " + line);
        assertTrue(TerminalProgress.bytesLine("reading", 2_000, 5_000, 2_000_000_000L).contains("2.0/5.0 kB  1.0 kB/s"));
        assertTrue(TerminalProgress.bytesLine("reading", 3_000_000_000L, 12_000_000_000L, 1_000_000_000L).contains("3.0/12.0 GB  3.0 GB/s"));
        assertEquals(TerminalProgress.line("reading", 40, -1, 2_000_000_000L), TerminalProgress.bytesLine("reading", 40, -1, 2_000_000_000L),
                "size unknown: a count and a rate");
    }

    @Test
    void aTotalThatGrowsKeepsTheEtaTrue() throws Exception {
        StringWriter out = new StringWriter();
        TerminalProgress p = new TerminalProgress(new Stderr(out), 100);
        p.start("merging", 100);
        p.advance(100);
        p.extend(300);
        // the ETA shows from the first second on
        awaitOutput(out, TerminalTest::grownFrameShown);
        p.finish();
        List<String> frames = List.of(out.toString().split("\r"));
        assertTrue(grownFrameShown(out.toString()), "the total grew, the bar did not end: " + frames);
    }

    private static boolean grownFrameShown(String output) {
        return List.of(output.split("\r")).stream().anyMatch(f -> f.contains("100/400") && f.contains("ETA"));
    }

    /**
     * Waits until the output satisfies {@code shown} or 30 s have passed: the ticker draws every
     * 250 ms, but a loaded machine may draw late, so the tests wait for frames instead of assuming a
     * schedule; a frame that never comes still fails the assertion after the wait.
     */
    private static void awaitOutput(StringWriter out, java.util.function.Predicate<String> shown) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!shown.test(out.toString()) && System.nanoTime() < deadline) Thread.sleep(20);
    }

    /**
     * What a terminal shows after the given output: {@code \r} returns to the start of the line,
     * {@code \n} ends it, other characters overwrite. Lines without their trailing spaces; the
     * last one is the line the cursor is on.
     */
    static List<String> screen(String output) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        int col = 0;
        for (char c : output.toCharArray()) {
            if (c == '\r') col = 0;
            else if (c == '\n') { lines.add(line.toString().stripTrailing()); line.setLength(0); col = 0; }
            else {
                if (col < line.length()) line.setCharAt(col, c);
                else line.append(c);
                col++;
            }
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    /**
     * Warnings from any thread while the progress line is drawn, whole lines or a line written in
     * parts while the ticker redraws: each shows whole on a line of its own, the progress below them.
     */
    @Test
    void warningsWipeTheProgressLineAndItComesBackBelowThem() throws Exception {
        StringWriter out = new StringWriter();
        Stderr err = new Stderr(out);
        TerminalProgress p = new TerminalProgress(err, 100);
        p.start("reading", 1_000_000);
        p.advance(1_280);
        Thread.sleep(300); // the ticker has drawn the line
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 50; i++) {
                    String w = "copydesk: /tmp/x" + id + ".jsonl:" + (2001 + i) + ": unexpected 'b' at column 8 (skipped)";
                    warnings.add(w);
                    err.println(w);
                    p.advance(10);
                }
            });
        }
        for (Thread t : threads) t.join();
        String parts = "copydesk: corpus/a.txt: unreadable date ignored";
        warnings.add(parts);
        err.print(parts.substring(0, 20));
        Thread.sleep(300); // a tick while the line is unfinished draws nothing into it
        err.print(parts.substring(20));
        err.println();
        awaitOutput(out, o -> screen(o).getLast().startsWith("reading"));
        List<String> shown = screen(out.toString());
        String last = shown.getLast();
        assertTrue(last.startsWith("reading") && last.contains("/1,000,000"), "the progress line is back, below the warnings: " + last);
        assertEquals(new java.util.HashSet<>(warnings), new java.util.HashSet<>(shown.subList(0, shown.size() - 1)),
                "every warning on a line of its own, with no progress text in it");
        assertEquals(warnings.size(), shown.size() - 1);
        p.finish();
        assertEquals("", screen(out.toString()).getLast(), "finish wipes the line");
    }

    /** An error ends the run while a stage is drawn: the message stands alone and the stage is not drawn again. */
    @Test
    void anErrorEndsTheProgressLineForGood() throws Exception {
        StringWriter out = new StringWriter();
        Stderr err = new Stderr(out);
        TerminalProgress p = new TerminalProgress(err, 100);
        p.start("analyzing", 10);
        p.advance(3);
        Thread.sleep(300);
        err.endStatus();
        err.println("copydesk: x.jsonl: it changed while being read");
        Thread.sleep(600); // ticks that would draw the stage again
        assertEquals(List.of("copydesk: x.jsonl: it changed while being read", ""), screen(out.toString()));
    }
}
