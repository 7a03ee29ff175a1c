package io.copydesk.document;

import io.copydesk.internal.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Records of a CSV or TSV file with a header row, as news datasets are published and spreadsheets export them:
 * cells in quotes may hold the delimiter, line ends and doubled quotes (RFC 4180); a quote inside a cell that
 * does not start with one is a quote. Each row becomes the JSON object of its non-empty cells, named by the
 * header, and is decoded as a JSONL line is ({@link PendingRecord.JsonLine}): the same fields, rules and
 * messages, and {@code --write-unique} writes it back as that object. A CSV file's delimiter is the header's
 * commonest of comma, semicolon and tab (spreadsheets in many locales write semicolons).
 */
final class CsvReader extends ChunkedSource {
    private final String name;
    private final ReadProblems problems;
    private final RecordFields fields;
    private final boolean tabs;
    private long line = 1; // the line the next byte is on
    private long rowLine;
    private byte delimiter;
    private byte[][] keys; // null until the header is read; each column's name as a JSON key and colon, null for a repeated name
    // the current row: its cells' bytes one after another (kept), and where each ends
    private int[] ends = new int[16];
    private int cellCount;

    CsvReader(String name, InputStream in, ReadProblems problems, long maxBytes, RecordFields fields, boolean tabs) {
        super(in, maxBytes);
        this.name = name;
        this.problems = problems;
        this.fields = fields;
        this.tabs = tabs;
    }

    @Override
    public PendingRecord next() {
        try {
            if (keys == null && !readHeader()) return null;
            while (readRow()) {
                if (cellCount == 1 && record.length == 0) continue; // a blank line
                problems.countRead();
                String where = name + ":" + rowLine;
                if (record.overCap()) {
                    problems.skip(where, String.format(Locale.ROOT, "record of %,d bytes exceeds --max-article-bytes %,d", record.total, maxBytes));
                    continue;
                }
                if (cellCount > keys.length) {
                    problems.skip(where, String.format(Locale.ROOT, "row has %d cells, the header %d (a quote not closed, or a %s in an unquoted cell?)",
                            cellCount, keys.length, delimiterName()));
                    continue;
                }
                return new PendingRecord.CsvRow(name, rowLine, Arrays.copyOf(record.bytes, record.length), Arrays.copyOf(ends, cellCount), keys, fields);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ":" + line, e); // the place; RecordStream reports it
        }
    }

    /** Reads the header row, choosing the delimiter from it; false (with a warning) when the file has none. */
    private boolean readHeader() throws IOException {
        if (ensure(3) && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
            pos += 3; // a spreadsheet's byte order mark
        }
        delimiter = tabs ? (byte) '\t' : sniffDelimiter();
        do {
            if (!readRow()) {
                problems.warn(name, "no header row (a CSV or TSV file starts with its columns' names)");
                return false;
            }
        } while (cellCount == 1 && record.length == 0);
        keys = new byte[cellCount][];
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < cellCount; c++) {
            int from = c == 0 ? 0 : ends[c - 1];
            String h = LineReader.decode(Arrays.copyOfRange(record.bytes, from, ends[c]), ends[c] - from);
            h = h == null ? "" : h.strip();
            if (seen.add(h)) keys[c] = (JsonWriter.quote(h) + ":").getBytes(StandardCharsets.UTF_8);
            else problems.warn(name + ":" + rowLine, "column " + (c + 1) + " repeats the name \"" + h + "\"; the first such column is read");
        }
        return true;
    }

    /** The commonest of comma, semicolon and tab outside quotes on the first line (a comma when none). */
    private byte sniffDelimiter() throws IOException {
        // the whole line in the chunk where the input has it (a gzip stream gives its first bytes in small reads)
        while (!lineInChunk() && limit - pos < buf.length && ensure(limit - pos + 1)) {}
        int commas = 0, semicolons = 0, tabCount = 0;
        boolean quoted = false;
        for (int i = pos; i < limit && (quoted || buf[i] != '\n'); i++) {
            byte b = buf[i];
            if (b == '"') quoted = !quoted;
            else if (!quoted && b == ',') commas++;
            else if (!quoted && b == ';') semicolons++;
            else if (!quoted && b == '\t') tabCount++;
        }
        if (semicolons > commas && semicolons >= tabCount) return ';';
        if (tabCount > commas) return '\t';
        return ',';
    }

    private boolean lineInChunk() {
        for (int i = pos; i < limit; i++) if (buf[i] == '\n') return true;
        return false;
    }

    private String delimiterName() {
        return delimiter == '\t' ? "tab" : delimiter == ';' ? "semicolon" : "comma";
    }

    /** Reads one row into {@link #record} and {@link #ends}; false at the end of the input. */
    private boolean readRow() throws IOException {
        record.clear();
        cellCount = 0;
        rowLine = line;
        boolean any = false, cellStart = true, quoted = false, quoteSeen = false, cr = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!any) return false;
                if (quoted && !quoteSeen) { // every row after it is inside the cell: the file is damaged from here
                    throw new UncheckedIOException(name + ":" + rowLine, new IOException("a quoted cell that starts on this row is never closed"));
                }
                endCell();
                return true;
            }
            if (quoted && !quoteSeen) { // inside a quoted cell: a run to the next quote
                int from = pos;
                for (; pos < limit && buf[pos] != '"'; pos++) if (buf[pos] == '\n') line++;
                keep(from, pos);
                any |= pos > from;
                if (pos == limit) continue;
            } else if (!quoted && !cellStart && !cr) { // inside an unquoted cell: a run to its end
                int from = pos;
                for (byte c; pos < limit && (c = buf[pos]) != delimiter && c != '\n' && c != '\r'; ) pos++;
                keep(from, pos);
                any |= pos > from;
                if (pos == limit) continue;
            }
            byte b = buf[pos++];
            any = true;
            if (quoted) {
                if (quoteSeen) {
                    quoteSeen = false;
                    if (b == '"') { // a doubled quote: one quote in the cell
                        record.add(b);
                        continue;
                    }
                    quoted = false; // the closing quote; b is read as outside quotes
                } else {
                    if (b == '"') quoteSeen = true;
                    else {
                        if (b == '\n') line++;
                        record.add(b);
                    }
                    continue;
                }
            }
            if (cr && b != '\n') record.add((byte) '\r');
            cr = false;
            if (b == '\n') {
                line++;
                endCell();
                return true;
            } else if (b == '\r') {
                cr = true;
            } else if (b == delimiter) {
                endCell();
                cellStart = true;
            } else if (b == '"' && cellStart) {
                quoted = true;
                cellStart = false;
            } else {
                cellStart = false;
                record.add(b);
            }
        }
    }

    private void endCell() {
        if (cellCount == ends.length) ends = Arrays.copyOf(ends, ends.length * 2);
        ends[cellCount++] = record.length;
    }
}
