package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.testing.Jsonl;
import io.copydesk.testing.Prose;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDuplicatesTest {
    @TempDir Path dir;

    private DedupResult dedup(List<Article> articles, DedupConfig config) {
        Path file = Jsonl.write(dir.resolve("in-" + System.nanoTime() + ".jsonl"), articles);
        try (InputSet in = InputSet.of(List.of(file.toString()))) {
            Corpus corpus = Corpus.scan(in, config.analysis(), ReadProblems.silent(), Progress.NONE);
            return new NearDuplicates(config).find(corpus, Progress.NONE);
        }
    }

    private static Set<String> pairs(DedupResult r) {
        Set<String> out = new HashSet<>();
        for (DuplicatePair p : r.pairs()) out.add(r.articles().get(p.a()).id() + "|" + r.articles().get(p.b()).id());
        return out;
    }

    /** Originals plus copies at edit rates from 0 to 40%, so true similarities span the whole S-curve. */
    private static List<Article> generated(long seed, int originals) {
        Prose prose = new Prose(seed);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < originals; i++) {
            String body = prose.body(3 + prose.random().nextInt(5));
            out.add(new Article("o" + i, null, body, null, null, null));
            int copies = prose.random().nextInt(3);
            for (int c = 0; c < copies; c++) {
                out.add(new Article("o" + i + "c" + c, null, prose.edit(body, prose.random().nextDouble() * 0.4), null, null, null));
            }
        }
        return out;
    }

    @Test
    void lshFindsWhatExactComparisonFindsAndNothingElse() {
        List<Article> articles = generated(5, 300);
        DedupConfig lsh = DedupConfig.DEFAULT.withThreads(2);
        Set<String> exact = pairs(dedup(articles, lsh.withExact(true)));
        Set<String> found = pairs(dedup(articles, lsh));
        assertTrue(exact.size() > 100, "the generated set must hold many duplicate pairs, had " + exact.size());
        assertTrue(exact.containsAll(found), "verified pairs are a subset of the exact answer");
        double recall = (double) found.size() / exact.size();
        assertTrue(recall >= 0.95, "LSH recall against --exact was " + recall);
    }

    @Test
    void outputDoesNotDependOnThreadCount() {
        List<Article> articles = generated(9, 200);
        DedupResult one = dedup(articles, DedupConfig.DEFAULT.withThreads(1));
        DedupResult three = dedup(articles, DedupConfig.DEFAULT.withThreads(3));
        assertEquals(one.pairs(), three.pairs());
        assertEquals(one.groups(), three.groups());
    }

    @Test
    void syndicatedCopyWithOtherFurnitureIsFoundAndSameFurnitureDoesNotJoinStories() {
        Prose prose = new Prose(21);
        String wire = prose.body(5), other = prose.body(5);
        String courierTop = "By Staff Reporter\nPublished: 12 March 2024\nShare on Facebook Share on X Email\n";
        String courierBottom = "Read more:\nCouncil tax to rise by 4.9 per cent\nPlanning row over seafront hotel\nRugby club names new coach\n"
                + "Sign up to the Courier Morning Briefing for the top stories in your inbox.\n© 2024 The Courier. All rights reserved.";
        String ledgerTop = "DAILY LEDGER\nFollowed Unfollow\nCredit: MPA File Photo\n";
        String ledgerBottom = "Also Read\n• High school robotics team heads to finals\n• Library expands Sunday hours\n"
                + "Copyright © 2024 Daily Ledger Media LLC. All rights reserved.";
        List<Article> articles = List.of(
                new Article("courier/wire", "Wire story", courierTop + wire + "\n" + courierBottom, null, "courier", null),
                new Article("ledger/wire", "Wire story, rewritten headline", ledgerTop + wire + "\n" + ledgerBottom, null, "ledger", null),
                new Article("courier/other", "Another story", courierTop + other + "\n" + courierBottom, null, "courier", null));
        DedupResult r = dedup(articles, DedupConfig.DEFAULT);
        assertEquals(Set.of("courier/wire|ledger/wire"), pairs(r));
        // only the lone "DAILY LEDGER" masthead line survives: one article cannot show it is the site's furniture
        assertTrue(r.pairs().getFirst().jaccard() > 0.99, "furniture removed, the copies match: " + r.pairs().getFirst());
    }

    @Test
    void briefContainedInTheFullArticleIsADuplicateByContainment() {
        Prose prose = new Prose(33);
        String full = prose.body(8);
        String brief = full.substring(0, full.indexOf('\n'));
        DedupResult r = dedup(List.of(new Article("full", null, full, null, null, null), new Article("brief", null, brief, null, null, null)),
                DedupConfig.DEFAULT);
        assertEquals(1, r.pairs().size());
        DuplicatePair p = r.pairs().getFirst();
        assertTrue(p.jaccard() < DedupConfig.DEFAULT_THRESHOLD, "found by containment, not Jaccard: " + p);
        assertEquals(1.0, p.containment(), 1e-9);
    }

    /**
     * Long articles: a version holding 24 of a full article's 61 paragraphs and five of its own (contained at about
     * 0.8-0.9, near the threshold, its Jaccard far below it, so only anchors find it) is found when it is a duplicate, and long articles
     * that only share a few stock sentences (a few anchors among hundreds) are not even candidates.
     */
    @Test
    void longContainedVersionsAreFoundAndLongArticlesSharingPhrasesAreNoCandidates() {
        Prose prose = new Prose(40);
        String[] stock = {prose.sentence(), prose.sentence(), prose.sentence(), prose.sentence()};
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            List<String> paragraphs = new ArrayList<>(List.of(prose.body(60).split("\n")));
            paragraphs.add(stock[0] + " " + stock[1] + " " + stock[2] + " " + stock[3]); // the same closing paragraph in every article
            articles.add(new Article("full" + i, null, String.join("\n", paragraphs), null, null, null));
            List<String> version = new ArrayList<>(paragraphs.subList(0, 24)); // about a thousand shingles, 125 anchors
            version.add(prose.body(5)); // and a sixth of its own: contained at about 0.83
            articles.add(new Article("version" + i, null, String.join("\n", version), null, null, null));
        }
        DedupConfig config = DedupConfig.DEFAULT.withThreads(2);
        DedupResult found = dedup(articles, config);
        Set<String> exact = pairs(dedup(articles, config.withExact(true)));
        // most versions are contained enough (a few, whose own paragraphs came out long, fall below 0.8)
        assertTrue(exact.size() >= 8 && exact.stream().allMatch(p -> p.matches("full(\\d+)\\|version\\1")), "exact pairs " + exact);
        assertEquals(exact, pairs(found));
        for (DuplicatePair p : found.pairs()) assertTrue(p.jaccard() < 0.5 && p.containment() < 0.9, "by containment, near its threshold: " + p);
        // 24 long articles share the stock paragraph (276 pairs), each pair some anchors: only the 12 versions are candidates
        assertTrue(found.candidates() < 40, "candidates " + found.candidates());
    }

    @Test
    void canonicalIsEarliestThenLongestThenSmallestId() {
        Prose prose = new Prose(44);
        String body = prose.body(4);
        Instant day1 = Instant.parse("2024-03-12T08:00:00Z"), day2 = Instant.parse("2024-03-13T08:00:00Z");
        List<Article> articles = List.of(
                new Article("c", null, body, day2, null, null),
                new Article("b", null, body + "\nAn added closing line for the update.", day2, null, null),
                new Article("a", null, body, day1, null, null),
                new Article("d", null, body, null, null, null));
        assertEquals("a", canonical(articles, KeepPolicy.earliest));
        assertEquals("b", canonical(articles, KeepPolicy.longest));
        assertEquals("c", canonical(articles, KeepPolicy.first));
    }

    @Test
    void aDateWithoutATimeIsNotEarlierThanThatDaysStampedCopies() {
        Prose prose = new Prose(45);
        String body = prose.body(4);
        List<Article> articles = List.of(
                new Article("late", null, body, Instant.parse("2024-05-14T09:00:00Z"), null, null),
                new Article("dayonly", null, body, Instant.parse("2024-05-14T00:00:00Z"), null, null), // "2024-05-14"
                new Article("early", null, body + "\nOne more paragraph of the fuller version.", Instant.parse("2024-05-14T07:00:00Z"), null, null),
                new Article("nextday", null, body, Instant.parse("2024-05-15T00:00:00Z"), null, null));
        assertEquals("early", canonical(articles, KeepPolicy.earliest));
        // the day alone is still earlier than the next day's copies
        assertEquals("dayonly", canonical(List.of(articles.get(1), articles.get(3),
                new Article("after", null, body, Instant.parse("2024-05-15T06:00:00Z"), null, null),
                new Article("after2", null, body, Instant.parse("2024-05-16T06:00:00Z"), null, null)), KeepPolicy.earliest));
    }

    private String canonical(List<Article> articles, KeepPolicy keep) {
        DedupConfig d = DedupConfig.DEFAULT;
        DedupConfig config = new DedupConfig(d.analysis(), d.threshold(), d.containment(), d.minContainedShingles(),
                d.lsh(), d.anchorRate(), false, keep, 1);
        DedupResult r = dedup(articles, config);
        assertEquals(1, r.groups().size());
        assertEquals(4, r.groups().getFirst().members().size());
        return r.articles().get(r.groups().getFirst().canonical()).id();
    }
}
