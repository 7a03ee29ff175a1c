package io.copydesk.document;

import java.io.IOException;
import java.io.UncheckedIOException;

/** All records of an {@link InputSet}, input after input. {@link #next()} returns null at the end. */
public final class RecordStream implements AutoCloseable {
    private final InputSet inputs;
    private final ReadProblems problems;
    private int index = -1;
    private RecordSource current;

    RecordStream(InputSet inputs, ReadProblems problems) {
        this.inputs = inputs;
        this.problems = problems;
    }

    public ArticleRecord next() {
        while (true) {
            if (current != null) {
                ArticleRecord r = current.next();
                if (r != null) return r;
                closeCurrent();
            }
            if (++index >= inputs.size()) return null;
            try {
                current = inputs.openOne(index, problems);
            } catch (IOException e) {
                throw new BadInputException("cannot read input: " + e.getMessage(), true);
            }
        }
    }

    private void closeCurrent() {
        try {
            current.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            current = null;
        }
    }

    @Override
    public void close() {
        if (current != null) closeCurrent();
    }
}
