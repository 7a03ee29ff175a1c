package io.copydesk.cluster;

import static io.copydesk.tfidf.InvertedIndexTestAccess.JOINED_FROM;
import static io.copydesk.tfidf.InvertedIndexTestAccess.uniform;
import static io.copydesk.tfidf.InvertedIndexTestAccess.weighted;
import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.tfidf.TermVector;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StorylineLinkageTest {
    private static final GapWeight NO_TIME = gap -> 1.0;
    private static final long DAY = 86_400;
    /** The storylines' default window: exp(-gap / 180 days), 0 beyond eight of them. */
    private static final GapWeight HALF_YEAR = gap -> gap > 8 * 180 * DAY ? 0 : Math.exp(-gap / (180.0 * DAY));

    /** Event A (terms 1-4), event C (terms 5-8), and one bridge article sharing half of each. */
    private static final List<TermVector> CHAIN = List.of(
            uniform(1, 2, 3, 4), uniform(1, 2, 3, 4), uniform(1, 2, 3, 4),
            uniform(3, 4, 5, 6),
            uniform(5, 6, 7, 8), uniform(5, 6, 7, 8), uniform(5, 6, 7, 8));

    private static long[] undated(int n) {
        long[] d = new long[n];
        Arrays.fill(d, Long.MIN_VALUE);
        return d;
    }

    /** Storylines of the events: the candidate search, then the linkage over its graph. */
    private static int[] link(List<TermVector> v, long[] dates, int[] event, int terms, GapWeight time, long reach, double threshold,
                              int neighbours, int threads, int headTerms) {
        StorylineLinkage.Events events = StorylineLinkage.events(v, dates, event, terms, 1, n -> {}, headTerms);
        SimilarityGraph candidates = StorylineLinkage.candidates(events, time, reach, threshold, neighbours, threads, n -> {});
        return StorylineLinkage.link(events, candidates, time, threshold, SharedNames.NONE, LinkageProgress.NONE);
    }

    /**
     * The events' centroids come from the sums the linkage starts from: each the bits of
     * TermVector.centroid of its items (a single item's vector as it is), on any number of threads;
     * and linking the events gives the labels of the linkage that sums the items itself.
     */
    @Test
    void centroidsFromTheLinkagesSumsAreTheItemsCentroids() {
        int merged = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Random r = new Random(seed);
            int n = 200 + r.nextInt(1500), events = 1 + r.nextInt(n / 3);
            List<TermVector> v = io.copydesk.tfidf.InvertedIndexTestAccess.vectors(seed, n, 50 + r.nextInt(400));
            long[] dates = new long[n];
            for (int i = 0; i < n; i++) dates[i] = r.nextInt(5) == 0 ? Long.MIN_VALUE : 1_600_000_000L + r.nextInt(60) * 86_400L + r.nextInt(86_400);
            int[] event = new int[n];
            for (int e = 0; e < events; e++) event[e] = e;
            for (int i = events; i < n; i++) event[i] = r.nextInt(3) == 0 ? r.nextInt(Math.min(events, 4)) : r.nextInt(events);
            GapWeight time = gap -> Math.exp(-gap / (30.0 * 86_400));
            int threads = 1 + (int) (seed % 3);
            StorylineLinkage.Events built = StorylineLinkage.events(v, dates, event, 500, threads, x -> {});
            for (int e = 0; e < events; e++) {
                List<TermVector> items = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) if (event[i] == e) items.add(v.get(i));
                TermVector expected = items.size() == 1 ? items.getFirst() : TermVector.centroid(items), got = built.centroid(e);
                assertEquals(expected.size(), got.size(), "seed " + seed + " event " + e);
                for (int k = 0; k < expected.size(); k++) {
                    assertEquals(expected.term(k), got.term(k));
                    assertEquals(Float.floatToRawIntBits(expected.weight(k)), Float.floatToRawIntBits(got.weight(k)), "seed " + seed + " event " + e);
                }
            }
            double threshold = 0.05 + 0.05 * r.nextInt(4);
            SimilarityGraph candidates = StorylineLinkage.candidates(built, time, 90 * 86_400L, threshold, 10, threads, x -> {});
            SimilarityGraph again = StorylineLinkage.candidates(built, time, 90 * 86_400L, threshold, 10, threads, x -> {});
            int[] simple = CentroidAverageLinkage.clusterGroups(v, dates, event, again, time, threshold, 1, LinkageProgress.NONE);
            assertArrayEquals(simple, StorylineLinkage.link(built, candidates, time, threshold, SharedNames.NONE, LinkageProgress.NONE), "seed " + seed);
            // the linkage merged the events' sums: linking them again is refused, not answered from merged sums
            assertThrows(IllegalStateException.class, () -> StorylineLinkage.link(built, candidates, time, threshold, SharedNames.NONE, LinkageProgress.NONE));
            if (Arrays.stream(simple).max().orElse(0) + 1 < events) merged++;
        }
        assertTrue(merged >= 4, "events merged into storylines in " + merged + " of 8 collections");
    }

    @Test
    void aChainOfEventsThroughOneBridgeArticleStaysSplit() {
        // A-B and B-C have cosine 0.5, A-C 0: single linkage at 0.3 would chain all three
        int[] event = {0, 0, 0, 1, 2, 2, 2};
        int[] storyline = link(CHAIN, undated(7), event, 9, NO_TIME, Long.MAX_VALUE / 4, 0.3, 10, 1, StorylineLinkage.HEAD_TERMS);
        assertNotEquals(storyline[0], storyline[2], "A and C must not share a storyline");
        assertTrue(storyline[1] == storyline[0] || storyline[1] == storyline[2], "the bridge joins one side");
    }

    @Test
    void articlesOfABridgeDoNotChainEventsEither() {
        SimilarityGraph g = new SimilarityGraph(7);
        for (int i = 0; i < 7; i++) for (int j = i + 1; j < 7; j++) if (CHAIN.get(i).dot(CHAIN.get(j)) > 0) g.add(i, j, CHAIN.get(i).dot(CHAIN.get(j)));
        int[] label = CentroidAverageLinkage.cluster(CHAIN, g, undated(7), NO_TIME, 0.3, LinkageProgress.NONE);
        assertEquals(label[0], label[2]);
        assertEquals(label[4], label[6]);
        assertNotEquals(label[0], label[4]);
    }

    @Test
    void eventsOfOneThreadJoinWhileTheTimeWeightAllows() {
        // two events sharing half their terms: one storyline when close in time, two when far apart
        List<TermVector> v = List.of(uniform(1, 2, 3, 4), uniform(1, 2, 3, 4), uniform(3, 4, 5, 6), uniform(3, 4, 5, 6));
        int[] event = {0, 0, 1, 1};
        long day = 86_400;
        GapWeight month = gap -> gap > 8 * 30 * day ? 0 : Math.exp(-gap / (30.0 * day));
        long[] week = {0, 0, 7 * day, 7 * day};
        long[] halfYear = {0, 0, 180 * day, 180 * day};
        int[] near = link(v, week, event, 7, month, 8 * 30 * day + day, 0.3, 10, 1, StorylineLinkage.HEAD_TERMS);
        int[] far = link(v, halfYear, event, 7, month, 8 * 30 * day + day, 0.3, 10, 1, StorylineLinkage.HEAD_TERMS);
        assertEquals(near[0], near[1]);
        assertNotEquals(far[0], far[1]);
    }

    @Test
    void everyEventKeepsItsOwnStorylineLabelWhenNothingLinks() {
        int[] event = {0, 0, 0, 1, 2, 2, 2};
        int[] storyline = link(CHAIN, undated(7), event, 9, NO_TIME, Long.MAX_VALUE / 4, 0.99, 10, 2, StorylineLinkage.HEAD_TERMS);
        assertArrayEquals(new int[] {0, 1, 2}, storyline);
    }

    /**
     * News-like vectors: a hundred or more common words of small weight in every article, a
     * thread's names shared by the events of one storyline, and each event's own words. Candidates
     * shortlisted on the centroids' heaviest terms must give the storylines a search over every term
     * gives.
     */
    @Test
    void shortlistingOnTheHeaviestTermsLinksAsASearchOverAllTerms() {
        for (long seed = 1; seed <= 3; seed++) {
            Random r = new Random(seed);
            List<TermVector> v = new java.util.ArrayList<>();
            List<Integer> eventOf = new java.util.ArrayList<>();
            List<Long> dateOf = new java.util.ArrayList<>();
            int events = 0;
            for (int thread = 0; thread < 150; thread++) {
                int[] names = r.ints(4, 600, 5000).toArray();
                long start = r.nextInt(365) * DAY;
                for (int e = 0, count = 1 + r.nextInt(3); e < count; e++, events++) {
                    int[] own = r.ints(5, 600, 5000).toArray();
                    long date = start + e * r.nextInt(60) * DAY;
                    for (int a = 0, articles = 1 + r.nextInt(4); a < articles; a++) {
                        TreeMap<Integer, Double> w = new TreeMap<>();
                        for (int i = 0, common = 100 + r.nextInt(100); i < common; i++) w.merge(r.nextInt(600), 0.02 + 0.05 * r.nextDouble(), Double::sum);
                        for (int t : names) if (r.nextInt(4) > 0) w.merge(t, 0.3 + 0.3 * r.nextDouble(), Double::sum);
                        for (int t : own) if (r.nextInt(4) > 0) w.merge(t, 0.3 + 0.3 * r.nextDouble(), Double::sum);
                        w.merge(r.nextInt(600, 5000), 0.3, Double::sum); // a stray rare word
                        v.add(weighted(w.keySet().stream().mapToInt(Integer::intValue).toArray(),
                                w.values().stream().mapToDouble(Double::doubleValue).toArray()));
                        eventOf.add(events);
                        dateOf.add(date);
                    }
                }
            }
            int[] event = eventOf.stream().mapToInt(Integer::intValue).toArray();
            long[] dates = dateOf.stream().mapToLong(Long::longValue).toArray();
            int[] shortlisted = link(v, dates, event, 5000, HALF_YEAR, 8 * 180 * DAY + DAY, 0.09, 30, 2, StorylineLinkage.HEAD_TERMS);
            int[] all = link(v, dates, event, 5000, HALF_YEAR, 8 * 180 * DAY + DAY, 0.09, 30, 2, Integer.MAX_VALUE);
            assertArrayEquals(all, shortlisted, "seed " + seed);
            long storylines = Arrays.stream(all).distinct().count();
            assertTrue(storylines < events && storylines > events / 4, "not a trivial partition: " + storylines + " of " + events);
        }
    }

    /**
     * Where every event's search is taken at once ({@link StorylineLinkage#joinedShortlists}), each event's shortlist is
     * the one its own search finds, in the same order: events of threads with common words, names and stray rare words,
     * dated over a year with a half-year time weight (the windows hold parts of the collection, many events share a
     * date), and undated; on one and two threads. The join must have run (enough events, searches that walk most of
     * their postings).
     */
    @Test
    void theJoinedShortlistsAreTheSearchesOwn() {
        for (long seed = 1; seed <= 2; seed++) {
            Random r = new Random(seed);
            int n = JOINED_FROM + 500, terms = 5000;
            List<TermVector> v = new java.util.ArrayList<>();
            long[] dates = new long[n];
            int[] event = new int[n];
            int[] names = r.ints(4, 600, terms).toArray();
            for (int e = 0; e < n; e++) {
                if (e % 3 == 0) names = r.ints(4, 600, terms).toArray(); // a thread of three events
                TreeMap<Integer, Double> w = new TreeMap<>();
                for (int i = 0, common = 20 + r.nextInt(60); i < common; i++) w.merge(r.nextInt(600), 0.02 + 0.05 * r.nextDouble(), Double::sum);
                for (int t : names) if (r.nextInt(4) > 0) w.merge(t, 0.3 + 0.3 * r.nextDouble(), Double::sum);
                w.merge(r.nextInt(600, terms), 0.3, Double::sum);
                v.add(weighted(w.keySet().stream().mapToInt(Integer::intValue).toArray(), w.values().stream().mapToDouble(Double::doubleValue).toArray()));
                dates[e] = r.nextInt(365) * DAY + (r.nextBoolean() ? 0 : r.nextInt((int) DAY));
                event[e] = e;
            }
            for (long[] when : new long[][] {dates, undated(n)}) {
                for (int threads = 1; threads <= 2; threads++) {
                    StorylineLinkage.Events events = StorylineLinkage.events(v, when, event, terms, threads, x -> {});
                    double floor = 0.2;
                    long near = StorylineLinkage.reachOf(HALF_YEAR, 8 * 180 * DAY + DAY, floor);
                    ThreadLocal<GapWeight> remembered = ThreadLocal.withInitial(() -> new RememberedGaps(HALF_YEAR));
                    java.util.concurrent.atomic.AtomicLong joinedSteps = new java.util.concurrent.atomic.AtomicLong();
                    int[][] joined = StorylineLinkage.joinedShortlists(events, remembered, near, floor, 30, threads, joinedSteps::addAndGet);
                    String where = "seed " + seed + (when == dates ? " dated" : " undated") + " threads " + threads;
                    assertNotNull(joined, "no join: " + where);
                    assertEquals(n, joinedSteps.get(), "every event told once: " + where);
                    int[][] searched = StorylineLinkage.searchedShortlists(events, remembered, near, floor, 30, threads, x -> {});
                    long listed = 0;
                    for (int e = 0; e < n; e++) {
                        assertArrayEquals(searched[e], joined[e], where + " event " + e);
                        listed += searched[e].length;
                    }
                    assertTrue(listed > n, "shortlists hold others: " + listed + " " + where);
                }
            }
        }
    }

        /** An event's search weighs the others by date: kept from the last date, the weight of every date as the formula gives it. */
    @Test
    void theWeightByDateIsTheFormulasForEveryDate() {
        long day = 86_400;
        GapWeight time = gap -> gap > 8 * 30 * day ? 0 : Math.exp(-gap / (30.0 * day));
        java.util.Random r = new java.util.Random(11);
        long[] dates = new long[400];
        for (int i = 0; i < dates.length; i++) dates[i] = r.nextInt(5) == 0 ? Long.MIN_VALUE : r.nextInt(300) * day + (r.nextBoolean() ? 0 : r.nextInt((int) day));
        for (int trial = 0; trial < 50; trial++) {
            long date = dates[r.nextInt(dates.length)];
            if (date == Long.MIN_VALUE) continue;
            StorylineLinkage.ByDate w = new StorylineLinkage.ByDate(dates, time, date);
            assertSame(dates, w.dates());
            for (int k = 0; k < 1000; k++) {
                int doc = r.nextInt(dates.length);
                if (r.nextInt(3) == 0) doc = Math.max(0, doc - 1); // runs of neighbours, as a search meets them
                double expected = StorylineLinkage.weight(time, date, dates[doc]);
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(w.weight(doc)));
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(w.weightOfDate(dates[doc])));
            }
        }
    }

    /** Property: beyond reachOf(min) no pair of event dates has a time weight of min, and just inside it one does. */
    @Test
    void theSearchReachIsWhereTheTimeWeightFallsBelowTheThreshold() {
        long day = 86_400;
        java.util.Random r = new java.util.Random(5);
        for (int trial = 0; trial < 2000; trial++) {
            double window = (1 + r.nextInt(365)) * day;
            long reach = 8 * (long) window + day;
            GapWeight time = gap -> gap > 8 * window ? 0 : Math.exp(-gap / window);
            double min = r.nextInt(20) == 0 ? 1e-6 : 0.001 + r.nextDouble() * 0.999;
            long near = StorylineLinkage.reachOf(time, reach, min);
            assertTrue(near <= reach && near >= day, near + " of " + reach);
            long a = r.nextInt(1000) * day;
            assertTrue(StorylineLinkage.weight(time, a, a + near + 1 + r.nextInt(1000)) < min, "beyond " + near + " for " + min);
            if (near < reach) assertTrue(StorylineLinkage.weight(time, a, a + near - 2) >= min, "inside " + near + " for " + min);
        }
        GapWeight none = gap -> 1.0;
        assertEquals(Long.MAX_VALUE / 4, StorylineLinkage.reachOf(none, Long.MAX_VALUE / 4, 0.3), "text alone: no limit");
    }

    /** The shortlist's order is the comparison sort's: decreasing score, ties (many here) by smaller doc. */
    @Test
    void bestFirstOrdersAsTheComparisonSortDoes() {
        io.copydesk.testing.Trials.run("best-first", 2000, r -> r.nextLong(), seed -> {
            Random r = new Random(seed);
            int m = r.nextInt(60);
            double[] score = new double[m];
            int[] docs = new int[m];
            for (int h = 0; h < m; h++) {
                score[h] = r.nextInt(4) == 0 ? 0.25 : r.nextInt(5) == 0 ? -0.0 : r.nextDouble();
                docs[h] = h == 0 ? r.nextInt(9) : docs[h - 1] + 1 + r.nextInt(9);
            }
            int[] shuffled = docs.clone();
            for (int h = m - 1; h > 0; h--) { int j = r.nextInt(h + 1), t = shuffled[h]; shuffled[h] = shuffled[j]; shuffled[j] = t; }
            Integer[] expected = new Integer[m];
            int[] order = new int[m];
            for (int h = 0; h < m; h++) expected[h] = order[h] = h;
            Arrays.sort(expected, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(shuffled[x], shuffled[y]));
            StorylineLinkage.bestFirst(order, m, score, shuffled);
            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), order, "seed " + seed);
        });
    }

    /**
     * Shared names only hold merges back: asking for none links as {@link SharedNames#NONE} does; asking for names where no
     * term is one links nothing; and asking for two, each storyline of several events holds events whose vectors
     * together share at least two names with the rest (a merge needs two shared terms named, and merged sums keep them).
     */
    @Test
    void storylinesMergeOnlyWhenTheyShareTheNamesAskedFor() {
        int constrained = 0;
        for (long seed = 1; seed <= 6; seed++) {
            Random r = new Random(seed);
            int n = 300 + r.nextInt(600), events = 1 + r.nextInt(n / 3);
            List<TermVector> v = io.copydesk.tfidf.InvertedIndexTestAccess.vectors(seed, n, 40 + r.nextInt(100));
            long[] dates = new long[n];
            int[] event = new int[n];
            for (int e = 0; e < events; e++) event[e] = e;
            for (int i = events; i < n; i++) event[i] = r.nextInt(events);
            GapWeight time = gap -> 1.0;
            double threshold = 0.05;
            boolean[] named = new boolean[500];
            for (int t = 0; t < named.length; t++) named[t] = r.nextInt(3) == 0;
            int[] none = linkWith(v, dates, event, time, threshold, SharedNames.NONE);
            assertArrayEquals(none, linkWith(v, dates, event, time, threshold, new SharedNames(0, t -> false)), "seed " + seed);
            int[] nothing = linkWith(v, dates, event, time, threshold, new SharedNames(1, t -> false));
            assertEquals(events, Arrays.stream(nothing).max().orElse(-1) + 1, "no term is a name: no merge, seed " + seed);
            int[] two = linkWith(v, dates, event, time, threshold, new SharedNames(2, t -> named[t]));
            // each storyline of several events: every event in it shares two named terms with the other events' items
            for (int s = 0; s <= Arrays.stream(two).max().orElse(-1); s++) {
                final int story = s;
                int[] inside = java.util.stream.IntStream.range(0, events).filter(e -> two[e] == story).toArray();
                if (inside.length < 2) continue;
                constrained++;
                for (int e : inside) {
                    java.util.Set<Integer> own = new java.util.HashSet<>(), others = new java.util.HashSet<>();
                    for (int i = 0; i < n; i++) {
                        if (two[event[i]] != story) continue;
                        for (int k = 0; k < v.get(i).size(); k++) (event[i] == e ? own : others).add(v.get(i).term(k));
                    }
                    own.retainAll(others);
                    own.removeIf(t -> !named[t]);
                    assertTrue(own.size() >= 2, "seed " + seed + ": event " + e + " shares " + own + " named terms in its storyline");
                }
            }
        }
        assertTrue(constrained > 0, "some storylines of several events were made under the constraint");
    }

    private static int[] linkWith(List<TermVector> v, long[] dates, int[] event, GapWeight time, double threshold, SharedNames names) {
        StorylineLinkage.Events events = StorylineLinkage.events(v, dates, event, 500, 1, x -> {});
        SimilarityGraph candidates = StorylineLinkage.candidates(events, time, 90 * 86_400L, threshold, 10, 1, x -> {});
        return StorylineLinkage.link(events, candidates, time, threshold, names, LinkageProgress.NONE);
    }
}
