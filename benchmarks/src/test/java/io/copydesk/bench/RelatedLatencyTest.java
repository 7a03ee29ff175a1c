package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedLatencyTest {
    @Test
    void percentilesAreNearestRank() {
        long[] v = new long[100];
        for (int i = 0; i < 100; i++) v[i] = i + 1;
        assertEquals(50, RelatedLatency.percentile(v, 50));
        assertEquals(99, RelatedLatency.percentile(v, 99));
        assertEquals(100, RelatedLatency.percentile(v, 99.9));
        assertEquals(100, RelatedLatency.percentile(v, 100));
        assertEquals(1, RelatedLatency.percentile(v, 0));
        assertEquals(7, RelatedLatency.percentile(new long[] {7}, 99));
    }

    @Test
    void smallRunReportsOrderedPercentiles(@TempDir Path dir) throws Exception {
        Path input = BenchData.writeArticles(1_000, BenchData.SEED);
        try {
            Path out = dir.resolve("latency.properties");
            RelatedLatency.main(new String[] {input.toString(), "500", "10", "1", "100", out.toString()});
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(out)));
            assertEquals("1000", p.getProperty("articles"));
            double p50 = Double.parseDouble(p.getProperty("round1_p50_ms"));
            double p99 = Double.parseDouble(p.getProperty("round1_p99_ms"));
            double max = Double.parseDouble(p.getProperty("round1_max_ms"));
            assertTrue(p50 > 0 && p50 <= p99 && p99 <= max, p50 + " " + p99 + " " + max);
            assertTrue(Double.parseDouble(p.getProperty("round1_hits_per_query")) >= 5);
            assertTrue(Long.parseLong(p.getProperty("rss_peak_mb")) > 0);
        } finally {
            BenchData.delete(input);
        }
    }
}
