package io.copydesk.spark;

import io.copydesk.document.BadInputException;
import io.copydesk.document.FileKind;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The records of the inputs on any Hadoop file system, each as one JSONL line with its position in
 * the input order that {@code copydesk dedup} uses: inputs in the order given, the files of a
 * directory or glob by path, records in file order. JSONL files ({@code .gz} decompressed) give
 * their lines, by byte offset; Parquet files ({@code .parquet}) give their rows, each written as a
 * JSON object of its columns (so the engine reads it by the JSONL rules), by row index. The
 * position packs the file's rank (high bits) and the byte offset or row index (low
 * {@value #OFFSET_BITS} bits), so sorting by it is input order.
 */
final class InputLines implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int OFFSET_BITS = 40;
    static final int MAX_FILES = 1 << (63 - OFFSET_BITS);

    /**
     * A record: where it is ({@code FILE at byte N}, {@code FILE row N}), its JSON text, or the reason it has none;
     * {@code cut} marks the end of a file that could be read only in part (a truncated {@code .gz}), no record.
     */
    record Line(long pos, String where, String text, String problem, boolean cut) implements Serializable {
        Line(long pos, String where, String text, String problem) {
            this(pos, where, text, problem, false);
        }
    }

    private final List<String> files;
    private final Map<String, Integer> rank;
    private final long totalBytes;
    private final long maxLineBytes;

    private InputLines(List<String> files, long totalBytes, long maxLineBytes) {
        this.files = files;
        this.totalBytes = totalBytes;
        this.maxLineBytes = maxLineBytes;
        this.rank = new HashMap<>();
        for (int i = 0; i < files.size(); i++) rank.put(files.get(i), i);
    }

    /**
     * Expands the inputs (files, directories of part files, globs) into files in input order;
     * throws {@link BadInputException} naming an input that matches nothing (as {@code dedup} does,
     * an unreadable path), an empty directory (no article, bad data) or a file of a kind only {@code copydesk} reads
     * ({@link #singleMachineOnly}; bad data). A file listed again is read once, at its first place.
     */
    static InputLines of(Configuration conf, List<String> inputs, long maxLineBytes) {
        List<String> files = new ArrayList<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        long bytes = 0;
        try {
            for (String input : inputs) {
                Path p = new Path(input);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) throw new BadInputException(input + ": no such file or directory", true);
                Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
                List<FileStatus> found = new ArrayList<>();
                for (FileStatus m : matches) {
                    if (!m.isDirectory()) { found.add(m); continue; }
                    List<FileStatus> inDir = new ArrayList<>();
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        String name = f.getPath().getName();
                        if (!name.startsWith("_") && !name.startsWith(".")) inDir.add(f);
                    }
                    inDir.sort(Comparator.comparing(s -> s.getPath().toString()));
                    if (inDir.isEmpty()) throw new BadInputException(input + ": directory holds no files");
                    found.addAll(inDir);
                }
                for (FileStatus f : found) {
                    String kind = singleMachineOnly(f.getPath().getName());
                    if (kind != null) {
                        throw new BadInputException(f.getPath() + ": " + kind + " is read by copydesk on one machine, not by the Spark job, which "
                                + "reads JSONL and Parquet (Spark turns CSV into Parquet: see the README)");
                    }
                    // A file listed again (given twice, or by overlapping globs) is read once: its records would share their
                    // positions, and each id's two records, both taken for the repeat, would both be dropped. dedup skips the
                    // second reading's records as repeated ids, so the groups are the same.
                    if (!listed.add(f.getPath().toString())) continue;
                    files.add(f.getPath().toString());
                    bytes += f.getLen();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list inputs: " + e.getMessage(), e);
        }
        if (files.size() > MAX_FILES) throw new IllegalArgumentException("more than " + MAX_FILES + " input files");
        return new InputLines(files, bytes, maxLineBytes);
    }

    /**
     * What a file of this name is when {@code copydesk} reads it by its name otherwise than as records ({@link FileKind}:
     * CSV, TSV, an HTML page), else null: read as JSONL here, each of its lines would be reported as a bad record. A
     * {@code .txt} file is read as JSONL (Spark writes its text output so); one opening as a page is reported by its first line.
     */
    static String singleMachineOnly(String name) {
        return switch (FileKind.of(name)) {
            case CSV -> "CSV";
            case TSV -> "TSV";
            case HTML_PAGE -> "an HTML page";
            case RECORDS, TEXT_PAGE -> null;
        };
    }

    List<String> files() {
        return files;
    }

    long totalBytes() {
        return totalBytes;
    }

    /** The records, read anew on every use (Spark recomputes them), split into about {@code partitions} tasks. */
    JavaRDD<Line> read(SparkSession spark, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> text = files.stream().filter(f -> !isParquet(f)).toList();
        List<String> parquet = files.stream().filter(InputLines::isParquet).toList();
        JavaRDD<Line> lines = text.isEmpty() ? jsc.emptyRDD() : lines(jsc, text, partitions);
        return parquet.isEmpty() ? lines : lines.union(rows(spark, parquet));
    }

    static boolean isParquet(String file) {
        return file.endsWith(".parquet");
    }

    private JavaRDD<Line> lines(JavaSparkContext jsc, List<String> text, int partitions) {
        Job job;
        try {
            job = Job.getInstance(new Configuration(jsc.hadoopConfiguration()));
            FileInputFormat.setInputPaths(job, text.stream().map(Path::new).toArray(Path[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (partitions > 0) FileInputFormat.setMaxInputSplitSize(job, Math.max(1 << 16, totalBytes / partitions + 1));
        // Records end at '\n' only, as dedup's reader ends them: Hadoop's default also ends one at a lone '\r' (which a
        // record may hold, raw in a string or between fields). The '\r' of a CRLF end is then the record's, dropped below.
        job.getConfiguration().set("textinputformat.record.delimiter", "\n");
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>)
                jsc.newAPIHadoopRDD(job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
        Map<String, Integer> ranks = rank;
        long max = maxLineBytes;
        return raw.mapPartitionsWithInputSplit((split, lines) -> {
            String file = ((FileSplit) split).getPath().toString();
            return new LineIterator(file, rankOf(ranks, file), lines, max);
        }, true);
    }

    /**
     * Parquet rows as JSON objects of their columns (Spark's {@code to_json}: null columns left
     * out), positioned by the file's rank and the row's index in its file, so the order does not
     * depend on how Spark packs files into tasks. Files may differ in columns (schemas merged).
     */
    private JavaRDD<Line> rows(SparkSession spark, List<String> parquet) {
        Dataset<Row> df = spark.read().option("mergeSchema", "true").parquet(parquet.toArray(String[]::new));
        Column[] columns = java.util.Arrays.stream(df.columns()).map(c -> df.col("`" + c.replace("`", "``") + "`")).toArray(Column[]::new);
        Dataset<Row> rows = df.select(functions.col("_metadata.file_path"), functions.col("_metadata.row_index"),
                functions.to_json(functions.struct(columns), Map.of("timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "timeZone", "UTC")));
        Map<String, Integer> ranks = rank;
        long max = maxLineBytes;
        return rows.javaRDD().map(r -> {
            String file = new Path(java.net.URI.create(r.getString(0))).toString();
            long index = r.getLong(1);
            String json = r.getString(2);
            String where = file + " row " + (index + 1);
            long pos = (long) rankOf(ranks, file) << OFFSET_BITS | index;
            if (json.length() > max / 3 && json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > max) {
                return new Line(pos, where, null, String.format(java.util.Locale.ROOT, "record of %,d bytes exceeds --max-article-bytes %,d",
                        json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, max));
            }
            return new Line(pos, where, json, null);
        });
    }

    private static int rankOf(Map<String, Integer> ranks, String file) {
        Integer r = ranks.get(file);
        if (r == null) throw new IllegalStateException("records of an unlisted file " + file);
        return r;
    }

    private static final class LineIterator implements Iterator<Line> {
        private final String file;
        private final long base;
        private final Iterator<scala.Tuple2<LongWritable, Text>> lines;
        private final long max;
        private Line next;
        private long last = -1; // offset of the last line read
        private boolean cut;

        LineIterator(String file, int rank, Iterator<scala.Tuple2<LongWritable, Text>> lines, long max) {
            this.file = file;
            this.base = (long) rank << OFFSET_BITS;
            this.lines = lines;
            this.max = max;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !cut && more()) {
                scala.Tuple2<LongWritable, Text> t = lines.next();
                long offset = t._1().get();
                Text text = t._2();
                last = offset;
                String where = file + " at byte " + offset;
                if (offset >= 1L << OFFSET_BITS) throw new IllegalArgumentException(file + ": files over 1 TiB are not supported");
                if (text.getLength() > max) {
                    next = new Line(base | offset, where, null, String.format(java.util.Locale.ROOT,
                            "record of %,d bytes exceeds --max-article-bytes %,d", text.getLength(), max));
                    continue;
                }
                // dedup measures the size above with a CRLF end's '\r', and reads the record without it
                int length = text.getLength() > 0 && text.getBytes()[text.getLength() - 1] == '\r' ? text.getLength() - 1 : text.getLength();
                String s;
                try {
                    s = Text.decode(text.getBytes(), 0, length, false);
                } catch (CharacterCodingException e) {
                    next = new Line(base | offset, where, null, "invalid UTF-8");
                    continue;
                }
                if (blank(s)) continue;
                if (offset == 0 && FileKind.opensList(s)) { // a JSON document, which copydesk reads and the job does not
                    next = new Line(base | offset, where, null, "a JSON list of records: the Spark job reads JSONL (one record a line); "
                            + "copydesk on one machine reads lists");
                    continue;
                }
                if (offset == 0 && FileKind.of(file) == FileKind.TEXT_PAGE && !FileKind.opensRecords(s)) {
                    next = new Line(base | offset, where, null, "not a JSON record: a .txt page, which copydesk on one machine reads as one "
                            + "article; the Spark job reads JSONL");
                    continue;
                }
                next = new Line(base | offset, where, s, null);
            }
            return next != null;
        }

        /** A line dedup passes over: spaces, tabs and carriage returns only (any other character makes it a record, maybe a bad one). */
        private static boolean blank(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\r') return false;
            }
            return true;
        }

        /**
         * Whether the file holds another line. Compressed data that ends early (a truncated {@code .gz}) or is damaged
         * ends the file as {@code copydesk dedup} ends it: the complete records before it are used, and the place is
         * reported as a cut line (the run then exits 4), instead of failing the task with the codec's exception.
         */
        private boolean more() {
            try {
                return lines.hasNext();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) { // the Hadoop reader's checked exceptions, thrown through Scala's iterator
                if (!(e instanceof java.io.EOFException) && !(e instanceof java.util.zip.ZipException)) {
                    throw e instanceof IOException io ? new UncheckedIOException(file + ": " + io.getMessage(), io) : new IllegalStateException(e);
                }
                cut = true;
                String reason = e instanceof java.io.EOFException ? "compressed data ends early (a truncated .gz file?)"
                        : "not valid compressed data (" + e.getMessage() + ")";
                next = new Line(base | (last < 0 ? 0 : last), file, null, reason + (last < 0 ? "" : " after the record at byte " + last)
                        + "; the complete records before it are used, the rest is lost (exit 4)", true);
                return false;
            }
        }

        @Override
        public Line next() {
            if (!hasNext()) throw new java.util.NoSuchElementException();
            Line l = next;
            next = null;
            return l;
        }
    }
}
