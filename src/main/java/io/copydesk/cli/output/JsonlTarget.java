package io.copydesk.cli.output;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.UserException;
import io.copydesk.internal.io.AtomicFile;
import io.copydesk.internal.io.IoErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Where a command writes JSONL lines: stdout, or a file (gzip-compressed on request) that appears
 * only on {@link #commit()}. Write errors become {@link UserException}s with {@link ExitCode#IO}.
 */
public final class JsonlTarget implements AutoCloseable {
    /** How often stdout is checked for errors, so a closed pipe stops a long run early. */
    private static final int CHECK_EVERY = 4096;

    private final Writer writer;
    private final AtomicFile file;
    private final String name;
    private long lines;

    private JsonlTarget(Writer writer, AtomicFile file, String name) {
        this.writer = writer;
        this.file = file;
        this.name = name;
    }

    public static JsonlTarget stdout(PrintWriter out) {
        return new JsonlTarget(out, null, "stdout");
    }

    public static JsonlTarget file(Path path, boolean gzip) {
        try {
            AtomicFile file = new AtomicFile(path, gzip);
            return new JsonlTarget(file.writer(), file, path.toString());
        } catch (IOException e) {
            throw new UserException(ExitCode.IO, "cannot write " + path + ": " + IoErrors.reason(e));
        }
    }

    public void line(String json) {
        try {
            writer.write(json);
            writer.write('\n');
        } catch (IOException e) {
            throw failure(e);
        }
        if (++lines % CHECK_EVERY == 0 && writer instanceof PrintWriter pw && pw.checkError()) throw failure(null);
    }

    /** Flushes; for a file, moves it into place. */
    public void commit() {
        try {
            if (file != null) {
                file.commit();
            } else if (((PrintWriter) writer).checkError()) {
                throw failure(null);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Without a commit, deletes the partial file. */
    @Override
    public void close() {
        if (file == null) return;
        try {
            file.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private UserException failure(IOException e) {
        String message = "cannot write " + name + (e == null ? " (closed pipe or full disk)" : ": " + IoErrors.reason(e));
        return file == null ? UserException.stdoutFailed(message) : new UserException(ExitCode.IO, message);
    }
}
