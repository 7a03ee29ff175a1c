package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A weekly report is one template filled in with other figures: the reports of different weeks share
 * most of their words and are other stories, not duplicates. A copy of one report with other words
 * beside its figures, and an update that corrects one of its figures, stay duplicates; with figures
 * ignored (a text dataset's dedup) the weeks are duplicates too.
 */
class RecurringReportsTest {
    /** Written for this test: a port's weekly report, four figures in it. */
    private static String report(int[] f, boolean copyEdited) {
        return "The harbour authority of Brennavik said on Monday that " + f[0] + (copyEdited ? " grain ships were" : " bulk carriers were") + " waiting to load grain at its"
                + " northern berths, and that the queue had " + (copyEdited ? "grown" : "changed") + " since its last weekly report to shippers.\n"
                + "Loading at the grain terminal averaged " + f[1] + (copyEdited ? " tonnes per hour" : " tonnes an hour") + " over the week, the authority said, while the"
                + " eastern quay handled " + f[2] + " containers of timber and machinery for the inland railway.\n"
                + "The authority expects the waiting time for a berth to be about " + f[3] + " hours next week, depending on the"
                + " weather in the strait and on the arrival of the two floating cranes it has hired for the season.\n"
                + "Shippers " + (copyEdited ? "were told" : "were advised") + " to book their loading slots through the port office"
                + " and to report any delay of a vessel at anchor to the harbour master before noon each day.";
    }

    private static int[] figures(Random r, Set<Integer> used) {
        int[] f = new int[4];
        for (int i = 0; i < 4; i++) {
            do f[i] = 10 + r.nextInt(99_990); while (!used.add(f[i])); // a figure no other report of the test has
        }
        return f;
    }

    private static Set<String> pairs(List<Article> articles, DedupConfig config) {
        Corpus corpus = Corpus.of(articles, config.analysis(), 1);
        DedupResult r = new NearDuplicates(config).find(corpus, Progress.NONE);
        Set<String> out = new HashSet<>();
        for (DuplicatePair p : r.pairs()) out.add(r.articles().get(p.a()).id() + "|" + r.articles().get(p.b()).id());
        return out;
    }

    /**
     * Property over seeds: eight weeks' reports, each with a copy edited beside its figures and an update that
     * corrects one figure: the duplicates are exactly the pairs within a week; ignoring figures, every pair.
     */
    @Test
    void theWeeksAreOtherStoriesTheirCopiesAndUpdatesDuplicates() {
        long seed = Long.getLong("copydesk.test.seed", System.nanoTime());
        for (int round = 0; round < 5; round++) {
            Random r = new Random(seed + round);
            Set<Integer> used = new HashSet<>();
            List<Article> articles = new ArrayList<>();
            Instant monday = Instant.parse("2025-01-06T08:00:00Z");
            for (int week = 0; week < 8; week++) {
                int[] f = figures(r, used);
                int[] corrected = f.clone();
                corrected[r.nextInt(4)] = figures(r, used)[0];
                Instant at = monday.plus(7L * week, ChronoUnit.DAYS);
                articles.add(new Article("w" + week + "/report", "Grain queue at Brennavik", report(f, false), at, "Port Wire", null));
                articles.add(new Article("w" + week + "/copy", "Ships wait at Brennavik", report(f, true), at.plusSeconds(3600), "Coast Daily", null));
                articles.add(new Article("w" + week + "/update", "Grain queue at Brennavik (updated)", report(corrected, false),
                        at.plusSeconds(7200), "Port Wire", null));
            }
            Set<String> expected = new HashSet<>(), every = new HashSet<>();
            for (int i = 0; i < articles.size(); i++) {
                for (int j = i + 1; j < articles.size(); j++) {
                    String a = articles.get(i).id(), b = articles.get(j).id(), pair = a + "|" + b;
                    every.add(pair);
                    if (a.substring(0, 2).equals(b.substring(0, 2))) expected.add(pair);
                }
            }
            DedupConfig config = DedupConfig.DEFAULT.withThreads(1);
            assertEquals(expected, pairs(articles, config), "seed " + (seed + round));
            assertEquals(every, pairs(articles, config.withCompareFigures(false)), "seed " + (seed + round));
            assertEquals(every, pairs(articles, config.withCompareFigures(false).withExact(true)), "seed " + (seed + round));
            assertEquals(expected, pairs(articles, config.withExact(true)), "seed " + (seed + round));
        }
    }
}
