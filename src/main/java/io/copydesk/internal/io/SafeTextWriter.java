package io.copydesk.internal.io;

import io.copydesk.internal.Printable;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer for text meant for a terminal: every character a terminal could execute (ESC, other
 * controls, bidirectional overrides, lone surrogates) is written as a visible escape
 * (backslash, u, four hex digits); newline and tab pass, and carriage return when {@code allowReturn} (progress lines).
 */
public final class SafeTextWriter extends Writer {
    private final Writer out;
    private final boolean allowReturn;
    private char pendingHigh; // a high surrogate waiting for its pair across write calls

    public SafeTextWriter(Writer out, boolean allowReturn) {
        this.out = out;
        this.allowReturn = allowReturn;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(java.nio.CharBuffer.wrap(buf), off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write((CharSequence) s, off, len);
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    /** Copies runs of safe characters in one call each (a per-character writer would be slow). */
    private void write(CharSequence s, int off, int len) throws IOException {
        int end = off + len, run = off;
        for (int i = off; i < end; i++) {
            char c = s.charAt(i);
            if (pendingHigh == 0 && !Character.isSurrogate(c) && passes(c)) continue;
            if (i > run) out.append(s, run, i);
            put(c);
            run = i + 1;
        }
        if (end > run) out.append(s, run, end);
    }

    private boolean passes(char c) {
        return c == '\n' || c == '\t' || (c == '\r' && allowReturn) || !Printable.unsafe(c);
    }

    private void put(char c) throws IOException {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                out.write(high);
                out.write(c);
                return;
            }
            escape(high);
        }
        if (Character.isHighSurrogate(c)) pendingHigh = c;
        else if (Character.isLowSurrogate(c)) escape(c);
        else if (passes(c)) out.write(c);
        else escape(c);
    }

    private void escape(char c) throws IOException {
        out.write(String.format("\\u%04x", (int) c));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            escape(pendingHigh);
            pendingHigh = 0;
        }
        out.close();
    }
}
