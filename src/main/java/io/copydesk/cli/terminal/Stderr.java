package io.copydesk.cli.terminal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * stderr of a run: a {@link PrintWriter} that also keeps one status line (the progress) at the
 * bottom of the terminal. Any other text wipes the status line first, and once that text has ended
 * its line the status line is drawn again below it, so a warning never lands inside a progress line
 * and every message, from any part of copydesk, goes through this one place.
 */
public final class Stderr extends PrintWriter {
    private final StatusLine status;

    public Stderr(Writer out) {
        this(new StatusLine(out));
    }

    private Stderr(StatusLine status) {
        super(status, true);
        this.status = status;
    }

    /** This writer when it is a {@code Stderr}, else a {@code Stderr} writing into it (its other writers then do not wipe). */
    static Stderr of(PrintWriter err) {
        return err instanceof Stderr s ? s : new Stderr(err);
    }

    /** Shows {@code line} as the status line, over the one shown before (drawn once the text being written has ended its line). */
    void status(String line) {
        status.show(line);
    }

    /** Wipes the status line; nothing is drawn again until the next {@link #status}. */
    void clearStatus() {
        status.show(null);
    }

    /** Wipes the status line for good: the run is ending (an error message follows), and a stage left unfinished must not be drawn again. */
    public void endStatus() {
        status.end();
    }

    /** The writer under a {@code Stderr}: text passes through, with the status line wiped before it and drawn again after it. */
    private static final class StatusLine extends Writer {
        private final Writer out;
        private String shown;   // the status line, null for none
        private int drawn;      // characters of it on the terminal now (0: none)
        private boolean lineStart = true;
        private boolean ended;

        StatusLine(Writer out) {
            this.out = out;
        }

        void show(String line) {
            synchronized (lock) {
                if (ended) return;
                shown = line;
                try {
                    if (line == null) wipe();
                    else if (lineStart) draw(line);
                    out.flush();
                } catch (IOException e) {
                    // stderr gone: nothing to show the status on
                }
            }
        }

        void end() {
            synchronized (lock) {
                show(null);
                ended = true;
            }
        }

        /** Over the last status line; spaces, not an erase sequence, wipe what is left of it (stderr shows escapes as text). */
        private void draw(String line) throws IOException {
            out.write("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
            drawn = line.length();
        }

        private void wipe() throws IOException {
            if (drawn == 0) return;
            out.write("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            synchronized (lock) {
                if (len == 0) return;
                wipe();
                out.write(buf, off, len);
                lineStart = buf[off + len - 1] == '\n';
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            synchronized (lock) {
                if (len == 0) return;
                wipe();
                out.write(s, off, len);
                lineStart = s.charAt(off + len - 1) == '\n';
            }
        }

        /** Flushes; after a complete line of other text, the status line comes back below it. */
        @Override
        public void flush() throws IOException {
            synchronized (lock) {
                if (shown != null && drawn == 0 && lineStart) draw(shown);
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            synchronized (lock) {
                wipe();
                out.close();
            }
        }
    }
}
