package io.copydesk.document;

import java.io.PrintWriter;

/**
 * Collects bad records while reading: each is reported as one line ({@code file:line: problem})
 * and skipped, or, when strict, the first one stops the run with a {@link BadInputException}.
 * Thread-confined: readers run on one thread.
 */
public final class ReadProblems {
    private final PrintWriter err;
    private final boolean strict;
    private long read;
    private long skipped;

    public ReadProblems(PrintWriter err, boolean strict) {
        this.err = err;
        this.strict = strict;
    }

    /** A sink that stays silent (for a second pass over input already checked). */
    public static ReadProblems silent() {
        return new ReadProblems(null, false);
    }

    /** Reports a skipped record. */
    public void skip(String location, String problem) {
        skipped++;
        if (strict) throw new BadInputException(location + ": " + problem);
        if (err != null) err.println(location + ": " + problem + " (skipped)");
    }

    /** Reports a warning that does not skip the record. */
    public void warn(String location, String problem) {
        if (strict) throw new BadInputException(location + ": " + problem);
        if (err != null) err.println(location + ": " + problem);
    }

    void countRead() {
        read++;
    }

    public long read() {
        return read;
    }

    public long skipped() {
        return skipped;
    }

    /** {@code skipped 2 of 1,204 records}, or null when nothing was skipped. */
    public String summary() {
        return skipped == 0 ? null : String.format(java.util.Locale.ROOT, "skipped %,d of %,d records", skipped, read);
    }
}
