package io.copydesk.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph on Spark by alternating <i>large-star</i> and
 * <i>small-star</i> (R. Kiveris, S. Lattanzi, V. Mirrokni, V. Rastogi, S. Vassilvitskii,
 * "Connected Components in MapReduce and Beyond", ACM SoCC 2014). Nodes are longs; each component
 * is labelled with its smallest node, so the answer does not depend on partitioning.
 *
 * <p>Edges are kept oriented from the larger node to the smaller. Large-star links every neighbour
 * larger than a node to the smallest node of its neighbourhood; small-star links a node and its
 * smaller neighbours to the smallest of them. Both keep the components, and together they reach,
 * in O(log² n) rounds, the state where every component is a star around its smallest node: then
 * each node has one edge and no centre is a leaf, which is the stopping test here. No round holds a
 * whole component in one task, so a giant component costs rounds, not memory.
 */
final class ConnectedComponents {
    private ConnectedComponents() {}

    /** Rounds after which the job gives up: far beyond the O(log² n) the algorithm needs for any real graph. */
    static final int MAX_ROUNDS = 200;

    /**
     * For every node in an edge of {@code edges} (columns {@code a}, {@code b}), its component's
     * smallest node: columns {@code node}, {@code root} (the root is listed with itself).
     */
    static Dataset<Row> of(Dataset<Row> edges, Steps.Counter rounds) {
        Dataset<Row> e = edges.select(greatest(col("a"), col("b")).as("u"), least(col("a"), col("b")).as("v"))
                .filter(col("u").notEqual(col("v"))).distinct().localCheckpoint();
        for (int round = 1; ; round++) {
            if (round > MAX_ROUNDS) throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
            e = smallStar(largeStar(e)).localCheckpoint();
            rounds.add(1);
            if (isStars(e)) break;
        }
        Dataset<Row> leaves = e.select(col("u").as("node"), col("v").as("root"));
        Dataset<Row> roots = e.select(col("v").as("node"), col("v").as("root")).distinct();
        return leaves.union(roots);
    }

    /** For each node x, every neighbour y > x is linked to m(x), the smallest of x and its neighbours. */
    private static Dataset<Row> largeStar(Dataset<Row> e) {
        Dataset<Row> both = e.select(col("u").as("x"), col("v").as("y")).union(e.select(col("v").as("x"), col("u").as("y")));
        Dataset<Row> mins = both.groupBy("x").agg(min("y").as("m"));
        return both.join(mins, "x").filter(col("y").gt(col("x")))
                .select(col("y").as("u"), least(col("x"), col("m")).as("v")).distinct();
    }

    /** For each node x, x and its neighbours smaller than x are linked to the smallest of those neighbours. */
    private static Dataset<Row> smallStar(Dataset<Row> e) {
        Dataset<Row> mins = e.groupBy("u").agg(min("v").as("m"));
        Dataset<Row> neighbours = e.join(mins, "u").filter(col("v").notEqual(col("m"))).select(col("v").as("u"), col("m").as("v"));
        return neighbours.union(mins.select(col("u"), col("m").as("v"))).distinct();
    }

    /** True when every node has exactly one (smaller) neighbour and no such neighbour has one itself. */
    private static boolean isStars(Dataset<Row> e) {
        Row counts = e.agg(count(lit(1)), countDistinct(col("u"))).first();
        if (counts.getLong(0) != counts.getLong(1)) return false;
        return e.select(col("v").as("u")).join(e.select("u"), "u", "left_semi").isEmpty();
    }
}
