package io.copydesk.document;

import java.io.Closeable;

/** A stream of records from one input; {@link #next()} returns null at the end. */
interface RecordSource extends Closeable {
    ArticleRecord next();
}
