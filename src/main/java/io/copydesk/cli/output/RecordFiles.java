package io.copydesk.cli.output;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.UserException;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.Progress;
import io.copydesk.internal.io.AtomicFile;
import io.copydesk.report.AnnotatedRecords;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.function.Consumer;

/** The JSONL files of input records that dedup and cluster write beside their results (--write-unique, --annotate). */
public final class RecordFiles {
    private RecordFiles() {}

    /**
     * The kept records, each line byte for byte as read, spaces around the object included (only the
     * line ending becomes \n); a text-file article as JSON with the input field names.
     */
    public static void writeUnique(Path file, Corpus corpus, BitSet kept, Progress progress) {
        progress.start("unique", corpus.size()); // records read again, the kept ones written
        try {
            write(file, w -> corpus.forEachRecord((r, index) -> {
                if (kept.get(index)) {
                    String raw = r.raw(); // decoded at each call
                    line(w, raw != null ? raw : AnnotatedRecords.asRead(r));
                }
                progress.advance(1);
            }));
        } finally {
            progress.finish();
        }
    }

    /** Every accepted record with the run's verdicts added. */
    public static void writeAnnotated(Path file, Corpus corpus, AnnotatedRecords annotations, PrintWriter err, Progress progress) {
        progress.start("annotating", corpus.size());
        try {
            write(file, w -> annotations.write(corpus, w, warning -> err.println("copydesk: " + warning), () -> progress.advance(1)));
        } finally {
            progress.finish();
        }
    }

    private static void line(Writer w, String s) {
        try {
            w.write(s);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, Consumer<Writer> body) {
        try (AtomicFile file = new AtomicFile(path)) {
            body.accept(file.writer());
            file.commit();
        } catch (IOException | UncheckedIOException e) {
            throw new UserException(ExitCode.IO, "cannot write " + path + ": " + e.getMessage());
        }
    }
}
