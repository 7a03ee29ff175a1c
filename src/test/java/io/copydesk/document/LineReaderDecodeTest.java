package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.EightBytes;
import io.copydesk.testing.Trials;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link LineReader#text} (and {@link LineReader#decode}) decodes through the JDK's fast path: same strings as a strict decoder, and the same refusals. */
class LineReaderDecodeTest {
    private static final byte[][] PIECES = {{'a'}, {'Z'}, {' '}, {'"'}, {(byte) 0xC3, (byte) 0xA9}, {(byte) 0xE2, (byte) 0x80, (byte) 0x99},
        {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, {(byte) 0xC3}, {(byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x80}};

    private static String strict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void sameAsAStrictDecoder() {
        Trials.run("line-decode", 20_000, r -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = r.nextInt(12); i > 0; i--) out.writeBytes(PIECES[r.nextInt(r.nextInt(4) == 0 ? PIECES.length : 8)]);
            return out.toByteArray();
        }, bytes -> {
            LineReader lines = new LineReader(new ByteArrayInputStream(bytes), 1 << 20);
            String expected = strict(bytes);
            try {
                if (!lines.next()) { assertEquals(0, bytes.length); return; }
                String got = lines.text();
                assertEquals(expected, got, expected == null ? "accepted invalid UTF-8" : "refused or changed valid UTF-8");
                byte[] kept = lines.bytes();
                assertEquals(expected, LineReader.decode(kept, kept.length));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Lines as a plain split at '\n' gives them (a '\r' before it dropped), whatever the line lengths against the read buffer's. */
    @Test
    void linesAreThoseOfAPlainSplit() {
        Trials.run("line-split", 300, r -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = r.nextInt(40); i > 0; i--) {
                int len = r.nextInt(4) == 0 ? r.nextInt(70_000) : r.nextInt(20);
                for (int k = 0; k < len; k++) out.write(r.nextInt(8) == 0 ? new byte[] {'\r', 0x0A - 1, 0x0A + 1, (byte) 0x8A, (byte) 0xFF, 0}[r.nextInt(6)] : 'a' + r.nextInt(26));
                if (r.nextInt(10) != 0) out.writeBytes(r.nextInt(5) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
            return out.toByteArray();
        }, bytes -> {
            java.util.List<String> want = new java.util.ArrayList<>();
            String all = new String(bytes, StandardCharsets.ISO_8859_1);
            int from = 0;
            while (from < all.length()) {
                int nl = all.indexOf('\n', from);
                String line = all.substring(from, nl < 0 ? all.length() : nl);
                want.add(nl >= 0 && line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                from = nl < 0 ? all.length() : nl + 1;
            }
            java.util.List<String> got = new java.util.ArrayList<>();
            try (LineReader lines = new LineReader(new ByteArrayInputStream(bytes), 1 << 20)) {
                while (lines.next()) got.add(new String(lines.bytes(), StandardCharsets.ISO_8859_1));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertEquals(want, got);
        });
        byte[] b = "abcdefgh\nijklmnopq\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i <= b.length; i++) assertEquals(i <= 8 ? 8 : i <= 18 ? 18 : b.length, EightBytes.indexOf(b, i, b.length, '\n'), "from " + i);
    }
}
