package io.copydesk.document;

import io.copydesk.internal.json.JsonBytes;

/**
 * A record as an input yields it, before decoding. Reading (finding line ends, checking files)
 * runs on one thread in input order; {@link #decodeRepaired} (UTF-8, JSON, field checks, text repairs)
 * is pure, so a {@link RecordStream} runs it for many records in parallel.
 */
sealed interface PendingRecord {
    /** The record, or null when it is unusable (the reason reported to {@code problems}). */
    ArticleRecord decode(ReadProblems problems);

    /** {@link #decode} with the title and text repaired ({@link TextRepairs}), as a {@link RecordStream} gives records. */
    ArticleRecord decodeRepaired(ReadProblems problems);

    /** About how many bytes decoding will look at, to size batches. */
    int weight();

    /** A record its reader has already decoded (a text file). */
    record Ready(ArticleRecord record) implements PendingRecord {
        @Override
        public ArticleRecord decode(ReadProblems problems) {
            return record;
        }

        @Override
        public ArticleRecord decodeRepaired(ReadProblems problems) {
            return TextRepairs.repaired(record, true, true);
        }

        @Override
        public int weight() {
            return record.article().text().length();
        }
    }

    /** One JSONL line: its bytes, without the line end, where it was, and the fields its article is read from. */
    record JsonLine(String file, long line, byte[] bytes, RecordFields fields) implements PendingRecord {
        @Override
        public ArticleRecord decode(ReadProblems problems) {
            return decode(problems, false);
        }

        @Override
        public ArticleRecord decodeRepaired(ReadProblems problems) {
            return decode(problems, true);
        }

        private static final ThreadLocal<JsonBytes> PARSERS = ThreadLocal.withInitial(JsonBytes::new);

        private ArticleRecord decode(ReadProblems problems, boolean repair) {
            String where = file + ":" + line;
            ArticleRecord r;
            ArticleJson.Noted a;
            JsonBytes.Fields o = fields.names() == null ? null : PARSERS.get().fields(bytes, bytes.length, fields.names());
            if (o != null) { // the common record, read from the bytes: the line is valid UTF-8, decoded only if asked for
                if ((a = ArticleJson.noted(o, bytes, fields, where, problems)) == null) return null;
                r = new ArticleRecord(a.article(), file, line, bytes);
            } else {
                String text = LineReader.decode(bytes, bytes.length);
                if (text == null) {
                    problems.skip(where, "invalid UTF-8");
                    return null;
                }
                if ((a = ArticleJson.parseNoting(text, where, problems, fields)) == null) return null;
                r = new ArticleRecord(a.article(), file, line, text);
            }
            // told by the parser: no char a repair looks at, nothing to repair (nearly every record)
            return repair ? TextRepairs.repaired(r, a.leadChars(), a.normalizable()) : r;
        }

        @Override
        public int weight() {
            return bytes.length;
        }
    }

    /**
     * One CSV or TSV row: its cells' bytes one after another, where each ends, and the header's names as JSON keys (with
     * their colon; null for a column whose name repeats an earlier one). Decoded as the JSONL line of the object of its
     * non-empty cells, built here, on a worker, from the bytes (a cell that is not UTF-8 makes the line fail as JSONL does).
     */
    record CsvRow(String file, long line, byte[] cells, int[] ends, byte[][] keys, RecordFields fields) implements PendingRecord {
        @Override
        public ArticleRecord decode(ReadProblems problems) {
            return asJson().decode(problems);
        }

        @Override
        public ArticleRecord decodeRepaired(ReadProblems problems) {
            return asJson().decodeRepaired(problems);
        }

        /** The row as the JSONL line of the object of its non-empty cells, named by the header. */
        JsonLine asJson() {
            byte[] out = new byte[2 + cells.length + cells.length / 8 + 16 * ends.length];
            int n = 0;
            out[n++] = '{';
            for (int c = 0, from = 0; c < ends.length; from = ends[c++]) {
                if (ends[c] == from || keys[c] == null) continue; // an empty cell is an absent field
                int need = n + keys[c].length + 6 * (ends[c] - from) + 4;
                if (need > out.length) out = java.util.Arrays.copyOf(out, Math.max(need, out.length * 2));
                if (n > 1) out[n++] = ',';
                System.arraycopy(keys[c], 0, out, n, keys[c].length);
                n += keys[c].length;
                out[n++] = '"';
                n = escaped(cells, from, ends[c], out, n);
                out[n++] = '"';
            }
            out[n++] = '}';
            return new JsonLine(file, line, java.util.Arrays.copyOf(out, n), fields);
        }

        /** Writes {@code in[from, to)} into {@code out} at {@code n} as the inside of a JSON string; gives the new end. */
        private static int escaped(byte[] in, int from, int to, byte[] out, int n) {
            for (int i = from; i < to; i++) {
                byte b = in[i];
                if (b == '"' || b == '\\') {
                    out[n++] = '\\';
                    out[n++] = b;
                } else if (b >= 0 && b < 0x20) {
                    out[n++] = '\\';
                    switch (b) {
                        case '\n' -> out[n++] = 'n';
                        case '\r' -> out[n++] = 'r';
                        case '\t' -> out[n++] = 't';
                        default -> {
                            out[n++] = 'u';
                            out[n++] = '0';
                            out[n++] = '0';
                            out[n++] = (byte) Character.forDigit(b >> 4, 16);
                            out[n++] = (byte) Character.forDigit(b & 15, 16);
                        }
                    }
                } else {
                    out[n++] = b;
                }
            }
            return n;
        }

        @Override
        public int weight() {
            return cells.length;
        }
    }
}
