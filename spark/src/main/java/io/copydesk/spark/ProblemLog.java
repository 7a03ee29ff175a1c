package io.copydesk.spark;

import io.copydesk.document.ReadProblems;
import java.io.PrintWriter;
import java.io.Writer;
import org.apache.spark.util.CollectionAccumulator;

/**
 * Collects, in an executor task, the problems the engine's reader rules report for bad records:
 * the first messages go to the driver through an accumulator, every skip is counted.
 */
final class ProblemLog extends PrintWriter {
    /** Messages kept per task; the count covers the rest. */
    static final int KEEP = 50;

    private final CollectionAccumulator<String> messages;
    private int kept;

    private ProblemLog(CollectionAccumulator<String> messages) {
        super(Writer.nullWriter());
        this.messages = messages;
    }

    @Override
    public void println(String line) {
        if (kept++ < KEEP) messages.add(line);
    }

    /** A problem sink for one task; {@code strict} makes the first problem fail the job. */
    static ReadProblems sink(CollectionAccumulator<String> messages, boolean strict) {
        return new ReadProblems(new ProblemLog(messages), strict);
    }
}
