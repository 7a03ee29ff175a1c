package io.copydesk.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a UTF-16 file, after its byte order mark, as UTF-8, so that a file of records saved as UTF-16 (what
 * Windows PowerShell's {@code >} and Excel's "Unicode text" write) is read as every other file is. A lone surrogate
 * becomes U+FFFD.
 */
final class Utf16AsUtf8 extends InputStream {
    private final Reader chars;
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer in = CharBuffer.allocate(1 << 14);
    private final ByteBuffer out = ByteBuffer.allocate(1 << 16);
    private boolean end;

    /**
     * The UTF-16 that a byte order mark at the start of {@code head[0, length)} says: little-endian ({@code FF FE}),
     * big-endian ({@code FE FF}), or null for none.
     */
    static java.nio.charset.Charset marked(byte[] head, int length) {
        if (length < 2) return null;
        int a = head[0] & 0xFF, b = head[1] & 0xFF;
        return a == 0xFF && b == 0xFE ? StandardCharsets.UTF_16LE : a == 0xFE && b == 0xFF ? StandardCharsets.UTF_16BE : null;
    }

    /** {@code bytes} positioned after the byte order mark, little-endian ({@code FF FE}) or big-endian ({@code FE FF}). */
    Utf16AsUtf8(InputStream bytes, boolean littleEndian) {
        this.chars = new InputStreamReader(bytes, littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        out.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (!out.hasRemaining()) {
            if (end) return -1;
            out.clear();
            int n = chars.read(in);
            if (n < 0) end = true;
            in.flip();
            utf8.encode(in, out, end);
            if (end) utf8.flush(out);
            in.compact();
            out.flip();
        }
        int n = Math.min(len, out.remaining());
        out.get(b, off, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        chars.close();
    }
}
