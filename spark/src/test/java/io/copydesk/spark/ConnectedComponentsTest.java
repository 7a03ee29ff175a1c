package io.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.copydesk.internal.UnionFind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Large-star/small-star labels every node with its component's smallest node, as union-find does. */
class ConnectedComponentsTest {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("components test").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config(LocalMode.HEARTBEAT_INTERVAL, LocalMode.HEARTBEAT).config(LocalMode.NETWORK_TIMEOUT, LocalMode.TIMEOUT)
                .config("spark.sql.shuffle.partitions", "3").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void randomGraphsWithLongPathsMatchUnionFind() {
        long seed = Long.getLong("copydesk.seed", System.nanoTime());
        Random rnd = new Random(seed);
        int n = 200;
        List<long[]> edges = new ArrayList<>();
        int[] order = rnd.ints(0, n).distinct().limit(n).toArray(); // a long path in shuffled label order
        for (int i = 0; i + 1 < 40; i++) edges.add(new long[] {order[i], order[i + 1]});
        for (int i = 0; i < 80; i++) edges.add(new long[] {rnd.nextInt(n), rnd.nextInt(n)}); // self loops included
        UnionFind uf = new UnionFind(n);
        for (long[] e : edges) uf.union((int) e[0], (int) e[1]);
        Map<Integer, Long> smallest = new HashMap<>();
        for (long[] e : edges) {
            for (long v : e) smallest.merge(uf.find((int) v), v, Math::min);
        }
        Map<Long, Long> want = new HashMap<>();
        for (long[] e : edges) {
            if (e[0] == e[1] && edges.stream().noneMatch(f -> f[0] != f[1] && (f[0] == e[0] || f[1] == e[0]))) continue;
            for (long v : e) want.put(v, smallest.get(uf.find((int) v)));
        }
        Dataset<Row> df = spark.createDataFrame(edges.stream().map(e -> RowFactory.create(e[0], e[1])).toList(), SparkDedup.PAIRS);
        Map<Long, Long> got = new HashMap<>();
        for (Row r : ConnectedComponents.of(df, new Steps.Counter()).collectAsList()) got.put(r.getLong(0), r.getLong(1));
        assertEquals(want, got, "seed " + seed);
    }
}
