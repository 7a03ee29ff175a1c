package io.copydesk.spark;

import io.copydesk.document.Article;
import io.copydesk.document.ReadProblems;
import io.copydesk.internal.io.AtomicFile;
import io.copydesk.internal.json.JsonWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;

/**
 * Writes the job's results: the groups as JSONL in {@code copydesk dedup}'s schema (one file,
 * streamed through the driver in order) or as Parquet (a directory written by the executors), and
 * the deduplicated collection: the input lines of the kept articles, every field as it was.
 * A file appears under its name only once complete.
 */
final class Outputs {
    private Outputs() {}

    /** One line per group, numbered from 1 in canonical input order, exactly as {@code dedup --format jsonl} prints it. */
    static String groupLine(long n, Row group) {
        JsonWriter w = new JsonWriter().beginObject().field("group", n).name("members").beginArray();
        for (Row m : group.<Row>getList(1)) {
            w.beginObject().field("id", m.getString(1)).field("jaccard", m.getDouble(2)).field("containment", m.getDouble(3)).endObject();
        }
        return w.endArray().endObject().toString();
    }

    /** Groups as JSONL to {@code path} ({@code .gz} compressed), or to {@code stdout} when the path is null. */
    static long groupsJsonl(Dataset<Row> groups, String path, Configuration conf, PrintWriter stdout) {
        return writeLines(path, conf, stdout, new Iterator<>() {
            private final Iterator<Row> rows = groups.toLocalIterator();
            private long n;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public String next() {
                return groupLine(++n, rows.next());
            }
        });
    }

    /** Groups as Parquet: columns {@code group} (from 1) and {@code members} (id, jaccard, containment; canonical first). */
    static void groupsParquet(Dataset<Row> groups, String path) {
        groups.withColumn("group", functions.row_number().over(org.apache.spark.sql.expressions.Window.orderBy("canonical")).cast("long"))
                .select(functions.col("group"), functions.transform(functions.col("members"), m -> functions.struct(
                        m.getField("id").as("id"), m.getField("jaccard").as("jaccard"), m.getField("containment").as("containment"))).as("members"))
                .write().mode(SaveMode.ErrorIfExists).parquet(path);
    }

    /**
     * The deduplicated collection: the input line of every accepted article that is a group's
     * canonical copy or in no group, in input order, unchanged (fields {@code dedup} does not read are kept).
     */
    static long unique(SparkDedup job, SparkDedup.Result result, String path, PrintWriter stdout) {
        Broadcast<long[]> skip = job.context().broadcast(merge(result.dropped(), result.repeats()));
        EngineAdapter eng = job.engine();
        JavaRDD<String> kept = result.inputs().read(job.session(), job.partitions()).mapPartitions(it -> {
            ReadProblems silent = ReadProblems.silent();
            long[] s = skip.value();
            return new SparkDedup.MappingIterator<>(it, l -> {
                if (l.problem() != null || Arrays.binarySearch(s, l.pos()) >= 0) return null;
                Article a = eng.parse(l.text(), l.where(), silent);
                return a == null ? null : l.text();
            });
        });
        return writeLines(path, job.context().hadoopConfiguration(), stdout, kept.toLocalIterator());
    }

    private static long[] merge(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        return all;
    }

    private static long writeLines(String path, Configuration conf, PrintWriter stdout, Iterator<String> lines) {
        if (path == null) {
            long n = 0;
            while (lines.hasNext()) { stdout.println(lines.next()); n++; }
            stdout.flush();
            if (stdout.checkError()) throw new UncheckedIOException(new IOException("cannot write to stdout"));
            return n;
        }
        boolean gzip = path.endsWith(".gz");
        URI uri = new Path(path).toUri();
        try {
            if (uri.getScheme() == null || uri.getScheme().equals("file")) {
                try (AtomicFile file = new AtomicFile(java.nio.file.Path.of(uri.getPath()), gzip)) {
                    long n = write(file.writer(), lines);
                    file.commit();
                    return n;
                }
            }
            Path target = new Path(path);
            FileSystem fs = target.getFileSystem(conf);
            Path temp = new Path(target.getParent(), "." + target.getName() + "." + System.nanoTime() + ".tmp");
            long n;
            try (Writer w = new OutputStreamWriter(gzip ? new GZIPOutputStream(fs.create(temp, false)) : fs.create(temp, false),
                    StandardCharsets.UTF_8)) {
                n = write(w, lines);
            } catch (IOException | RuntimeException e) {
                fs.delete(temp, false);
                throw e;
            }
            if (fs.exists(target)) fs.delete(target, false);
            if (!fs.rename(temp, target)) throw new IOException("cannot rename " + temp + " to " + target);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    private static long write(Writer w, Iterator<String> lines) throws IOException {
        long n = 0;
        while (lines.hasNext()) {
            w.write(lines.next());
            w.write('\n');
            n++;
        }
        w.flush();
        return n;
    }
}
