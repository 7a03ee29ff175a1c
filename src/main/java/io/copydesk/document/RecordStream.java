package io.copydesk.document;

import io.copydesk.internal.WorkerPool;
import io.copydesk.internal.io.IoErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * All records of an {@link InputSet}, input after input. {@link #next()} returns null at the end.
 * The calling thread reads ahead a few batches of lines; worker threads decode each batch (UTF-8,
 * JSON, field checks, mojibake repair). Records come out in input order, and every problem, from
 * reading or decoding, is reported on the calling thread in the order a one-thread reader would
 * report it, so messages, counts and the strict stop do not depend on the thread count.
 * A stream opened with work ({@link InputSet#open(ReadProblems, int, Function)}) also applies it
 * to each decoded record on those workers: one hand-off for decoding and a use case's analysis
 * (20,100 synthetic articles: dedup 0.98x the wall of a second pool of workers fed by the reader).
 */
public final class RecordStream implements AutoCloseable {
    // Small batches: the batches read ahead are live at every young collection, and whatever does not
    // fit the survivor space is copied into the old generation for good (128 records / 1 MB a batch:
    // the synthetic set's dedup RSS 205 MB; 32 / 256 KB with a 24 MB young generation: 176 MB)
    private static final int BATCH_RECORDS = 32;
    private static final int BATCH_BYTES = 1 << 18;

    private final InputSet inputs;
    private final ReadProblems problems;
    private final ReadProblems readerProblems = ReadProblems.recorder();
    private final WorkerPool pool; // null: decode on the calling thread
    private final int maxPending;
    private final Function<ArticleRecord, ?> work; // null: none
    private Object value; // work's value for the record next() returned last
    private final ArrayDeque<Future<List<Decoded>>> pending = new ArrayDeque<>();
    private List<Decoded> batch = List.of();
    private int inBatch;
    private boolean endOfInput;
    private int index = -1;
    private InputSet.Opened current;
    private long bytesOfClosed; // raw bytes of the files read to their end

    RecordStream(InputSet inputs, ReadProblems problems, int threads, Function<ArticleRecord, ?> work) {
        this.inputs = inputs;
        this.problems = problems;
        this.work = work;
        this.pool = threads > 1 ? new WorkerPool(threads) : null;
        // four batches a worker read ahead: a worker that finishes one finds the next waiting more often than with
        // two (20,100 synthetic articles: dedup's reading 0.26 -> 0.25 s, faster in 11 of 16 interleaved pairs; eight
        // no faster; memory no different, the batches being small)
        this.maxPending = 4 * Math.max(1, threads);
    }

    public ArticleRecord next() {
        while (true) {
            if (inBatch < batch.size()) {
                Decoded d = batch.get(inBatch++);
                problems.replay(d.events());
                value = d.value();
                if (d.record() != null) return d.record();
                continue;
            }
            readAhead();
            if (pending.isEmpty()) return null;
            batch = pool == null ? pending.removeFirst().resultNow() : pool.get(pending.removeFirst());
            inBatch = 0;
        }
    }

    /**
     * Raw bytes read so far from the input files, compressed ones as stored, for a progress bar
     * against {@link InputSet#bytes()} (reading runs a few batches ahead of {@link #next()}).
     * At the end of the inputs it is their size.
     */
    public long bytesRead() {
        return bytesOfClosed + (current != null && current.tracked() != null ? current.tracked().bytes() : 0);
    }

    /** A record as read, with the problems reading reported just before it (or alone at the end). */
    private record Read(List<ReadProblems.Event> before, PendingRecord record) {}

    /** A record decoded (null when unusable), with every problem reported up to it. */
    private record Decoded(List<ReadProblems.Event> events, ArticleRecord record, Object value) {}

    /** What the stream's work gave for the record {@link #next()} returned last (null without work). */
    Object value() {
        return value;
    }

    private void readAhead() {
        while (!endOfInput && pending.size() < maxPending) {
            List<Read> items = readBatch();
            pending.add(pool == null ? CompletableFuture.completedFuture(decode(items, work)) : pool.submit(() -> decode(items, work)));
        }
    }

    private List<Read> readBatch() {
        List<Read> items = new ArrayList<>(BATCH_RECORDS);
        long bytes = 0;
        while (items.size() < BATCH_RECORDS && bytes < BATCH_BYTES && !endOfInput) bytes += readOne(items);
        return items;
    }

    /**
     * Reads the next record into {@code items} (with the problems before it) and gives its weight;
     * at the end, marks it. A method of its own so that it is compiled early: the loop above
     * runs its few dozen iterations once a batch, too few for on-stack replacement until late.
     */
    private long readOne(List<Read> items) {
        PendingRecord r;
        try {
            r = read();
        } catch (RuntimeException e) { // thrown after the problems of the records before it
            readerProblems.fail(e);
            r = null;
        }
        if (r == null) endOfInput = true;
        List<ReadProblems.Event> before = readerProblems.take();
        if (r != null || !before.isEmpty()) items.add(new Read(before, r));
        return r == null ? 0 : r.weight();
    }

    private static List<Decoded> decode(List<Read> items, Function<ArticleRecord, ?> work) {
        List<Decoded> out = new ArrayList<>(items.size());
        ReadProblems recorder = ReadProblems.recorder();
        for (Read r : items) out.add(decodeOne(r, recorder, work));
        return out;
    }

    /** One record of {@link #decode}: a method of its own, compiled early (see {@link #readOne}). */
    private static Decoded decodeOne(Read r, ReadProblems recorder, Function<ArticleRecord, ?> work) {
        ArticleRecord record = r.record() == null ? null : r.record().decodeRepaired(recorder);
        List<ReadProblems.Event> events = recorder.take();
        if (events.isEmpty()) {
            events = r.before(); // nearly always: the record's count, and no problem decoding it
        } else if (!r.before().isEmpty()) {
            List<ReadProblems.Event> all = new ArrayList<>(r.before());
            all.addAll(events);
            events = all;
        }
        return new Decoded(events, record, record != null && work != null ? work.apply(record) : null);
    }

    /** The next record as read, input after input, or null at the end of the last one. */
    private PendingRecord read() {
        while (true) {
            if (current != null) {
                PendingRecord r = nextOfCurrent();
                if (r != null) return r;
                closeCurrent();
            }
            if (++index >= inputs.size()) return null;
            try {
                current = inputs.openOne(index, readerProblems);
            } catch (IOException e) {
                throw new BadInputException(inputs.name(index) + ": cannot read: " + IoErrors.reason(e), true);
            }
        }
    }

    /** The next record of the current input, or null at its end (or where its data is damaged). */
    private PendingRecord nextOfCurrent() {
        try {
            PendingRecord r = current.source().next();
            if (r == null && current.tracked() != null) inputs.finished(index, current.tracked());
            return r;
        } catch (UncheckedIOException e) {
            inputs.damaged(index, current.tracked(), readerProblems, e.getMessage(), e.getCause());
            return null;
        } catch (IOException e) {
            throw new BadInputException(inputs.name(index) + ": cannot read: " + IoErrors.reason(e), true);
        }
    }

    private void closeCurrent() {
        if (current.tracked() != null) bytesOfClosed += current.tracked().bytes();
        try {
            current.source().close();
        } catch (IOException e) {
            throw new BadInputException(inputs.name(index) + ": cannot read: " + IoErrors.reason(e), true);
        } finally {
            current = null;
        }
    }

    @Override
    public void close() {
        try {
            if (current != null) closeCurrent();
        } finally {
            if (pool != null) pool.close();
        }
    }
}
