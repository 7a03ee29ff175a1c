package io.copydesk.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Streams the lines of JSONL, one object per line with an id and a text ({@code id} and {@code text} unless {@link RecordFields}
 * names others), for decoding (see {@link PendingRecord.JsonLine}).
 */
final class JsonlReader implements RecordSource {
    private final String name;
    private final LineReader lines;
    private final ReadProblems problems;
    private final long maxBytes;
    private final RecordFields fields;

    JsonlReader(String name, InputStream in, ReadProblems problems, long maxBytes, RecordFields fields) {
        this.name = name;
        this.lines = new LineReader(in, maxBytes);
        this.problems = problems;
        this.maxBytes = maxBytes;
        this.fields = fields;
    }

    /** The next non-blank line, or null at the end; a line over the size cap is reported and skipped here. */
    @Override
    public PendingRecord next() {
        try {
            while (lines.next()) {
                if (lines.isBlank()) continue;
                problems.countRead();
                if (lines.byteLength() > maxBytes) {
                    problems.skip(name + ":" + lines.lineNumber(), String.format(java.util.Locale.ROOT,
                            "record of %,d bytes exceeds --max-article-bytes %,d", lines.byteLength(), maxBytes));
                    continue;
                }
                return new PendingRecord.JsonLine(name, lines.lineNumber(), lines.bytes(), fields);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ":" + (lines.lineNumber() + 1), e); // the place; RecordStream reports it
        }
    }

    /** The index of the first unpaired surrogate in {@code s}, or -1. */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return i;
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
