package io.copydesk.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import io.copydesk.document.Article;
import io.copydesk.document.BadInputException;
import io.copydesk.document.ReadProblems;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.GroupRules;
import io.copydesk.verify.Overlap;
import io.copydesk.internal.LongCounter;
import io.copydesk.lsh.AnchorIndex;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * {@code copydesk dedup} as a Spark job on Datasets. The steps, each a named stage in the metrics:
 * <ol>
 *   <li><b>read</b>: JSONL lines and Parquet rows (as JSON objects) with their input position, parsed by the engine's rules, and each
 *       article's boilerplate line keys;</li>
 *   <li><b>ids</b>: a repeated id keeps its first record, as in {@code dedup};</li>
 *   <li><b>boilerplate counts</b>: line keys counted as an aggregation; keys that reach a furniture
 *       threshold are broadcast;</li>
 *   <li><b>fingerprints</b>: the articles parsed by the read step (persisted, never parsed again),
 *       each cleaned with those counts and analyzed by the engine (shingles, band and prefix keys, anchors,
 *       brief keys);</li>
 *   <li><b>identical sets</b>: articles with the same shingle set (two 64-bit hashes and the size)
 *       form a class; every member is paired with the class's first article only, so a bucket of
 *       thousands of identical pages costs linear work;</li>
 *   <li><b>candidates</b>: band keys of the class representatives exploded and grouped, a bucket of
 *       more than the engine's limit linked to its first member only (as the engine does); anchors
 *       grouped with posting sizes counted over whole classes (the engine's cap sees every copy);
 *       the briefs' keys broadcast and every representative's shingles looked up among them, with
 *       the same cap; pairs deduplicated;</li>
 *   <li><b>verify</b>: candidate pairs joined with both articles' shingles and checked exactly by the engine;</li>
 *   <li><b>components</b>: large-star/small-star ({@link ConnectedComponents});</li>
 *   <li><b>groups</b>: the canonical copy chosen by the engine's keep policy, every member scored
 *       against it by the engine, groups ordered by their canonical's input position.</li>
 * </ol>
 * Why the groups equal {@code dedup}'s: the engine also pairs each copy with its first copy
 * only, caps buckets, anchor postings and brief keys by the same rules on the same representatives, and the
 * checks are the engine's; so the verified edges, components, canonicals and scores are the same. Every step works on values, never on partition layout, so any partition count gives
 * the same answer.
 */
public final class SparkDedup {
    /** Parsed articles with their boilerplate line keys: the read step's output, persisted for the fingerprint step. */
    static final StructType ARTICLES = new StructType().add("pos", DataTypes.LongType, false).add("id", DataTypes.StringType, false)
            .add("where", DataTypes.StringType, false).add("title", DataTypes.StringType, true).add("text", DataTypes.StringType, false)
            .add("date", DataTypes.StringType, true).add("source", DataTypes.StringType, true).add("url", DataTypes.StringType, true)
            .add("corpus", DataTypes.BinaryType, false).add("site", DataTypes.BinaryType, false);
    static final StructType FINGERPRINTS = new StructType().add("pos", DataTypes.LongType, false).add("id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true).add("date", DataTypes.StringType, true).add("source", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true).add("length", DataTypes.IntegerType, false)
            .add("shingles", DataTypes.BinaryType, false).add("bands", DataTypes.BinaryType, false).add("anchors", DataTypes.BinaryType, false)
            .add("briefs", DataTypes.BinaryType, false)
            .add("k1", DataTypes.LongType, false).add("k2", DataTypes.LongType, false).add("size", DataTypes.IntegerType, false);
    static final StructType PAIRS = new StructType().add("a", DataTypes.LongType, false).add("b", DataTypes.LongType, false);
    static final StructType SHARES = new StructType().add("a", DataTypes.LongType, false).add("b", DataTypes.LongType, false)
            .add("shared", DataTypes.LongType, false).add("ta", DataTypes.IntegerType, false).add("tb", DataTypes.IntegerType, false);
    static final StructType EDGES = new StructType().add("a", DataTypes.LongType, false).add("b", DataTypes.LongType, false)
            .add("jaccard", DataTypes.DoubleType, false).add("containment", DataTypes.DoubleType, false);
    static final StructType MEMBER = new StructType().add("pos", DataTypes.LongType, false).add("id", DataTypes.StringType, false)
            .add("jaccard", DataTypes.DoubleType, false).add("containment", DataTypes.DoubleType, false);
    static final StructType GROUPS = new StructType().add("canonical", DataTypes.LongType, false)
            .add("members", DataTypes.createArrayType(MEMBER, false), false);

    /**
     * The outcome: {@code groups} (columns {@code canonical}, {@code members}: position, id, jaccard,
     * containment, canonical first), ordered by the canonical's input position and persisted; {@code partialInputs}: files
     * that could be read only in part (a truncated {@code .gz}), whose complete records were used.
     */
    public record Result(Dataset<Row> groups, long records, long articles, long skipped, long repeatedIds, long partialInputs, List<String> problems,
                         long candidates, long verifiedPairs, long rounds, long[] dropped, long[] repeats, InputLines inputs,
                         List<Steps.Step> steps) {}

    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final JobSettings settings;
    private final EngineAdapter engine;
    private final int partitions;
    private final Steps steps;

    /** {@code partitions}: tasks per step (input splits and shuffle partitions); 0 lets Spark choose. */
    public SparkDedup(SparkSession spark, JobSettings settings, int partitions) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.settings = settings;
        this.engine = new EngineAdapter(settings);
        this.partitions = partitions;
        this.steps = new Steps(spark.sparkContext());
    }

    public Result run(List<String> inputs) {
        return run(InputLines.of(jsc.hadoopConfiguration(), inputs, settings.maxArticleBytes()));
    }

    Result run(InputLines lines) {
        spark.conf().set("spark.sql.shuffle.partitions", partitions > 0 ? partitions : shufflePartitions(lines.totalBytes()));
        LongAccumulator read = jsc.sc().longAccumulator("records read");
        LongAccumulator skipped = jsc.sc().longAccumulator("records skipped");
        LongAccumulator cut = jsc.sc().longAccumulator("inputs read in part");
        CollectionAccumulator<String> problems = jsc.sc().collectionAccumulator("problems");
        CollectionAccumulator<Stop> stops = jsc.sc().collectionAccumulator("strict stops");

        // Parsed once: the fingerprint step reads these rows (spilled to disk when memory is short), not the input again.
        Dataset<Row> keys = spark.createDataFrame(parsed(lines.read(spark, partitions), read, skipped, cut, problems, stops), ARTICLES)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        steps.run("read", keys::count);
        WindowSpec byId = Window.partitionBy("id").orderBy("pos");
        Dataset<Row> ranked = keys.select("pos", "id", "where").withColumn("rank", row_number().over(byId))
                .withColumn("first", first("where").over(byId));
        List<String> messages = new ArrayList<>(problems.value());
        long[] repeats = steps.run("ids", () -> {
            List<Row> r = ranked.filter(col("rank").gt(1)).select("pos", "where", "id", "first").orderBy("pos").collectAsList();
            long[] pos = new long[r.size()];
            for (int i = 0; i < r.size(); i++) {
                Row x = r.get(i);
                pos[i] = x.getLong(0);
                if (i < 100) messages.add(x.getString(1) + ": repeated id " + x.getString(2) + " (first seen at " + x.getString(3) + ") (skipped)");
            }
            if (settings.strict()) { // dedup stops at the first bad record or repeated id in input order
                Stop bad = stops.value().stream().min(java.util.Comparator.comparingLong(Stop::pos)).orElse(null);
                if (pos.length > 0 && (bad == null || pos[0] < bad.pos())) {
                    Row x = r.get(0);
                    throw new BadInputException(x.getString(1) + ": repeated id " + x.getString(2) + " (first seen at " + x.getString(3) + ")");
                }
                if (bad != null) throw new BadInputException(bad.message());
            }
            return pos;
        });
        Broadcast<long[]> repeated = jsc.broadcast(repeats);
        // A function of the position column only, so steps that read a few columns do not decode the texts.
        org.apache.spark.sql.expressions.UserDefinedFunction first = functions.udf(
                (org.apache.spark.sql.api.java.UDF1<Long, Boolean>) pos -> Arrays.binarySearch(repeated.value(), pos) < 0,
                DataTypes.BooleanType);
        Dataset<Row> accepted = keys.filter(first.apply(col("pos")));
        Broadcast<FrequentLines> frequent = jsc.broadcast(steps.run("boilerplate counts", () -> new FrequentLines(
                frequentKeys(accepted, "corpus", engine.corpusRepeats()), frequentKeys(accepted, "site", engine.siteRepeats()))));

        Dataset<Row> fp = fingerprints(accepted, frequent).repartition(col("pos")).persist(StorageLevel.MEMORY_AND_DISK());
        long articles = steps.run("fingerprints", fp::count);
        keys.unpersist();

        Dataset<Row> nonEmpty = fp.filter(col("size").gt(0)).select("pos", "k1", "k2", "size");
        Dataset<Row> classes = nonEmpty.groupBy("k1", "k2", "size").agg(min("pos").as("rep"), count(lit(1)).as("weight"));
        Dataset<Row> members = nonEmpty.join(classes, new String[] {"k1", "k2", "size"}).select("pos", "rep", "weight")
                .persist(StorageLevel.MEMORY_AND_DISK());
        steps.run("identical sets", members::count);

        Dataset<Row> reps = members.filter(col("pos").equalTo(col("rep"))).select("pos", "weight")
                .join(fp.select("pos", "bands", "anchors", "briefs", "size"), "pos");
        Dataset<Row> copies = members.filter(col("pos").notEqual(col("rep"))).select(col("rep").as("a"), col("pos").as("b"));
        Dataset<Row> candidates = copies.union(bandPairs(reps)).union(anchorPairs(reps)).union(briefPairs(reps, fp)).distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        long candidateCount = steps.run("candidates", candidates::count);

        Dataset<Row> edges = verify(candidates, fp).persist(StorageLevel.MEMORY_AND_DISK());
        long verified = steps.run("verify", edges::count);
        candidates.unpersist();

        // GroupRules: the pairs at the Jaccard threshold (identical copies among them) make components, each then
        // joined to the best component containing one of its members, by the pairs by containment only
        double threshold = engine.config().threshold();
        Dataset<Row> near = edges.filter(col("jaccard").geq(threshold));
        Dataset<Row> contains = containments(edges.filter(col("jaccard").lt(threshold)), fp).persist(StorageLevel.MEMORY_AND_DISK());
        Steps.Counter rounds = new Steps.Counter();
        Dataset<Row> parts = steps.run("components", () -> ConnectedComponents.of(near, rounds)).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> joins = attachments(contains, parts);
        Dataset<Row> components = steps.run("components", () -> ConnectedComponents.of(near.select("a", "b").union(joins), rounds))
                .persist(StorageLevel.MEMORY_AND_DISK());
        parts.unpersist();
        edges.unpersist();
        Dataset<Row> contained = contains.select(col("s").as("rep")).distinct().join(members, "rep").select(col("pos").as("node"))
                .withColumn("contained", lit(true));

        Dataset<Row> groups = groups(components, contained, fp).persist(StorageLevel.MEMORY_AND_DISK());
        steps.run("groups", groups::count);
        long[] dropped = steps.run("groups", () -> dropped(groups));
        contains.unpersist();
        members.unpersist();
        components.unpersist();
        fp.unpersist();
        return new Result(groups, read.value(), articles, skipped.value(), repeats.length, cut.value(), messages, candidateCount, verified,
                rounds.value(), dropped, repeats, lines, steps.report());
    }

    /**
     * Shuffle partitions when none were asked for: Spark's setting if the user gave one, else one per
     * {@value #BYTES_PER_PARTITION} bytes of input and at least two per core (Spark's default of 200
     * makes a small local run spend its time scheduling empty tasks).
     */
    private int shufflePartitions(long inputBytes) {
        if (jsc.getConf().contains("spark.sql.shuffle.partitions")) return Integer.parseInt(jsc.getConf().get("spark.sql.shuffle.partitions"));
        return (int) Math.min(20_000, Math.max(2L * jsc.defaultParallelism(), inputBytes / BYTES_PER_PARTITION + 1));
    }

    static final long BYTES_PER_PARTITION = 64L << 20;

    /** Steps run later (writing outputs) are measured with the job's. */
    public <T> T step(String name, java.util.function.Supplier<T> work) {
        return steps.run(name, work);
    }

    public List<Steps.Step> report() {
        return steps.report();
    }

    EngineAdapter engine() {
        return engine;
    }

    JobSettings settings() {
        return settings;
    }

    SparkSession session() {
        return spark;
    }

    JavaSparkContext context() {
        return jsc;
    }

    int partitions() {
        return partitions;
    }

    // ---- read

    /** Where {@code --strict} stopped a task: its first bad record, for the driver to report the first of all. */
    record Stop(long pos, String message) implements Serializable {}

    /**
     * Under {@code --strict}, a task ends at its first bad record instead of failing: a failed task would make Spark log
     * the failure on stderr, and which task fails first depends on timing; the driver reports the first in input order.
     */
    private JavaRDD<Row> parsed(JavaRDD<InputLines.Line> lines, LongAccumulator read, LongAccumulator skipped, LongAccumulator cut,
                                  CollectionAccumulator<String> problems, CollectionAccumulator<Stop> stops) {
        EngineAdapter eng = engine;
        boolean strict = settings.strict();
        return lines.mapPartitions(it -> {
            ReadProblems p = ProblemLog.sink(problems, strict);
            List<Row> out = new ArrayList<>();
            long n = 0;
            while (it.hasNext()) {
                InputLines.Line l = it.next();
                try {
                    if (l.cut()) { p.warn(l.where(), l.problem()); cut.add(1); continue; } // as dedup: a warning, not a record
                    n++;
                    if (l.problem() != null) { p.skip(l.where(), l.problem()); continue; }
                    Article a = eng.parse(l.text(), l.where(), p);
                    if (a == null) continue;
                    long[][] k = eng.lineKeys(a);
                    out.add(RowFactory.create(l.pos(), a.id(), l.where(), a.title(), a.text(), a.date() == null ? null : a.date().toString(),
                            a.source(), a.url(), Bytes.of(k[0]), Bytes.of(k[1])));
                } catch (BadInputException e) {
                    if (!strict) throw e;
                    stops.add(new Stop(l.pos(), e.getMessage()));
                    break;
                }
            }
            read.add(n);
            skipped.add(p.skipped());
            return out.iterator();
        });
    }

    /** The line keys seen in at least {@code repeats} accepted articles, with their counts. */
    private static Counts frequentKeys(Dataset<Row> accepted, String column, int repeats) {
        List<Row> rows = accepted.select(column).flatMap(
                        (org.apache.spark.api.java.function.FlatMapFunction<Row, Long>) r -> Arrays.stream(Bytes.longs(r.getAs(0))).boxed().iterator(),
                        Encoders.LONG())
                .groupBy("value").count().filter(col("count").geq(repeats)).collectAsList();
        long[] k = new long[rows.size()];
        int[] c = new int[rows.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = rows.get(i).getLong(0);
            c[i] = Math.toIntExact(rows.get(i).getLong(1));
        }
        return new Counts(k, c);
    }

    record Counts(long[] keys, int[] counts) implements Serializable {
        LongCounter counter() {
            LongCounter lc = new LongCounter(Math.max(16, keys.length));
            for (int i = 0; i < keys.length; i++) lc.add(keys[i], counts[i]);
            return lc;
        }
    }

    /** The boilerplate line keys frequent enough to matter: input-wide and per source. */
    record FrequentLines(Counts corpus, Counts site) implements Serializable {}

    /** Counters built once per executor JVM from a broadcast (keyed by its id), not once per task. */
    private static final Map<Long, LongCounter[]> COUNTERS = new ConcurrentHashMap<>();

    // ---- fingerprints

    private Dataset<Row> fingerprints(Dataset<Row> articles, Broadcast<FrequentLines> frequent) {
        EngineAdapter eng = engine;
        return articles.select("pos", "id", "title", "text", "date", "source", "url").mapPartitions(
                (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) it -> {
                    LongCounter[] counts = COUNTERS.computeIfAbsent(frequent.id(),
                            id -> new LongCounter[] {frequent.value().corpus().counter(), frequent.value().site().counter()});
                    EngineAdapter.Fingerprinter fingerprinter = eng.fingerprinter(counts[0], counts[1]);
                    return new MappingIterator<>(it, r -> {
                        String date = r.getString(4);
                        Article a = new Article(r.getString(1), r.getString(2), r.getString(3), date == null ? null : Instant.parse(date),
                                r.getString(5), r.getString(6));
                        EngineAdapter.Fingerprint f = fingerprinter.fingerprint(a);
                        long[] key = EngineAdapter.setKey(f.shingles());
                        return RowFactory.create(r.getLong(0), a.id(), a.title(), date, a.source(), a.url(), a.text().length(),
                                Bytes.of(f.shingles()), Bytes.of(f.bandKeys()), Bytes.of(f.anchors()), Bytes.of(f.briefKeys()), key[0], key[1],
                                f.shingles().length);
                    });
                }, Encoders.row(FINGERPRINTS));
    }

    // ---- candidates

    /**
     * Pairs of representatives sharing a band key (or a prefix key), by the engine's rule: a bucket of at most
     * {@link EngineAdapter#MAX_BUCKET} members yields all its pairs; a larger one (template pages that
     * differ in a word) links each member to the bucket's first member only, so a hot bucket costs
     * linear work and never sits whole in one task.
     */
    private Dataset<Row> bandPairs(Dataset<Row> reps) {
        StructType entry = new StructType().add("band", DataTypes.IntegerType, false).add("key", DataTypes.IntegerType, false)
                .add("pos", DataTypes.LongType, false);
        int prefixBand = engine.config().banding().bands(); // a short text's prefix keys follow its band keys, all in this band
        Dataset<Row> entries = reps.select("pos", "bands").flatMap((org.apache.spark.api.java.function.FlatMapFunction<Row, Row>) r -> {
            long pos = r.getLong(0);
            int[] bands = Bytes.ints(r.getAs(1));
            List<Row> out = new ArrayList<>(bands.length);
            for (int b = 0; b < bands.length; b++) out.add(RowFactory.create(Math.min(b, prefixBand), bands[b], pos));
            return out.iterator();
        }, Encoders.row(entry));
        // One shuffle of the entries: the window sizes each bucket in place, and the small buckets are
        // then gathered on the partitioning the window already made (no second exchange).
        WindowSpec bucket = Window.partitionBy("band", "key");
        Dataset<Row> members = entries.withColumn("size", count(lit(1)).over(bucket)).withColumn("first", min("pos").over(bucket))
                .filter(col("size").geq(2));
        Dataset<Row> hot = members.filter(col("size").gt(EngineAdapter.MAX_BUCKET).and(col("pos").notEqual(col("first"))))
                .select(col("first").as("a"), col("pos").as("b"));
        Dataset<Row> small = members.filter(col("size").leq(EngineAdapter.MAX_BUCKET)).groupBy("band", "key").agg(collect_list("pos"))
                .flatMap((org.apache.spark.api.java.function.FlatMapFunction<Row, Row>) r -> {
                    List<Long> m = r.getList(2);
                    List<Row> out = new ArrayList<>();
                    for (int x = 0; x < m.size(); x++) for (int y = x + 1; y < m.size(); y++) out.add(pair(m.get(x), m.get(y)));
                    return out.iterator();
                }, Encoders.row(PAIRS));
        return hot.union(small);
    }

    private static Row pair(long x, long y) {
        return RowFactory.create(Math.min(x, y), Math.max(x, y));
    }

    /**
     * Pairs of representatives sharing enough anchors, by the engine's rule: an anchor held by more
     * than {@link AnchorIndex#MAX_POSTING} articles (copies counted) is ignored; two articles
     * need {@link AnchorIndex#leastShared} shared anchor occurrences (by their anchor counts and the
     * duplicate rule's least share).
     */
    private Dataset<Row> anchorPairs(Dataset<Row> reps) {
        double share = engine.config().rule().leastShare();
        org.apache.spark.sql.expressions.UserDefinedFunction leastShared = org.apache.spark.sql.functions.udf(
                (org.apache.spark.sql.api.java.UDF2<Integer, Integer, Integer>) (ta, tb) -> AnchorIndex.leastShared(ta, tb, share),
                DataTypes.IntegerType);
        StructType entry = new StructType().add("anchor", DataTypes.IntegerType, false).add("pos", DataTypes.LongType, false)
                .add("mult", DataTypes.IntegerType, false).add("weight", DataTypes.LongType, false).add("total", DataTypes.IntegerType, false);
        Dataset<Row> entries = reps.select("pos", "weight", "anchors").flatMap((org.apache.spark.api.java.function.FlatMapFunction<Row, Row>) r -> {
            long pos = r.getLong(0), weight = r.getLong(1);
            int[] anchors = Bytes.ints(r.getAs(2));
            Arrays.sort(anchors);
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < anchors.length; ) {
                int j = i + 1;
                while (j < anchors.length && anchors[j] == anchors[i]) j++;
                out.add(RowFactory.create(anchors[i], pos, j - i, weight, anchors.length));
                i = j;
            }
            return out.iterator();
        }, Encoders.row(entry));
        // As for bands: one shuffle, posting sizes by a window, open postings (at most the cap) gathered in place.
        Dataset<Row> open = entries.withColumn("posting", sum(col("mult").multiply(col("weight"))).over(Window.partitionBy("anchor")))
                .filter(col("posting").leq(AnchorIndex.MAX_POSTING));
        Dataset<Row> shares = open.groupBy("anchor").agg(collect_list(struct("pos", "mult", "total")))
                .flatMap((org.apache.spark.api.java.function.FlatMapFunction<Row, Row>) g -> {
                    List<Row> posting = g.getList(1);
                    List<Row> out = new ArrayList<>();
                    for (int x = 0; x < posting.size(); x++) {
                        for (int y = x + 1; y < posting.size(); y++) {
                            Row p = posting.get(x), q = posting.get(y);
                            long shared = (long) p.getInt(1) * q.getInt(1);
                            Row lo = p.getLong(0) < q.getLong(0) ? p : q, hi = lo == p ? q : p;
                            out.add(RowFactory.create(lo.getLong(0), hi.getLong(0), shared, lo.getInt(2), hi.getInt(2)));
                        }
                    }
                    return out.iterator();
                }, Encoders.row(SHARES));
        return shares.groupBy("a", "b").agg(sum("shared").as("shared"), first("ta").as("ta"), first("tb").as("tb"))
                .filter(col("shared").geq(leastShared.apply(col("ta"), col("tb"))))
                .select("a", "b");
    }

    /**
     * Pairs of a brief and a representative at least its size holding enough of its keys, by the engine's rule
     * ({@code BriefIndex}): every representative's shingles are looked up among the briefs' keys (sent to each task);
     * a key held by more than {@link AnchorIndex#MAX_POSTING} articles (copies counted) is skipped, and its briefs
     * then ask one key fewer for each of theirs skipped.
     */
    private Dataset<Row> briefPairs(Dataset<Row> reps, Dataset<Row> fp) {
        StructType briefEntry = new StructType().add("key", DataTypes.IntegerType, false).add("brief", DataTypes.LongType, false)
                .add("bsize", DataTypes.IntegerType, false).add("bkeys", DataTypes.IntegerType, false);
        Dataset<Row> briefs = reps.select("pos", "briefs", "size").flatMap((org.apache.spark.api.java.function.FlatMapFunction<Row, Row>) r -> {
            int[] keys = Bytes.ints(r.getAs(1));
            List<Row> out = new ArrayList<>();
            for (int k : keys) out.add(RowFactory.create(k, r.getLong(0), r.getInt(2), keys.length));
            return out.iterator();
        }, Encoders.row(briefEntry));
        int[] keys = briefs.select("key").distinct().collectAsList().stream().mapToInt(r -> r.getInt(0)).sorted().toArray();
        Broadcast<int[]> wanted = jsc.broadcast(keys);
        StructType hitEntry = new StructType().add("key", DataTypes.IntegerType, false).add("pos", DataTypes.LongType, false)
                .add("weight", DataTypes.LongType, false).add("dsize", DataTypes.IntegerType, false);
        Dataset<Row> hits = reps.select("pos", "weight").join(fp.select("pos", "shingles"), "pos")
                .flatMap((org.apache.spark.api.java.function.FlatMapFunction<Row, Row>) r -> {
                    long[] shingles = Bytes.longs(r.getAs(2));
                    int[] k = wanted.value();
                    List<Row> out = new ArrayList<>();
                    int last = -1;
                    for (long h : shingles) {
                        int at = Arrays.binarySearch(k, (int) (h >>> 32));
                        if (at >= 0 && at != last) out.add(RowFactory.create(k[at], r.getLong(0), r.getLong(1), shingles.length));
                        if (at >= 0) last = at;
                    }
                    return out.iterator();
                }, Encoders.row(hitEntry))
                .withColumn("holders", sum("weight").over(Window.partitionBy("key")));
        Dataset<Row> hot = hits.filter(col("holders").gt(AnchorIndex.MAX_POSTING)).select("key").distinct();
        Dataset<Row> skipped = briefs.join(hot, "key").groupBy("brief").agg(count(lit(1)).as("skipped"));
        EngineAdapter eng = engine;
        org.apache.spark.sql.expressions.UserDefinedFunction need = org.apache.spark.sql.functions.udf(
                (org.apache.spark.sql.api.java.UDF2<Integer, Integer, Integer>) eng::briefNeed, DataTypes.IntegerType);
        Dataset<Row> held = hits.filter(col("holders").leq(AnchorIndex.MAX_POSTING)).join(briefs, "key")
                .filter(col("pos").notEqual(col("brief")).and(col("dsize").geq(col("bsize"))))
                .groupBy("brief", "pos").agg(count(lit(1)).as("held"), first("bsize").as("bsize"), first("bkeys").as("bkeys"));
        return held.join(skipped, new String[] {"brief"}, "left").na().fill(0L, new String[] {"skipped"})
                .filter(col("held").geq(functions.greatest(lit(1), need.apply(col("bsize"), col("bkeys")).minus(col("skipped")))))
                .select(functions.least(col("brief"), col("pos")).as("a"), functions.greatest(col("brief"), col("pos")).as("b"));
    }

    // ---- verify

    private Dataset<Row> verify(Dataset<Row> candidates, Dataset<Row> fp) {
        Dataset<Row> sa = fp.select(col("pos").as("a"), col("shingles").as("sa"));
        Dataset<Row> sb = fp.select(col("pos").as("b"), col("shingles").as("sb"));
        EngineAdapter eng = engine;
        return candidates.join(sa, "a").join(sb, "b").select("a", "b", "sa", "sb").flatMap((org.apache.spark.api.java.function.FlatMapFunction<Row, Row>) r -> {
            Overlap d = eng.check(Bytes.longs(r.getAs(2)), Bytes.longs(r.getAs(3)));
            return d == null ? java.util.Collections.emptyIterator()
                    : List.of(RowFactory.create(r.getLong(0), r.getLong(1), d.jaccard(), d.containment())).iterator();
        }, Encoders.row(EDGES));
    }

    // ---- groups

    static final StructType CONTAINS = new StructType().add("s", DataTypes.LongType, false).add("l", DataTypes.LongType, false)
            .add("jaccard", DataTypes.DoubleType, false).add("containment", DataTypes.DoubleType, false);

    /** The pairs by containment only, as {@code s} (the one contained, {@link GroupRules#containedOf}) and {@code l}. */
    private static Dataset<Row> containments(Dataset<Row> pairs, Dataset<Row> fp) {
        return pairs.join(fp.select(col("pos").as("a"), col("size").as("sa")), "a").join(fp.select(col("pos").as("b"), col("size").as("sb")), "b")
                .select("a", "b", "sa", "sb", "jaccard", "containment")
                .map((org.apache.spark.api.java.function.MapFunction<Row, Row>) r -> {
                    long a = r.getLong(0), b = r.getLong(1);
                    long contained = GroupRules.containedOf(a, r.getInt(2), b, r.getInt(3));
                    return RowFactory.create(contained, contained == a ? b : a, r.getDouble(4), r.getDouble(5));
                }, Encoders.row(CONTAINS));
    }

    /**
     * For each component ({@code parts}: node, root; a node in none is its own) holding a member contained in another
     * component's, the edge (its root, the best such component's root) by {@link GroupRules#betterContainer}.
     */
    private static Dataset<Row> attachments(Dataset<Row> contains, Dataset<Row> parts) {
        Dataset<Row> rootOfS = parts.select(col("node").as("s"), col("root").as("rs"));
        Dataset<Row> rootOfL = parts.select(col("node").as("l"), col("root").as("rl"));
        Dataset<Row> between = contains.join(rootOfS, new String[] {"s"}, "left").join(rootOfL, new String[] {"l"}, "left")
                .select(functions.coalesce(col("rs"), col("s")).as("child"), functions.coalesce(col("rl"), col("l")).as("parent"),
                        col("jaccard"), col("containment"))
                .filter(col("child").notEqual(col("parent")));
        return between.groupByKey((org.apache.spark.api.java.function.MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG())
                .mapGroups((org.apache.spark.api.java.function.MapGroupsFunction<Long, Row, Row>) (child, rows) -> {
                    Row best = null;
                    while (rows.hasNext()) {
                        Row r = rows.next();
                        if (best == null || GroupRules.betterContainer(r.getDouble(3), r.getDouble(2), r.getLong(1),
                                best.getDouble(3), best.getDouble(2), best.getLong(1))) best = r;
                    }
                    return RowFactory.create(child, best.getLong(1));
                }, Encoders.row(PAIRS));
    }

    private Dataset<Row> groups(Dataset<Row> components, Dataset<Row> contained, Dataset<Row> fp) {
        StructType assigned = new StructType().add("node", DataTypes.LongType, false).add("canonical", DataTypes.LongType, false);
        EngineAdapter eng = engine;
        Dataset<Row> withMeta = components.join(fp.select(col("pos").as("node"), col("id"), col("title"), col("date"), col("source"),
                col("url"), col("length")), "node").join(contained, new String[] {"node"}, "left")
                .select(col("node"), col("root"), col("id"), col("title"), col("date"), col("source"), col("url"), col("length"),
                        functions.coalesce(col("contained"), lit(false)).as("contained"));
        Dataset<Row> canon = withMeta.groupByKey((org.apache.spark.api.java.function.MapFunction<Row, Long>) r -> r.getLong(1), Encoders.LONG())
                .flatMapGroups((org.apache.spark.api.java.function.FlatMapGroupsFunction<Long, Row, Row>) (root, rows) -> {
                    List<Row> all = new ArrayList<>();
                    rows.forEachRemaining(all::add);
                    all.sort(java.util.Comparator.comparingLong(r -> r.getLong(0)));
                    List<ArticleMeta> metas = new ArrayList<>(all.size());
                    boolean[] isContained = new boolean[all.size()];
                    for (int i = 0; i < all.size(); i++) {
                        Row r = all.get(i);
                        String date = r.getString(4);
                        metas.add(new ArticleMeta(i, r.getString(2), r.getString(3), date == null ? null : Instant.parse(date),
                                r.getString(5), r.getString(6), r.getInt(7), ""));
                        isContained[i] = r.getBoolean(8);
                    }
                    long canonical = all.get(eng.canonical(metas, isContained)).getLong(0);
                    List<Row> out = new ArrayList<>(all.size());
                    for (Row r : all) out.add(RowFactory.create(r.getLong(0), canonical));
                    return out.iterator();
                }, Encoders.row(assigned));
        StructType scoredType = new StructType().add("canonical", DataTypes.LongType, false).add("member", MEMBER, false);
        Dataset<Row> scored = canon.join(fp.select(col("pos").as("node"), col("id"), col("shingles").as("ms")), "node")
                .join(fp.select(col("pos").as("canonical"), col("shingles").as("cs")), "canonical")
                .select("node", "canonical", "id", "ms", "cs")
                .map((org.apache.spark.api.java.function.MapFunction<Row, Row>) r -> {
                    long node = r.getLong(0), canonical = r.getLong(1);
                    double[] s = node == canonical ? new double[] {1.0, 1.0}
                            : EngineAdapter.scoreAgainstCanonical(Bytes.longs(r.getAs(4)), Bytes.longs(r.getAs(3)));
                    return RowFactory.create(canonical, RowFactory.create(node, r.getString(2), s[0], s[1]));
                }, Encoders.row(scoredType));
        return scored.groupByKey((org.apache.spark.api.java.function.MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG())
                .mapGroups((org.apache.spark.api.java.function.MapGroupsFunction<Long, Row, Row>) (canonical, rows) -> {
                    List<Row> m = new ArrayList<>();
                    rows.forEachRemaining(r -> m.add(r.getStruct(1)));
                    m.sort(java.util.Comparator.comparingLong((Row r) -> r.getLong(0) == canonical ? Long.MIN_VALUE : r.getLong(0)));
                    return RowFactory.create(canonical, m.toArray());
                }, Encoders.row(GROUPS))
                .orderBy("canonical");
    }

    /** Positions of group members other than the canonical copy (left out of the deduplicated collection), ascending. */
    private static long[] dropped(Dataset<Row> groups) {
        List<Long> all = groups.flatMap((org.apache.spark.api.java.function.FlatMapFunction<Row, Long>) g -> {
            long canonical = g.getLong(0);
            List<Long> out = new ArrayList<>();
            for (Row m : g.<Row>getList(1)) if (m.getLong(0) != canonical) out.add(m.getLong(0));
            return out.iterator();
        }, Encoders.LONG()).collectAsList();
        long[] d = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(d);
        return d;
    }

    /** Maps each element, dropping those mapped to null, lazily (one task's rows are never all in memory). */
    static final class MappingIterator<A, B> implements Iterator<B> {
        private final Iterator<A> in;
        private final java.util.function.Function<A, B> fn;
        private B next;

        MappingIterator(Iterator<A> in, java.util.function.Function<A, B> fn) {
            this.in = in;
            this.fn = fn;
        }

        @Override
        public boolean hasNext() {
            while (next == null && in.hasNext()) next = fn.apply(in.next());
            return next != null;
        }

        @Override
        public B next() {
            if (!hasNext()) throw new java.util.NoSuchElementException();
            B b = next;
            next = null;
            return b;
        }
    }
}
