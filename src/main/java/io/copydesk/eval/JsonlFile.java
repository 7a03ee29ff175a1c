package io.copydesk.eval;

import io.copydesk.internal.json.Json;
import io.copydesk.internal.json.JsonException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a UTF-8 JSONL file of objects, skipping blank lines. A {@link JsonException} thrown while
 * parsing or by the consumer becomes an {@link EvalDataException} that names the file and the
 * 1-based line: {@code gold.jsonl:7: missing "id"}.
 *
 * <p>Lines are split on bytes and decoded one at a time, so invalid UTF-8 is reported on its own
 * line (a {@code Reader} decodes whole buffers ahead and cannot say which line failed).
 */
final class JsonlFile {
    private JsonlFile() {}

    /** Reads a file, gzip-compressed or not (recognized by its first bytes). */
    static void forEachObject(Path file, Consumer<Map<String, Object>> consumer) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        forEachObject(file.toString(), gzip ? new GZIPInputStream(in, 1 << 16) : in, consumer);
    }

    /** Reads an open stream (closed at the end); {@code file} names it in messages. */
    static void forEachObject(String file, InputStream input, Consumer<Map<String, Object>> consumer) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder(); // reports malformed input
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int lineNumber = 0;
        try (InputStream in = input) {
            byte[] chunk = new byte[1 << 16];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] != '\n') continue;
                    line.write(chunk, start, i - start);
                    accept(file, ++lineNumber, line, utf8, consumer);
                    line.reset();
                    start = i + 1;
                }
                line.write(chunk, start, n - start);
            }
        }
        if (line.size() > 0) accept(file, ++lineNumber, line, utf8, consumer);
    }

    private static void accept(String file, int lineNumber, ByteArrayOutputStream bytes, CharsetDecoder utf8,
            Consumer<Map<String, Object>> consumer) {
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new EvalDataException(file + ":" + lineNumber + ": not valid UTF-8");
        }
        if (text.isBlank()) return;
        try {
            consumer.accept(Json.parseObject(text));
        } catch (JsonException e) {
            throw new EvalDataException(file + ":" + lineNumber + ": " + e.getMessage());
        }
    }
}
