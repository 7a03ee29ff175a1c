package io.copydesk.cli.index;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.UserException;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.document.Article;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.BadInputException;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.engine.Progress;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexException;
import io.copydesk.index.IndexWriter;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Streams the inputs into an index in batches, one transaction each: what {@code index add} and
 * {@code index query --add} share. A repeated id within one run is reported and skipped (the
 * first one wins, as in {@code dedup}); across runs, re-adding is idempotent by id.
 */
final class IndexFeed {
    /** What a run did; {@code recleaned}: articles of its earlier batches cleaned again at its end. */
    record Totals(long added, long replaced, long unchanged, long recleaned, long seconds100) {
        long articles() {
            return added + replaced + unchanged;
        }
    }

    private IndexFeed() {}

    /**
     * Feeds the inputs in batches; with {@code recleanAtEnd}, a run of more than one batch then reads its inputs again and
     * cleans those of its articles whose boilerplate lines have become frequent since their batch went in, with the
     * counts of the whole run ({@link IndexWriter#reclean}), so that one run over a collection cleans it as {@code dedup}
     * would.
     */
    static Totals run(CommandLine cl, InputOptions input, ArticleIndex index, int batchSize, IndexWriter.BeforeInsert before,
                      boolean recleanAtEnd) {
        PrintWriter err = cl.getErr();
        ReadProblems problems = new ReadProblems(err, input.strict);
        Progress progress = input.progress(err);
        long start = System.nanoTime();
        long added = 0, replaced = 0, unchanged = 0, recleaned = 0, batches = 0;
        long read;
        try (InputSet inputs = input.open(cl);
             Reader reader = new Reader(inputs.open(problems), problems, batchSize);
             IndexWriter writer = new IndexWriter(index, input.threads(cl), Clock.systemUTC())) {
            progress.start("indexing", -1);
            for (List<Article> batch; (batch = reader.next()) != null; ) {
                IndexWriter.BatchResult b = writer.add(batch, before);
                added += b.added();
                replaced += b.replaced();
                unchanged += b.unchanged();
                batches++;
                progress.advance(batch.size());
            }
            read = reader.accepted;
            progress.finish();
            if (recleanAtEnd && batches > 1) recleaned = reclean(inputs, writer, batchSize, input.threads(cl), progress);
        } catch (BadInputException e) {
            throw new UserException(e.isIo() ? ExitCode.IO : ExitCode.DATA, e.getMessage());
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        } finally {
            progress.finish();
            problems.printOmitted();
        }
        if (problems.summary() != null) err.println("copydesk: " + problems.summary());
        if (read == 0) throw new UserException(ExitCode.DATA, "no usable article in " + String.join(", ", input.inputs));
        return new Totals(added, replaced, unchanged, recleaned, (System.nanoTime() - start) / 10_000_000);
    }

    /** The second read of {@link #run}: its problems were reported by the first. */
    private static long reclean(InputSet inputs, IndexWriter writer, int batchSize, int threads, Progress progress) {
        progress.start("cleaning again", -1);
        try (RecordStream stream = inputs.open(ReadProblems.silent(), threads)) {
            return reclean(stream, writer, batchSize, progress)[1];
        }
    }

    /**
     * Cleans again with the index's counts, {@code batchSize} at a time, the articles of {@code stream} that are indexed
     * unchanged but were cleaned with other counts ({@link IndexWriter#reclean}); of a repeated id, the first record (the
     * one indexed). Returns the articles read and those cleaned again.
     */
    static long[] reclean(RecordStream stream, IndexWriter writer, int batchSize, Progress progress) {
        long read = 0, recleaned = 0;
        Set<String> seen = new HashSet<>();
        List<Article> batch = new ArrayList<>(batchSize);
        for (ArticleRecord r; ; ) {
            r = stream.next();
            if (r != null && seen.add(r.article().id())) batch.add(r.article());
            if (batch.size() == batchSize || r == null && !batch.isEmpty()) {
                recleaned += writer.reclean(batch);
                read += batch.size();
                progress.advance(batch.size());
                batch = new ArrayList<>(batchSize);
            }
            if (r == null) return new long[] {read, recleaned};
        }
    }

    /**
     * Reads and parses the input on its own thread, a batch or two ahead of the writer, so parsing
     * overlaps analysis and database work. Drops repeated ids (reported, the first wins).
     */
    private static final class Reader implements AutoCloseable {
        private static final Object END = new Object();
        private final RecordStream stream;
        private final ReadProblems problems;
        private final int batchSize;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
        private final Thread thread;
        private volatile long accepted;

        Reader(RecordStream stream, ReadProblems problems, int batchSize) {
            this.stream = stream;
            this.problems = problems;
            this.batchSize = batchSize;
            this.thread = Thread.ofPlatform().daemon().name("copydesk-reader").start(this::read);
        }

        private void read() {
            Set<String> seen = new HashSet<>();
            try {
                List<Article> batch = new ArrayList<>(batchSize);
                for (ArticleRecord r; (r = stream.next()) != null; ) {
                    if (!seen.add(r.article().id())) {
                        problems.skip(r.location(), "repeated id " + r.article().id() + " (the first one is indexed)");
                        continue;
                    }
                    accepted++;
                    batch.add(r.article());
                    if (batch.size() == batchSize) {
                        queue.put(batch);
                        batch = new ArrayList<>(batchSize);
                    }
                }
                if (!batch.isEmpty()) queue.put(batch);
                queue.put(END);
            } catch (InterruptedException e) {
                // closed early: the writer failed
            } catch (RuntimeException | Error e) {
                try {
                    queue.put(e);
                } catch (InterruptedException ignored) {
                    // closed early
                }
            }
        }

        /** The next batch, or null at the end; rethrows what stopped the reading. */
        @SuppressWarnings("unchecked")
        List<Article> next() {
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (o == END) {
                queue.add(END); // stay at the end
                return null;
            }
            if (o instanceof RuntimeException e) throw e;
            if (o instanceof Error e) throw e;
            return (List<Article>) o;
        }

        @Override
        public void close() {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stream.close();
        }
    }

    static String summary(Totals t) {
        double s = Math.max(0.01, t.seconds100() / 100.0);
        return String.format(Locale.ROOT, "%s (%,d added, %,d replaced, %,d unchanged) in %.1f s, %,.0f articles/s%s",
                Terminal.count(t.articles(), "article"), t.added(), t.replaced(), t.unchanged(), s, t.articles() / s,
                t.recleaned() == 0 ? "" : "; " + Terminal.count(t.recleaned(), "article") + " of its earlier batches cleaned again with the run's counts");
    }
}
