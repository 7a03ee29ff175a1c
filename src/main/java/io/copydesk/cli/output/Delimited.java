package io.copydesk.cli.output;

import io.copydesk.cli.options.OutputOptions;
import io.copydesk.internal.Printable;

/** One row of TSV or CSV. */
public final class Delimited {
    private Delimited() {}

    /** TSV: cells escaped as everywhere ({@link Printable#tsv}). CSV (RFC 4180): a field with a comma, quote or line break is quoted. */
    public static String row(OutputOptions.Format format, Object... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) sb.append(format == OutputOptions.Format.csv ? ',' : '\t');
            String s = fields[i] == null ? "" : fields[i].toString();
            if (format == OutputOptions.Format.csv) sb.append(csvField(s));
            else sb.append(Printable.tsv(s));
        }
        return sb.toString();
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
