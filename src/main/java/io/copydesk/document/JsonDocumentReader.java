package io.copydesk.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Records of a JSON document rather than JSONL: a list of records ({@code [{...}, {...}]}, as Scrapy's
 * {@code -o items.json} and most exporters write it, on one line or pretty-printed), or records that each
 * span several lines one after another ({@code jq .} prints them so). Each element of a top-level list, and
 * each other top-level value, is one record, decoded as a JSONL line is ({@link PendingRecord.JsonLine}),
 * at the line where it starts. Only the structure is read here (strings, escapes, brackets), so a record
 * that is not valid JSON is reported by the decoder and costs no other; a string never closed runs to the
 * end of the file, as in any JSON reader.
 */
final class JsonDocumentReader extends ChunkedSource {
    private final String name;
    private final ReadProblems problems;
    private final RecordFields fields;
    private final String[] records; // the path of the list of records in each top-level object (--records), or null
    private long line = 1;
    private int listDepth; // 1 inside a top-level list
    private int wrappers; // objects entered on the way to the list of records

    JsonDocumentReader(String name, InputStream in, ReadProblems problems, long maxBytes, RecordFields fields) {
        super(in, maxBytes);
        this.name = name;
        this.problems = problems;
        this.fields = fields;
        this.records = fields.records() == null ? null : fields.records().split("\\.");
    }

    @Override
    public PendingRecord next() {
        try {
            while (true) {
                int b = nextSignificant();
                if (b < 0) {
                    if (listDepth > 0) throw new UncheckedIOException(name + ":" + line, new IOException("the list of records is not closed (the file ends early?)"));
                    return null;
                }
                if (listDepth == 0 && b == '[') { // a list of records: its elements are the records
                    pos++;
                    listDepth = 1;
                    continue;
                }
                if (listDepth == 1 && (b == ',' || b == ']')) {
                    pos++;
                    if (b == ']') {
                        listDepth = 0;
                        leaveWrappers();
                    }
                    continue;
                }
                long start = line;
                if (listDepth == 0 && b == '{' && records != null) {
                    if (!enterWrappers()) problems.warn(name + ":" + start, "no list \"" + String.join(".", records) + "\" in this object (--records)");
                    continue;
                }
                problems.countRead();
                readValue(start);
                if (record.overCap()) {
                    problems.skip(name + ":" + start, String.format(Locale.ROOT, "record of %,d bytes exceeds --max-article-bytes %,d",
                            record.total, maxBytes));
                    continue;
                }
                return new PendingRecord.JsonLine(name, start, Arrays.copyOf(record.bytes, record.length), fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ":" + line, e); // the place; RecordStream reports it
        }
    }

    /** The next byte that is not whitespace or a byte order mark, not consumed; -1 at the end. */
    private int nextSignificant() throws IOException {
        while (true) {
            if (pos == limit && !fill()) return -1;
            byte b = buf[pos];
            if (b == '\n') line++;
            else if (b == (byte) 0xEF && bom()) {
                pos += 2;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                return b & 0xFF;
            }
            pos++;
        }
    }

    /** Whether the bytes at {@code pos} are UTF-8's byte order mark (EF BB BF), which some exporters start with. */
    private boolean bom() throws IOException {
        return ensure(3) && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF;
    }

    /**
     * Reads one value from {@code pos} into {@link #record}: an object or list to its closing bracket, a string to its
     * closing quote, anything else (a number, a stray word) to the next whitespace, comma or bracket. Line ends outside
     * strings are left out, so the record is one line, as {@code --write-unique} writes it back; the bytes past the size
     * cap are counted, not kept.
     */
    private void readValue(long start) throws IOException {
        record.clear();
        int depth = 0;
        boolean inString = false, escaped = false, scalar = false, first = true;
        while (true) {
            if (inString && !escaped) { // most of a record: a run of a string's chars, kept at once
                int from = pos;
                for (byte c; pos < limit && (c = buf[pos]) != '"' && c != '\\' && c != '\n'; ) pos++;
                keep(from, pos);
            }
            if (pos == limit && !fill()) {
                if (inString) { // every record after it is inside the string
                    throw new UncheckedIOException(name + ":" + start, new IOException("a string in the record that starts here is never closed"));
                }
                if (depth > 0) throw new UncheckedIOException(name + ":" + start, new IOException("the file ends inside the record that starts here"));
                return;
            }
            byte b = buf[pos];
            if (inString) {
                if (escaped) escaped = false;
                else if (b == '\\') escaped = true;
                else if (b == '"') inString = false;
                else if (b == '\n') line++; // not valid JSON: kept, so the decoder reports it
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (scalar) return;
                depth++;
            } else if (b == '}' || b == ']') {
                if (depth == 0) { // a scalar element's end; or a stray bracket, a record of its own the decoder reports
                    if (first) {
                        record.add(b);
                        pos++;
                    }
                    return;
                }
                depth--;
            } else if (b == '\n' || b == '\r' || b == ' ' || b == '\t' || b == ',') {
                if (depth == 0 && !first) return;
                if (b == '\n') line++;
                if (b == '\n' || b == '\r') {
                    pos++;
                    continue;
                }
            } else if (depth == 0) {
                scalar = true;
            }
            record.add(b);
            pos++;
            first = false;
            if (depth == 0 && !inString && !scalar) return; // an object, list or string closed
        }
    }

    /**
     * From the '{' of a top-level object, steps along {@link #records} to the list it names and into it; false, the object
     * read to its end, when the object has no list there.
     */
    private boolean enterWrappers() throws IOException {
        for (int step = 0; step < records.length; step++) {
            pos++; // the object's '{'
            wrappers++;
            if (!toField(records[step])) break;
            int b = nextSignificant();
            if (b == (step == records.length - 1 ? '[' : '{')) {
                if (b == '[') {
                    pos++;
                    listDepth = 1;
                    return true;
                }
                continue;
            }
            skipValue();
            break;
        }
        leaveWrappers();
        return false;
    }

    /** Reads the members of the object just entered up to the value of field {@code key}; false at the object's end. */
    private boolean toField(String key) throws IOException {
        while (true) {
            int b = nextSignificant();
            if (b < 0) return false;
            pos++;
            if (b == '}') {
                wrappers--;
                return false;
            }
            if (b == ',') continue;
            if (b != '"') throw new UncheckedIOException(name + ":" + line, new IOException("expected a field name in the object around --records"));
            String k = fieldName();
            if (nextSignificant() != ':') throw new UncheckedIOException(name + ":" + line, new IOException("expected ':' after \"" + k + "\""));
            pos++;
            if (k.equals(key)) return true;
            skipValue();
        }
    }

    /** Reads the rest of each object entered on the way to the list of records, to their ends. */
    private void leaveWrappers() throws IOException {
        while (wrappers > 0 && nextSignificant() >= 0) toField(null); // each to its '}' (no field is named null)
    }

    /** A field name, after its opening quote (escapes kept as written: names are compared with the path as given). */
    private String fieldName() throws IOException {
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        boolean escaped = false;
        while (pos < limit || fill()) {
            byte b = buf[pos++];
            if (b == '"' && !escaped) return name.toString(StandardCharsets.UTF_8);
            escaped = b == '\\' && !escaped;
            name.write(b);
        }
        return name.toString(StandardCharsets.UTF_8);
    }

    private void skipValue() throws IOException {
        if (nextSignificant() >= 0) readValue(line); // kept as a record is, and dropped
    }
}
