package io.copydesk.document;

import io.copydesk.internal.EightBytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines of bytes and decodes each strictly as UTF-8, so one line with invalid bytes can be
 * reported and skipped without losing its neighbours (a Reader would silently replace them).
 */
final class LineReader implements AutoCloseable {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private final CappedBytes line;
    private long lineNumber;

    /** Lines longer than {@code maxLineBytes} are measured but not kept: memory stays bounded. */
    LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.line = new CappedBytes(maxLineBytes);
    }

    /** Advances to the next line; false at end of input. */
    boolean next() throws IOException {
        line.clear();
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) return false;
                    lineNumber++;
                    return true;
                }
            }
            any = true;
            int start = pos;
            pos = EightBytes.indexOf(buf, pos, limit, '\n'); // every byte of the input, on the reading thread
            line.add(buf, start, pos);
            if (pos < limit) { // found '\n'
                pos++;
                if (line.length > 0 && line.bytes[line.length - 1] == '\r') line.length--;
                lineNumber++;
                return true;
            }
        }
    }

    long lineNumber() {
        return lineNumber;
    }

    /** Bytes in the current line (without the line end), even when it was too long to keep. */
    long byteLength() {
        return line.overCap() ? line.total : line.length;
    }

    /** A copy of the current line's bytes (without the line end). */
    byte[] bytes() {
        return Arrays.copyOf(line.bytes, line.length);
    }

    /** The current line decoded, or null when it is not valid UTF-8. */
    String text() {
        return decode(line.bytes, line.length);
    }

    /**
     * The first {@code length} bytes decoded, or null when they are not valid UTF-8. Thread-safe.
     * The JDK's own decoding (one intrinsic copy) serves every line; only a line whose result holds
     * U+FFFD, where invalid bytes would have been replaced, is decoded again strictly, which fails or
     * gives the same string.
     */
    static String decode(byte[] bytes, int length) {
        String s = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) return s;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    boolean isBlank() {
        if (line.overCap()) return false; // too long to keep, and not blank
        for (int i = 0; i < line.length; i++) {
            byte b = line.bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
