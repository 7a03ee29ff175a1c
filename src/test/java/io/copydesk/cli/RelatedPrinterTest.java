package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.cli.options.OutputOptions;
import io.copydesk.document.Dates;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.Progress;
import io.copydesk.engine.RelatedHit;
import io.copydesk.internal.Printable;
import io.copydesk.internal.json.JsonWriter;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RelatedCommand.Printer} builds hit lines without a format string or a JSON writer per hit
 * and reuses what it made for an article; its text and JSONL must be those of the format string and
 * of {@link JsonWriter}, for any ids, titles, dates and scores (NaN, infinities, -0, ties at the
 * fourth decimal), also for a hit whose id is not its article's.
 */
class RelatedPrinterTest {
    private static final RelatedHit.Relation[] RELATIONS = RelatedHit.Relation.values();

    /** The plain lines: {@code String.format} for text, {@link JsonWriter} for JSONL. */
    private static String reference(OutputOptions.Format format, List<ArticleMeta> articles, List<List<RelatedHit>> all) {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        for (int q = 0; q < all.size(); q++) {
            String queryId = articles.get(q).id();
            List<RelatedHit> hits = all.get(q);
            if (format == OutputOptions.Format.jsonl) {
                JsonWriter w = new JsonWriter().beginObject().field("id", queryId).name("related").beginArray();
                for (RelatedHit h : hits) w.beginObject().field("id", h.id()).field("score", h.score()).field("relation", h.relation().name()).endObject();
                out.println(w.endArray().endObject());
            } else {
                out.println(Printable.inline(queryId) + (hits.isEmpty() ? ": nothing related" : ""));
                for (RelatedHit h : hits) {
                    ArticleMeta m = articles.get(h.index());
                    out.println(String.format(Locale.ROOT, "  %.4f  %-9s  %s%s%s", h.score(), h.relation(), Printable.inline(h.id()),
                            m.date() == null ? "" : "  " + Dates.format(m.date()), RelatedCommand.title(m)));
                }
                out.println();
            }
        }
        out.flush();
        return s.toString();
    }

    private static double score(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> Double.NaN;
            case 1 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 2 -> -0.0;
            case 3 -> (r.nextInt(20_000) + 0.5) / 10_000; // a tie at the fourth decimal, as written
            case 4 -> -r.nextDouble();
            case 5 -> r.nextDouble() * 1e9;
            default -> r.nextDouble();
        };
    }

    @Test
    void linesAreThoseOfTheFormatStringAndTheJsonWriter() {
        Trials.run("related-printer", 300, r -> r.nextLong(), seed -> {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(40);
            List<ArticleMeta> articles = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = r.nextInt(4) == 0 ? Texts.anyChars(r, 8) : "a" + i;
                String title = r.nextInt(5) == 0 ? null : r.nextBoolean() ? Texts.anyChars(r, 90) : Texts.letters(r, 12);
                Instant date = r.nextInt(3) == 0 ? null : Instant.ofEpochSecond(r.nextInt(2_000_000_000));
                articles.add(new ArticleMeta(i, id, title, date, null, null, 0, null));
            }
            List<List<RelatedHit>> all = new ArrayList<>();
            for (int q = 0; q < n; q++) {
                List<RelatedHit> hits = new ArrayList<>();
                for (int k = r.nextInt(6); k > 0; k--) {
                    int d = r.nextInt(n);
                    String id = r.nextInt(10) == 0 ? Texts.anyChars(r, 6) : articles.get(d).id(); // now and then not its article's id
                    hits.add(new RelatedHit(d, id, score(r), RELATIONS[r.nextInt(RELATIONS.length)]));
                }
                all.add(hits);
            }
            for (OutputOptions.Format format : new OutputOptions.Format[] {OutputOptions.Format.text, OutputOptions.Format.jsonl}) {
                StringWriter s = new StringWriter();
                new RelatedCommand.Printer(new PrintWriter(s), format, articles, 1 + r.nextInt(4)).all(all, 1 + r.nextInt(3), Progress.NONE);
                assertEquals(reference(format, articles, all), s.toString(), format + ", seed " + seed);
            }
        });
    }
}
