package io.copydesk.cli.output;

import io.copydesk.internal.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A small table, printed aligned (first column left, the others right) or tab-separated. */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    public TextTable(String... header) {
        rows.add(header);
    }

    public void add(String... row) {
        if (row.length != rows.getFirst().length) {
            throw new IllegalArgumentException("a row needs " + rows.getFirst().length + " cells, got " + row.length);
        }
        rows.add(row);
    }

    public void printTsv(PrintWriter out) {
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) line.append(c == 0 ? "" : "\t").append(Printable.tsv(row[c]));
            out.println(line);
        }
    }

    public void printAligned(PrintWriter out) {
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].length());
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(row[0]).append(" ".repeat(widths[0] - row[0].length()));
            for (int c = 1; c < row.length; c++) {
                line.append("  ").append(" ".repeat(widths[c] - row[c].length())).append(row[c]);
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
