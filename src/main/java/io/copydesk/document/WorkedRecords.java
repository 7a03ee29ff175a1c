package io.copydesk.document;

/**
 * A {@link RecordStream} whose decoding threads also apply a function to each record, from
 * {@link InputSet#open(ReadProblems, int, java.util.function.Function)}: records in input order,
 * each with the function's value, which a caller drops with a record it does not keep.
 */
public final class WorkedRecords<R> implements AutoCloseable {
    private final RecordStream stream;

    WorkedRecords(RecordStream stream) {
        this.stream = stream;
    }

    /** The next record, or null at the end of the inputs. */
    public ArticleRecord next() {
        return stream.next();
    }

    /** The function's value for the record {@link #next()} returned last. */
    @SuppressWarnings("unchecked") // the stream was opened with a function giving R
    public R value() {
        return (R) stream.value();
    }

    /** As {@link RecordStream#bytesRead()}. */
    public long bytesRead() {
        return stream.bytesRead();
    }

    @Override
    public void close() {
        stream.close();
    }
}
