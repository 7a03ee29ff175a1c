package io.copydesk.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines of bytes and decodes each strictly as UTF-8, so one line with invalid bytes can be
 * reported and skipped without losing its neighbours (a Reader would silently replace them).
 */
final class LineReader implements AutoCloseable {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int lineLen;
    private long lineNumber;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Advances to the next line; false at end of input. */
    boolean next() throws IOException {
        lineLen = 0;
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
            while (pos < limit && buf[pos] != '\n') pos++;
            append(start, pos);
            if (pos < limit) { // found '\n'
                pos++;
                if (lineLen > 0 && line[lineLen - 1] == '\r') lineLen--;
                lineNumber++;
                return true;
            }
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        if (lineLen + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + n));
        System.arraycopy(buf, from, line, lineLen, n);
        lineLen += n;
    }

    long lineNumber() {
        return lineNumber;
    }

    int byteLength() {
        return lineLen;
    }

    /** The current line decoded; throws on invalid UTF-8. */
    String text() throws CharacterCodingException {
        CharBuffer cb = decoder.reset().decode(ByteBuffer.wrap(line, 0, lineLen));
        return cb.toString();
    }

    boolean isBlank() {
        for (int i = 0; i < lineLen; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
