package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report of {@code corpus/} in headless Chromium: the page runs its self-test
 * ({@code #selftest}: every chart's canvas has ink, the stories filter narrows the table, a story
 * expands) and the test reads the result from the DOM, and the browser's console log for errors.
 * CI installs Chromium ({@code .ci/run}); elsewhere the test is skipped when there is none.
 */
class ReportBrowserTest {
    static final List<String> CHARTS = List.of("chart-jaccard", "chart-containment", "chart-scurve", "chart-sizes",
            "chart-outlets", "chart-timeline", "chart-syndication", "chart-cleaning");

    @TempDir Path dir;

    static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(d, name))) return Path.of(d, name).toString();
            }
        }
        return null;
    }

    @Test
    void reportOnCorpusRendersEveryChartWithoutErrors() throws Exception {
        String browser = chromium();
        if (System.getenv("CI") == null) Assumptions.assumeTrue(browser != null, "no Chromium on the PATH");
        assertNotNull(browser, "CI must have Chromium (.ci/run installs it)");
        Path html = dir.resolve("report.html");
        String[] r = RelatedAndClusterCommandTest.run(new ReportCommand(), "corpus", "--out", html.toString(), "-q");
        assertEquals("0", r[0], r[2]);

        List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000",
                "--dump-dom", html.toUri() + "#selftest"));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("dom.html").toFile()).redirectError(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        String dom = Files.readString(dir.resolve("dom.html"));
        String log = Files.readString(dir.resolve("log.txt"));

        List<String> console = log.lines().filter(l -> l.contains(":CONSOLE")).toList();
        assertEquals(List.of(), console, "nothing on the browser console");
        int at = dom.indexOf("<pre id=\"selftest\">");
        assertTrue(at >= 0 && dom.indexOf("</pre>", at) > at, "self-test ran:\n" + log);
        String json = dom.substring(at + "<pre id=\"selftest\">".length(), dom.indexOf("</pre>", at)).replace("&quot;", "\"").replace("&amp;", "&");
        Map<String, Object> result = Json.parseObject(json);

        assertEquals(List.of(), result.get("errors"));
        Map<?, ?> charts = (Map<?, ?>) result.get("charts");
        assertEquals(CHARTS.size(), charts.size(), charts.toString());
        for (String id : CHARTS) {
            Map<?, ?> c = (Map<?, ?>) charts.get(id);
            assertEquals(true, c.get("canvas"), id);
            assertTrue(((Number) c.get("inkedPixels")).longValue() > 2000, id + " is drawn: " + c);
        }
        Map<?, ?> filter = (Map<?, ?>) result.get("filter");
        long before = ((Number) filter.get("before")).longValue(), after = ((Number) filter.get("after")).longValue();
        assertTrue(after >= 1 && after < before, "filtering on '" + filter.get("term") + "' narrows the stories: " + filter);
        assertTrue(((Number) result.get("expanded")).longValue() >= 2, "a clicked story lists its articles");
    }
}
