package io.copydesk.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

/** Streams articles from JSONL: one object per line with {@code id} and {@code text}. */
final class JsonlReader implements RecordSource {
    private final String name;
    private final LineReader lines;
    private final ReadProblems problems;
    private final long maxBytes;

    JsonlReader(String name, InputStream in, ReadProblems problems, long maxBytes) {
        this.name = name;
        this.lines = new LineReader(in, maxBytes);
        this.problems = problems;
        this.maxBytes = maxBytes;
    }

    @Override
    public ArticleRecord next() {
        try {
            while (lines.next()) {
                if (lines.isBlank()) continue;
                problems.countRead();
                String where = name + ":" + lines.lineNumber();
                if (lines.byteLength() > maxBytes) {
                    problems.skip(where, String.format(java.util.Locale.ROOT,
                            "record of %,d bytes exceeds --max-article-bytes %,d", lines.byteLength(), maxBytes));
                    continue;
                }
                String line;
                try {
                    line = lines.text();
                } catch (CharacterCodingException e) {
                    problems.skip(where, "invalid UTF-8");
                    continue;
                }
                Article a = ArticleJson.parse(line, where, problems);
                if (a != null) return new ArticleRecord(a, name, lines.lineNumber(), line);
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
