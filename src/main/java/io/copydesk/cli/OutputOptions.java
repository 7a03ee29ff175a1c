package io.copydesk.cli;

import io.copydesk.internal.io.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out} and {@code --format}, shared by every command that prints results. */
public final class OutputOptions {
    public enum Format { text, tsv, jsonl }

    @Option(names = "--out", paramLabel = "FILE", description = "Write results to FILE (atomically: temp file, then rename) instead of stdout.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, tsv or jsonl. Default: text on a terminal, jsonl otherwise.")
    Format format;

    /** The format to use: the one asked for, else text when stdout is an interactive terminal. */
    public Format format() {
        if (format != null) return format;
        return out == null && System.console() != null && System.console().isTerminal() ? Format.text : Format.jsonl;
    }

    /** Opens the destination; call {@link Sink#commit()} once all results are written. */
    public Sink open(PrintWriter stdout) {
        if (out == null) return new Sink(stdout, null);
        try {
            AtomicFile file = new AtomicFile(out);
            return new Sink(new PrintWriter(file.writer()), file);
        } catch (IOException e) {
            throw new UserException(ExitCode.IO, "cannot write " + out + ": " + e.getMessage());
        }
    }

    /** Where results go: stdout, or a file that appears only when committed. */
    public static final class Sink implements AutoCloseable {
        private final PrintWriter writer;
        private final AtomicFile file;

        Sink(PrintWriter writer, AtomicFile file) {
            this.writer = writer;
            this.file = file;
        }

        public PrintWriter writer() {
            return writer;
        }

        public void commit() {
            writer.flush();
            if (file == null) return;
            if (writer.checkError()) throw new UserException(ExitCode.IO, "cannot write output: a write failed (disk full?)");
            try {
                file.commit();
            } catch (IOException e) {
                throw new UserException(ExitCode.IO, "cannot write output: " + e.getMessage());
            }
        }

        @Override
        public void close() {
            if (file == null) { writer.flush(); return; }
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

    }
}
