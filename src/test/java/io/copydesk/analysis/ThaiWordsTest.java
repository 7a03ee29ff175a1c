package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Thai runs split into words: the JDK's words for a short run, and a long run split whole, a window at a time. */
class ThaiWordsTest {
    // common words (written for this test): government, to announce, measure, new, flood, province, Chiang Mai, people, to help
    private static final String[] WORDS = {"\u0E23\u0E31\u0E10\u0E1A\u0E32\u0E25", "\u0E1B\u0E23\u0E30\u0E01\u0E32\u0E28",
        "\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23", "\u0E43\u0E2B\u0E21\u0E48", "\u0E19\u0E49\u0E33\u0E17\u0E48\u0E27\u0E21",
        "\u0E08\u0E31\u0E07\u0E2B\u0E27\u0E31\u0E14", "\u0E40\u0E0A\u0E35\u0E22\u0E07\u0E43\u0E2B\u0E21\u0E48",
        "\u0E1B\u0E23\u0E30\u0E0A\u0E32\u0E0A\u0E19", "\u0E0A\u0E48\u0E27\u0E22\u0E40\u0E2B\u0E25\u0E37\u0E2D"};

    private static String run(Random r, int minChars) {
        StringBuilder b = new StringBuilder();
        while (b.length() < minChars) b.append(WORDS[r.nextInt(WORDS.length)]);
        return b.toString();
    }

    private static List<String> split(String prefix, String run) {
        String text = prefix + run + " tail";
        List<String> out = new ArrayList<>();
        int[] next = {prefix.length()};
        ThaiWords.split(text, prefix.length(), prefix.length() + run.length(), (s, e) -> {
            assertEquals(next[0], s, "words follow one another, no gap");
            assertTrue(e > s);
            next[0] = e;
            out.add(text.substring(s, e));
        });
        assertEquals(prefix.length() + run.length(), next[0], "the words cover the run");
        return out;
    }

    private static List<String> jdk(String run) {
        BreakIterator b = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        b.setText(run);
        List<String> out = new ArrayList<>();
        for (int a = b.first(), z = b.next(); z != BreakIterator.DONE; a = z, z = b.next()) out.add(run.substring(a, z));
        return out;
    }

    @Test
    void aShortRunIsTheDictionarysWords() {
        Random r = new Random(54);
        for (int i = 0; i < 200; i++) {
            String run = run(r, 1 + r.nextInt(ThaiWords.WINDOW - 20));
            if (run.length() > ThaiWords.WINDOW) continue;
            List<String> words = split("ab ", run);
            assertEquals(jdk(run), words, run);
            assertTrue(words.size() > 1 || run.length() <= 12, "a run of several words is split: " + words);
        }
    }

    /** A run far longer than a window (as a page with no spaces in its Thai would give) is split whole into real words. */
    @Test
    void aLongRunIsSplitWholeAWindowAtATime() {
        Random r = new Random(7);
        String run = run(r, 50 * ThaiWords.WINDOW);
        List<String> words = split("", run);
        assertEquals(run, String.join("", words));
        // the words end where the dictionary, given the whole run at once, ends them, but for a few at the windows' seams
        java.util.Set<Integer> ends = new java.util.HashSet<>(), whole = new java.util.HashSet<>();
        int at = 0;
        for (String w : words) ends.add(at += w.length());
        at = 0;
        for (String w : jdk(run)) whole.add(at += w.length());
        int agree = 0;
        for (int e : whole) if (ends.contains(e)) agree++;
        assertTrue(agree >= whole.size() * 99 / 100, agree + " of " + whole.size() + " word ends agree");
        assertTrue(words.size() >= whole.size() * 99 / 100 && words.size() <= whole.size() * 101 / 100, words.size() + " vs " + whole.size());
    }
}
