package io.copydesk.spark;

import io.copydesk.analysis.TokenizerKind;
import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.cli.ExitCode;
import io.copydesk.cli.options.DedupOptions;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.document.RecordFields;
import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.engine.DedupConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dedup", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Finds duplicate articles on Apache Spark: the same groups (members, canonical copy, scores) as copydesk dedup "
                + "with the same options, written as the same JSONL (or as Parquet).",
                "Inputs are JSONL files (.jsonl, .jsonl.gz) or Parquet files (.parquet; columns as the JSONL fields), directories of them, "
                        + "or globs, on any Hadoop file system."},
        footer = {"%nExamples:%n  ./copydesk-spark dedup corpus/corpus.jsonl --out groups.jsonl"
                + "%n  ./copydesk-spark dedup 'news/*.jsonl.gz' --out groups.jsonl --write-unique unique.jsonl.gz --metrics steps.tsv"
                + "%n  spark-submit --class io.copydesk.spark.SparkMain spark/target/copydesk-spark-0.1.0-SNAPSHOT-job.jar dedup "
                + "hdfs:///news/2026-11-30 --format parquet --out hdfs:///dedup/groups.parquet",
                "%nExit codes:%n  0  success%n  1  internal error (rerun with --debug)%n  2  usage error%n"
                + "  3  input missing or output not writable%n  4  bad data (a bad record under --strict, or no usable article)%n"})
