package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir static Path dir;
    static String html;
    static Map<String, Object> data;

    @BeforeAll
    static void report() throws Exception {
        Path out = dir.resolve("r.html");
        String[] r = RelatedAndClusterCommandTest.run(new ReportCommand(), "corpus", "--out", out.toString(), "-q", "--threads", "2");
        assertEquals("0", r[0], r[2]);
        html = Files.readString(out);
        data = data(html);
    }

    /** The JSON the page's script reads. */
    static Map<String, Object> data(String html) {
        String open = "<script type=\"application/json\" id=\"report-data\">";
        int start = html.indexOf(open) + open.length();
        return Json.parseObject(html.substring(start, html.indexOf("</script>", start)).replace("<\\/", "</"));
    }

    @Test
    void pageNeedsNoNetwork() {
        String markup = Pattern.compile("(?s)(<script[^>]*>).*?</script>").matcher(html).replaceAll("$1</script>");
        assertTrue(markup.length() < 20_000, "scripts stripped");
        assertFalse(Pattern.compile("<[^>]+\\s(src|href)=", Pattern.CASE_INSENSITIVE).matcher(markup).find(), "every resource is inline");
        assertTrue(html.contains("echarts"), "the charting library is in the page");
    }

    /** The summary on stderr counts what the page counts, by the page's words: storylines and events of two or more articles. */
    @Test
    void stderrSummaryCountsWhatThePageCounts() {
        Path out = dir.resolve("summary.html");
        String[] r = RelatedAndClusterCommandTest.run(new ReportCommand(), "corpus", "--out", out.toString(), "--threads", "2");
        assertEquals("0", r[0], r[2]);
        Map<?, ?> s = (Map<?, ?>) data.get("summary");
        String counts = s.get("stories") + " storylines and " + s.get("events") + " events of two or more articles";
        assertTrue(r[2].replaceAll("\\s+", " ").contains(counts), counts + " in " + r[2]);
    }

    @Test
    void summaryAgreesWithDedupAndCluster() {
        Map<?, ?> s = (Map<?, ?>) data.get("summary");
        String[] dedup = RelatedAndClusterCommandTest.run(new DedupCommand(), "corpus", "--format", "jsonl", "-q");
        String[] events = RelatedAndClusterCommandTest.run(new ClusterCommand(), "corpus", "--format", "jsonl", "-q");
        long articles = events[1].lines().mapToLong(l -> ((List<?>) Json.parseObject(l).get("members")).size()).sum();
        assertEquals(articles, ((Number) s.get("articles")).longValue());
        assertEquals(dedup[1].lines().count(), ((Number) s.get("groups")).longValue());
        assertEquals(dedup[1].lines().count(), ((List<?>) data.get("groups")).size());
        assertEquals(events[1].lines().filter(l -> ((List<?>) Json.parseObject(l).get("members")).size() > 1).count(),
                ((Number) s.get("events")).longValue());
        String[] storylines = RelatedAndClusterCommandTest.run(new ClusterCommand(), "corpus", "--level", "storyline", "--format", "jsonl", "-q");
        List<Map<String, Object>> printed = storylines[1].lines().map(Json::parseObject)
                .filter(l -> ((List<?>) l.get("members")).size() > 1).toList();
        assertEquals(printed.size(), ((Number) s.get("stories")).longValue());
        List<?> stories = (List<?>) data.get("stories");
        assertEquals(printed.size(), stories.size());
        boolean nested = false;
        for (int i = 0; i < stories.size(); i++) {
            Map<?, ?> story = (Map<?, ?>) stories.get(i);
            assertEquals(printed.get(i).get("cluster"), story.get("number"), "storylines numbered as cluster prints them");
            assertEquals(printed.get(i).get("label"), story.get("label"));
            List<?> want = ((List<?>) printed.get(i).get("events")).stream().map(e -> ((Map<?, ?>) e).get("event")).toList();
            List<?> got = ((List<?>) story.get("events")).stream().map(e -> ((Map<?, ?>) e).get("number")).toList();
            assertEquals(want, got, "events of storyline " + story.get("number"));
            nested |= got.size() > 1;
        }
        assertTrue(nested, "the corpus has a storyline of several events");
    }

    @Test
    void histogramsCountEveryCandidatePairOnce() {
        long candidates = ((Number) ((Map<?, ?>) data.get("summary")).get("candidates")).longValue();
        assertTrue(candidates > 0);
        for (String key : List.of("jaccardBins", "containmentBins")) {
            long sum = ((List<?>) data.get(key)).stream().mapToLong(x -> ((Number) x).longValue()).sum();
            assertEquals(candidates, sum, key); // no empty article in the corpus, so every candidate is scored
        }
    }

    @Test
    void syndicationCountsEveryCopyOnce() {
        Map<?, ?> s = (Map<?, ?>) data.get("summary");
        long copies = ((Number) s.get("inGroups")).longValue() - ((Number) s.get("groups")).longValue();
        long edges = ((List<?>) data.get("syndication")).stream().mapToLong(e -> ((Number) ((List<?>) e).get(2)).longValue()).sum();
        assertEquals(copies, edges);
    }

    @Test
    void storiesHoldEveryArticleOfTheirEventsOnce() {
        List<?> groups = (List<?>) data.get("groups");
        for (Object o : (List<?>) data.get("stories")) {
            Map<?, ?> story = (Map<?, ?>) o;
            long n = 0;
            for (Object e : (List<?>) story.get("events")) {
                Map<?, ?> event = (Map<?, ?>) e;
                n += ((List<?>) event.get("loose")).size();
                for (Object g : (List<?>) event.get("groups")) n += ((List<?>) groups.get(((Number) g).intValue())).size();
            }
            assertEquals(((Number) story.get("size")).longValue(), n, story.get("label").toString());
        }
    }

    @Test
    void sameInputSameBytesWhateverTheThreads() throws Exception {
        Path one = dir.resolve("one.html");
        assertEquals("0", RelatedAndClusterCommandTest.run(new ReportCommand(), "corpus", "--out", one.toString(), "-q", "--threads", "1")[0]);
        assertEquals(html, Files.readString(one));
    }

    @Test
    void outIsRequired() {
        String[] r = RelatedAndClusterCommandTest.run(new ReportCommand(), "corpus");
        assertEquals(String.valueOf(ExitCode.USAGE), r[0]);
        assertTrue(r[2].contains("--out"), r[2]);
    }

    @Test
    void outputIntoAMissingFolderIsRefusedAndNothingIsCreated() {
        Path missing = dir.resolve("no-such-folder");
        for (List<String> c : List.of(List.of("report", "--out"), List.of("dedup", "--out"), List.of("dedup", "--annotate"), List.of("cluster", "--out"))) {
            java.io.StringWriter err = new java.io.StringWriter();
            int code = Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true))
                    .execute(c.get(0), "corpus", c.get(1), missing.resolve("x").toString(), "-q");
            assertEquals(ExitCode.IO, code, c + ": " + err);
            assertTrue(err.toString().contains("no such"), err.toString());
            assertFalse(Files.exists(missing));
        }
    }
}
