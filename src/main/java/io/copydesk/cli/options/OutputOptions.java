package io.copydesk.cli.options;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.UserException;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.engine.Progress;
import io.copydesk.internal.io.AtomicFile;
import io.copydesk.internal.io.IoErrors;
import io.copydesk.internal.io.SafeTextWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** {@code --out} and {@code --format}, shared by every command that prints results. */
public final class OutputOptions {
    public enum Format { text, tsv, csv, jsonl }

    /** The formats of the commands that print other than text, tsv and jsonl, by name ("check": index check). */
    private static final Map<String, Set<Format>> FORMATS = Map.of("dedup", EnumSet.allOf(Format.class),
            "cluster", EnumSet.allOf(Format.class), "related", EnumSet.allOf(Format.class),
            "explain", EnumSet.of(Format.text, Format.jsonl), "check", EnumSet.of(Format.text, Format.jsonl));
    private static final Set<Format> USUAL_FORMATS = EnumSet.of(Format.text, Format.tsv, Format.jsonl);

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--out", paramLabel = "FILE", description = "Write results to FILE instead of stdout: atomically (temp file, "
            + "then rename; a symbolic link's target is replaced, the link kept), or straight through to a device or FIFO "
            + "(/dev/stdout). Never one of the inputs.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, tsv, csv (dedup, cluster, related) or jsonl; explain and index check print text or jsonl. "
                    + "Default: text on a terminal, jsonl otherwise.")
    Format format;

    /** As {@link InputOptions#take}: sets this class's option from a plain command line; false when not one of them or not plain. */
    public boolean take(String name, String value) {
        switch (name) {
            case "--out" -> { return (out = PlainValues.toPath(value)) != null; }
            case "--format" -> { return (format = PlainValues.toEnum(Format.class, value)) != null; }
            default -> { return false; }
        }
    }

    /** The --out file, or null for stdout. */
    public Path out() {
        return out;
    }

    /**
     * The format to use: the one asked for, else text when stdout is an interactive terminal. A format
     * the command does not print is a usage error (Main asks before the run, so that it comes before any work).
     */
    public Format format() {
        Set<Format> accepted = mixee == null ? EnumSet.allOf(Format.class) : FORMATS.getOrDefault(mixee.name(), USUAL_FORMATS);
        if (format != null && !accepted.contains(format)) {
            String names = accepted.stream().map(Format::name).collect(Collectors.joining(", ")).replaceFirst(", (\\w+)$", " or $1");
            throw new UserException(ExitCode.USAGE, "--format " + format + ": " + mixee.qualifiedName() + " prints " + names);
        }
        if (format != null) return format;
        return toTerminal() ? Format.text : Format.jsonl;
    }

    /** True when results go to stdout and stdout is a terminal (text is then fitted to its width). */
    public boolean toTerminal() {
        return out == null && Terminal.stdoutIsTerminal();
    }

    /**
     * Columns text output may use: one less than the terminal's (a line filling the last column
     * makes some terminals wrap), or 0 (no limit) when results do not go to a terminal.
     */
    public int textWidth() {
        return toTerminal() ? Terminal.width() - 1 : 0;
    }

    /**
     * {@code progress} for the stage that writes the results, or none when they go to the terminal,
     * which shows them as they come (a progress line would land among them).
     */
    public Progress writing(Progress progress) {
        return toTerminal() ? Progress.NONE : progress;
    }

    /**
     * Opens the destination; call {@link Sink#commit()} once all results are written. Text meant
     * for a terminal passes through {@link SafeTextWriter}: escape sequences in the data are shown,
     * never executed.
     */
    public Sink open(PrintWriter stdout) {
        if (out == null) return new Sink(terminalSafe(stdout), stdout, null, null);
        try {
            AtomicFile file = new AtomicFile(out);
            PrintWriter base = new PrintWriter(file.writer());
            return new Sink(terminalSafe(base), base, file, out);
        } catch (IOException e) {
            throw new UserException(ExitCode.IO, "cannot write " + out + ": " + IoErrors.reason(e));
        }
    }

    private PrintWriter terminalSafe(PrintWriter w) {
        return format() == Format.text ? new PrintWriter(new SafeTextWriter(w, false)) : w;
    }

    /** Where results go: stdout, or a file that appears only when committed. */
    public static final class Sink implements AutoCloseable {
        private final PrintWriter writer;
        private final PrintWriter base; // under writer, which may filter: both flag write errors
        private final AtomicFile file;
        private final Path name;

        Sink(PrintWriter writer, PrintWriter base, AtomicFile file, Path name) {
            this.writer = writer;
            this.base = base;
            this.file = file;
            this.name = name;
        }

        private boolean failed() {
            return writer.checkError() | base.checkError();
        }

        public PrintWriter writer() {
            return writer;
        }

        public void commit() {
            writer.flush();
            if (file == null) {
                if (failed()) throw UserException.stdoutFailed("cannot write stdout (closed pipe or full disk)");
                return;
            }
            if (failed()) throw new UserException(ExitCode.IO, "cannot write " + name + ": a write failed (disk full?)");
            try {
                file.commit();
            } catch (IOException e) {
                throw new UserException(ExitCode.IO, "cannot write " + name + ": " + IoErrors.reason(e));
            }
        }

        @Override
        public void close() {
            writer.flush();
            if (file == null) return;
            try {
                file.close();
            } catch (IOException e) {
                throw new UserException(ExitCode.IO, "cannot write " + name + ": " + IoErrors.reason(e));
            }
        }

    }
}
