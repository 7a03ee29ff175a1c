package io.copydesk.cli.output;

import io.copydesk.cli.terminal.Terminal;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.internal.Printable;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One article as a line of text output: a prefix (scores, marks), the day, the outlet in a column,
 * the title and the id, fitted to the terminal. The lines of one group or story all show their ids
 * or all leave them out: ids are shown when every line then fits whole, else titles are shortened
 * to the width (TSV, CSV and JSONL always carry the ids).
 */
public final class ArticleLine {
    static final int MAX_OUTLET = 18;

    private ArticleLine() {}

    /** The outlet column's width for these articles: their longest outlet name, at most {@link #MAX_OUTLET}. */
    static int outletWidth(List<ArticleMeta> articles) {
        return Math.min(MAX_OUTLET, articles.stream().mapToInt(x -> outlet(x).length()).max().orElse(0));
    }

    /** Whether the lines of these articles, after a prefix of {@code prefixLength}, fit {@code width} with their ids. */
    static boolean idsFit(int prefixLength, List<ArticleMeta> articles, int outletWidth, int width) {
        return width <= 0 || articles.stream().allMatch(x -> prefixLength + len(head("", x, outletWidth)) + len(title(x)) + 2 + len(Printable.inline(x.id())) <= width);
    }

    /** {@code width}: the line's columns at most, 0 for no limit. */
    static String of(String prefix, ArticleMeta x, int outletWidth, int width, boolean withId) {
        String line = head(prefix, x, outletWidth) + title(x);
        return withId ? line + "  " + Printable.inline(x.id()) : Terminal.fit(line, width);
    }

    private static String head(String prefix, ArticleMeta x, int outletWidth) {
        String day = x.date() == null ? "          " : x.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String outlet = Terminal.fit(outlet(x), outletWidth);
        return prefix + day + "  " + outlet + " ".repeat(Math.max(0, outletWidth - len(outlet))) + "  ";
    }

    private static String title(ArticleMeta x) {
        return x.title() == null || x.title().isBlank() ? "(no title)" : Printable.inline(x.title().strip().replaceAll("\\s+", " "));
    }

    private static String outlet(ArticleMeta x) {
        return x.source() == null || x.source().isBlank() ? "-" : Printable.inline(x.source());
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }
}
