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
}
