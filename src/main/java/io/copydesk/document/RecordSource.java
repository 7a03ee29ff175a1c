package io.copydesk.document;

import java.io.Closeable;

/** A stream of records from one input, read but not yet decoded; {@link #next()} returns null at the end. */
interface RecordSource extends Closeable {
    PendingRecord next();
}