final class SparkDedupCommand implements Callable<Integer> {
    enum Format { jsonl, parquet }

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "JSONL (.jsonl, .jsonl.gz) or Parquet (.parquet) file, directory or glob of them, any Hadoop path.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the groups here instead of stdout (a directory for --format parquet).")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "jsonl (dedup's schema) or parquet (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--write-unique", paramLabel = "FILE",
            description = "Also write the deduplicated collection as JSONL: the input lines of each group's canonical copy and of every article in no group, "
                    + "unchanged (a Parquet row as a JSON object of all its columns).")
    String writeUnique;

    @CommandLine.Mixin DedupOptions dedup;

    @Option(names = "--shingle", paramLabel = "K", defaultValue = "" + AnalysisConfig.DEFAULT_SHINGLE, description = "Words per shingle, 1-16 (default: ${DEFAULT-VALUE}).")
    int shingle;

    @Option(names = "--tokenizer", paramLabel = "KIND", defaultValue = "simple", description = "OpenNLP tokenizer: simple or learnable (default: ${DEFAULT-VALUE}).")
    TokenizerKind tokenizer;

    @Option(names = "--keep-boilerplate", description = "Do not remove page furniture.")
    boolean keepBoilerplate;

    @Option(names = "--strict", description = "Stop at the first bad record (exit 4) instead of reporting and skipping it.")
    boolean strict;

    @Option(names = "--max-article-bytes", paramLabel = "BYTES", defaultValue = InputOptions.DEFAULT_MAX_ARTICLE_BYTES, converter = io.copydesk.cli.options.ByteSize.class,
            description = "Skip records larger than this, with a warning; k, M or G for KiB, MiB, GiB (default: ${DEFAULT-VALUE}).")
    long maxArticleBytes;

    @Option(names = "--field", paramLabel = "PART=NAME",
            description = "Read the articles' PART (id, title, text, date, source or url) from the JSONL field NAME, "
                    + "for a collection that names it otherwise (common other names, content or maintext for the text, are read without it); repeatable (e.g. --field text=article_body --field title=page_title).")
    Map<String, String> fields;

    @Option(names = "--threads", paramLabel = "N", description = "In local mode (no master set): worker threads, local[N] (default: all cores).")
    Integer threads;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Tasks per step: input splits and shuffle partitions (default: Spark's choice). Output is identical for every value.")
    int partitions;

    @Option(names = "--metrics", paramLabel = "FILE", description = "Write per-step time and shuffle bytes (TSV) to this local file.")
    java.nio.file.Path metrics;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr (problems are still reported).")
    boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        JobSettings settings = settings(cl);
        PrintWriter err = cl.getErr();
        long start = System.nanoTime();
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        SparkConf conf = conf();
        // Inputs are listed before Spark starts, so a missing one fails at once with dedup's one line and exit code.
        Configuration hadoop = hadoopConfiguration(conf);
        InputLines lines = InputLines.of(hadoop, inputs, settings.maxArticleBytes());
        checkOutputs(cl, hadoop);
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            SparkDedup job = new SparkDedup(spark, settings, partitions);
            SparkDedup.Result r = job.run(lines);
            r.problems().forEach(err::println);
            if (r.skipped() + r.repeatedIds() > 0) {
                err.println(String.format(Locale.ROOT, "copydesk-spark: skipped %,d of %,d records", r.skipped() + r.repeatedIds(), r.records()));
            }
            if (r.articles() == 0) {
                err.println("copydesk-spark: no usable article in " + String.join(", ", inputs));
                return ExitCode.DATA;
            }
            long groups = job.step("write groups", () -> {
                if (format == Format.parquet) {
                    Outputs.groupsParquet(r.groups(), out);
                    return r.groups().count();
                }
                return Outputs.groupsJsonl(r.groups(), out, spark.sparkContext().hadoopConfiguration(), cl.getOut());
            });
            if (writeUnique != null) job.step("write unique", () -> Outputs.unique(job, r, writeUnique, cl.getOut()));
            List<Steps.Step> steps = job.report();
            if (metrics != null) writeMetrics(steps);
            if (!quiet) {
                long inGroups = r.dropped().length + groups;
                err.println(String.format(Locale.ROOT,
                        "copydesk-spark: %,d articles, %,d duplicate groups holding %,d articles, %,d unique; %,d candidate pairs verified, "
                                + "%,d duplicate edges, %d component rounds (%s) in %.1f s",
                        r.articles(), groups, inGroups, r.articles() - r.dropped().length, r.candidates(), r.verifiedPairs(), r.rounds(),
                        settings.dedup().banding(), (System.nanoTime() - start) / 1e9));
                steps.forEach(s -> err.println("  " + s.line()));
            }
            if (r.partialInputs() > 0) { // as copydesk dedup: partial results are never taken for complete ones
                err.println("copydesk-spark: an input could be read only in part (see above); results cover the records that were read");
                return ExitCode.DATA;
            }
        } finally {
            if (ownSession) spark.stop();
        }
        return ExitCode.OK;
    }

    private RecordFields recordFields(CommandLine cl) {
        RecordFields f = InputOptions.renamed(cl, fields);
        if (f.idByPlace()) {
            throw new CommandLine.ParameterException(cl, "--field id=" + RecordFields.PLACE + " is for copydesk's own readers: the Spark job "
                    + "reads records by byte offset, not by line; give the records ids, or run copydesk dedup");
        }
        return f;
    }

    private JobSettings settings(CommandLine cl) {
        if (partitions < 0) throw new CommandLine.ParameterException(cl, "--partitions must be >= 0, was " + partitions);
        if (threads != null && (threads < 1 || threads > 1024)) throw new CommandLine.ParameterException(cl, "--threads must be in [1, 1024], was " + threads);
        if (shingle < 1 || shingle > 16) throw new CommandLine.ParameterException(cl, "--shingle must be in [1, 16], was " + shingle);
        AnalysisConfig analysis = new AnalysisConfig(shingle, AnalysisConfig.DEFAULT_SEED, tokenizer,
                keepBoilerplate ? BoilerplateConfig.OFF : BoilerplateConfig.DEFAULT, AnalysisConfig.DEFAULT_HASHES);
        DedupConfig c = dedup.config(cl, analysis, 1, false); // the same options, defaults and checks as copydesk dedup
        try {
            return new JobSettings(shingle, tokenizer, keepBoilerplate, c.threshold(), c.containment(), c.minContainedShingles(),
                    c.hashes(), c.lsh() == null ? 0 : c.lsh().bands(), c.lsh() == null ? 0 : c.lsh().rows(), c.keep(), strict,
                    maxArticleBytes, recordFields(cl).keys(), c.compareFigures()).validated();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    /**
     * The outputs, checked before Spark starts (as {@code copydesk dedup} opens its outputs before it reads), so that a
     * mistyped folder, a directory given as a file or a Parquet directory already there costs no run: one line, exit 3.
     */
    private void checkOutputs(CommandLine cl, Configuration hadoop) {
        if (format == Format.parquet && out == null) throw new CommandLine.ParameterException(cl, "--format parquet needs --out DIR");
        if (out != null) checkOutput(hadoop, out, format == Format.parquet);
        if (writeUnique != null) checkOutput(hadoop, writeUnique, false);
        if (metrics != null) checkLocal(metrics.toString(), metrics);
    }

    /** A JSONL file as {@link Outputs} writes it (a path without a scheme is the driver's local file), or a new Parquet directory. */
    private static void checkOutput(Configuration hadoop, String path, boolean newDirectory) {
        Path target = new Path(path);
        String scheme = target.toUri().getScheme();
        if (!newDirectory && (scheme == null || scheme.equals("file"))) {
            checkLocal(path, java.nio.file.Path.of(target.toUri().getPath()));
            return;
        }
        try {
            FileSystem fs = target.getFileSystem(hadoop);
            target = fs.makeQualified(target);
            String reason = null;
            if (newDirectory && fs.exists(target)) reason = "already exists (Parquet output is written as a new directory: remove it or name another)";
            else if (!newDirectory && fs.exists(target) && fs.getFileStatus(target).isDirectory()) reason = "is a directory";
            else if ("file".equals(target.toUri().getScheme()) && !fs.isDirectory(target.getParent())) { // object stores have no folders
                reason = Path.getPathWithoutSchemeAndAuthority(target.getParent()) + ": no such directory";
            }
            if (reason != null) throw new java.io.UncheckedIOException("cannot write " + path + ": " + reason, new IOException(reason));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    private static void checkLocal(String shown, java.nio.file.Path file) {
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        String reason = Files.isDirectory(file) ? "is a directory" : parent != null && !Files.isDirectory(parent) ? parent + ": no such directory" : null;
        if (reason != null) throw new java.io.UncheckedIOException("cannot write " + shown + ": " + reason, new IOException(reason));
    }

    /** The session's settings: the master spark-submit set, or local mode on this machine (a running session, a test's, is reused). */
    private SparkConf conf() {
        SparkConf conf = new SparkConf().setAppName("copydesk dedup");
        if (!conf.contains("spark.master")) {
            conf.setMaster(threads == null ? "local[*]" : "local[" + threads + "]");
            LocalMode.configure(conf);
        }
        if (!conf.contains("spark.ui.enabled")) conf.set("spark.ui.enabled", "false");
        return conf;
    }

    /** The Hadoop settings Spark will use: the cluster's (core-site.xml on the classpath) and {@code spark.hadoop.*}. */
    private static Configuration hadoopConfiguration(SparkConf conf) {
        Configuration hadoop = new Configuration();
        for (scala.Tuple2<String, String> e : conf.getAllWithPrefix("spark.hadoop.")) hadoop.set(e._1(), e._2());
        return hadoop;
    }

    private void writeMetrics(List<Steps.Step> steps) {
        StringBuilder sb = new StringBuilder("step\tseconds\tshuffle_write_bytes\tshuffle_read_bytes\ttask_seconds\tstages\n");
        for (Steps.Step s : steps) {
            sb.append(String.format(Locale.ROOT, "%s\t%.3f\t%d\t%d\t%.3f\t%d%n", s.name(), s.nanos() / 1e9, s.shuffleWriteBytes(),
                    s.shuffleReadBytes(), s.taskMillis() / 1e3, s.stages()));
        }
        try {
            Files.writeString(metrics, sb);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + metrics + ": " + e.getMessage(), e);
        }
    }
}
