package io.copydesk.document;

import io.copydesk.internal.io.IoErrors;
import java.io.IOException;
import java.io.UncheckedIOException;

/** All records of an {@link InputSet}, input after input. {@link #next()} returns null at the end. */
public final class RecordStream implements AutoCloseable {
    private final InputSet inputs;
    private final ReadProblems problems;
    private int index = -1;
    private InputSet.Opened current;

    RecordStream(InputSet inputs, ReadProblems problems) {
        this.inputs = inputs;
        this.problems = problems;
    }

    public ArticleRecord next() {
        while (true) {
            if (current != null) {
                ArticleRecord r = nextOfCurrent();
                if (r != null) return repaired(r);
                closeCurrent();
            }
            if (++index >= inputs.size()) return null;
            try {
                current = inputs.openOne(index, problems);
            } catch (IOException e) {
                throw new BadInputException(inputs.name(index) + ": cannot read: " + IoErrors.reason(e), true);
            }
        }
    }

    /** The next record of the current input, or null at its end (or where its data is damaged). */
    private ArticleRecord nextOfCurrent() {
        try {
            ArticleRecord r = current.source().next();
            if (r == null && current.tracked() != null) inputs.finished(index, current.tracked());
            return r;
        } catch (UncheckedIOException e) {
            inputs.damaged(index, current.tracked(), problems, e.getMessage(), e.getCause());
            return null;
        } catch (IOException e) {
            throw new BadInputException(inputs.name(index) + ": cannot read: " + IoErrors.reason(e), true);
        }
    }

    /** The record with mojibake in its title and text repaired (see {@link Mojibake}). */
    private static ArticleRecord repaired(ArticleRecord r) {
        Article a = r.article();
        String title = Mojibake.repair(a.title()), text = Mojibake.repair(a.text());
        if (title == a.title() && text == a.text()) return r;
        return new ArticleRecord(new Article(a.id(), title, text, a.date(), a.source(), a.url()), r.file(), r.line());
    }

    private void closeCurrent() {
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
        if (current != null) closeCurrent();
    }
}
