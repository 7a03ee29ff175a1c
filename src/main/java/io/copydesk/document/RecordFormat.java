package io.copydesk.document;

import java.io.IOException;
import java.io.InputStream;

/** How an input file holds its records, told from its name and its first bytes. */
enum RecordFormat {
    /** JSONL: one object a line. */
    LINES,
    /** A JSON document: a list of records, or records each over several lines ({@link JsonDocumentReader}). */
    DOCUMENT,
    /** A CSV file with a header row ({@link CsvReader}). */
    CSV,
    /** A TSV file with a header row. */
    TSV;

    /** How many bytes {@link #of} looks at. */
    private static final int PEEK = 1 << 12;

    /** An input's format, and its bytes from the start (the stream given to {@link #of} is read past them). */
    record Sniffed(RecordFormat format, InputStream in) {}

    /**
     * The format of input {@code name} whose (decompressed) bytes {@code in} gives: CSV or TSV by the name ({@link FileKind});
     * otherwise a document when the records are in lists inside objects
     * ({@link RecordFields#records}), or when the first thing in it is a '[' (a list of records) or a '{' alone on its
     * line (a record printed over lines) and most lines after it are not whole records as JSONL's lines are; else
     * JSONL. A file in UTF-16 (told by its byte order mark, and for JSON an ASCII char after it) is read as UTF-8.
     * Stdin ({@code -}) whose first record does not start as JSON does is refused with a {@link BadInputException}.
     */
    static Sniffed of(String name, InputStream in, RecordFields fields) throws IOException {
        Replay replay = new Replay(in);
        byte[] head = replay.head;
        int i = 0, end = replay.length;
        FileKind kind = FileKind.of(name);
        boolean table = kind == FileKind.CSV || kind == FileKind.TSV;
        java.nio.charset.Charset utf16 = Utf16AsUtf8.marked(head, end);
        boolean le = utf16 == java.nio.charset.StandardCharsets.UTF_16LE, be = utf16 == java.nio.charset.StandardCharsets.UTF_16BE;
        // UTF-16's byte order mark; JSON's first char after it is ASCII (a '{', a '[', a space), so a JSONL file whose
        // first line is damaged into those two bytes is not taken for UTF-16 and lost whole (a CSV header may start otherwise)
        if ((le || be) && (table || (end >= 4 && head[le ? 3 : 2] == 0 && head[le ? 2 : 3] >= 0))) {
            replay.pos = 2;
            return of(name, new Utf16AsUtf8(replay, le), fields);
        }
        if (kind == FileKind.CSV) return new Sniffed(CSV, replay);
        if (kind == FileKind.TSV) return new Sniffed(TSV, replay);
        if (fields.records() != null) return new Sniffed(DOCUMENT, replay); // objects holding lists of records, one a line or not
        if (end >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) i = 3;
        while (i < end && isSpace(head[i])) i++;
        // stdin has no name to tell a table by: a CSV piped in would give a warning a line, none naming the cause
        if (name.equals("-") && i < end && head[i] != '{' && head[i] != '[') {
            throw new BadInputException("-: stdin is read as JSON or JSONL, and its first record is not JSON "
                    + "(a CSV or TSV must be given as a .csv or .tsv file)");
        }
        RecordFormat format = LINES;
        boolean whole = end < PEEK; // the input ended within the bytes looked at
        if (i < end && head[i] == '[') {
            if (!followedByRecords(head, i, end, whole, false)) format = DOCUMENT;
        } else if (i < end && head[i] == '{') {
            int j = i + 1;
            while (j < end && head[j] != '\n' && isSpace(head[j])) j++;
            if (j < end && head[j] == '\n' && !followedByRecords(head, i, end, whole, true)) format = DOCUMENT;
        }
        return new Sniffed(format, replay);
    }

    /**
     * Whether more than half the lines after the one holding {@code head[from]} hold a whole record each, as JSONL's
     * lines do: one starts with '{' and ends with '}'. A document's lines do not, but the last record of a list printed
     * a record a line (the others end with a comma), which its closing line outweighs. Then a first line that looked
     * like a document's start is JSONL's line with damage, to be reported and skipped on its own, instead of taking
     * the file for a document that ends at its first record. The lines counted are those that end
     * within the bytes looked at ({@code head[0, end)}, the whole input when {@code whole}); with {@code cutRecords},
     * also a last one cut off there that starts as a record ({"), which a document printed over lines, whose next
     * lines hold its fields, never has.
     */
    private static boolean followedByRecords(byte[] head, int from, int end, boolean whole, boolean cutRecords) {
        int i = from, lines = 0, records = 0;
        while (i < end && head[i] != '\n') i++;
        while (true) {
            while (i < end && isSpace(head[i])) i++; // the last line's end, and blank lines
            if (i >= end) break;
            int start = i;
            while (i < end && head[i] != '\n') i++;
            if (i >= end && !whole) { // cut off where the bytes looked at end
                if (cutRecords && i - start >= 2 && head[start] == '{' && head[start + 1] == '"') { lines++; records++; }
                break;
            }
            int last = i - 1;
            while (last > start && isSpace(head[last])) last--;
            lines++;
            if (head[start] == '{' && head[last] == '}') records++;
        }
        return 2 * records > lines;
    }

    /**
     * A stream's first bytes, read to tell its format, then the rest, as the stream gives them: a failure while reading
     * the first bytes (a truncated gzip stream) is thrown after them, so the records before it are read as before.
     */
    private static final class Replay extends InputStream {
        private final byte[] head = new byte[PEEK];
        private int length;
        private int pos;
        private IOException failed;
        private final InputStream rest;

        Replay(InputStream in) {
            this.rest = in;
            try {
                for (int r; length < PEEK && (r = in.read(head, length, PEEK - length)) > 0; ) length += r;
            } catch (IOException e) {
                failed = e;
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos < length) {
                int n = Math.min(len, length - pos);
                System.arraycopy(head, pos, b, off, n);
                pos += n;
                return n;
            }
            if (failed != null) {
                IOException e = failed;
                failed = null;
                throw e;
            }
            return rest.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            rest.close();
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
