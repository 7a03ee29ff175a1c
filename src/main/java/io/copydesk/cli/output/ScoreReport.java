package io.copydesk.cli.output;

import io.copydesk.cli.options.OutputOptions;
import io.copydesk.eval.JaccardBand;
import io.copydesk.eval.Metric;
import io.copydesk.internal.json.JsonWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints evaluation results: {@code jsonl} as one JSON object (the metrics under their keys, then
 * {@code bands} if any), {@code text} and {@code tsv} as a metric/value table followed by the band
 * table (in text, a line saying why when no band holds a truth pair). An undefined score (NaN) is
 * JSON {@code null} and "-" in tables.
 */
public final class ScoreReport {
    private ScoreReport() {}

    /** Writes the report to {@code --out} or {@code stdout} in the chosen format. */
    public static void write(OutputOptions output, PrintWriter stdout, List<Metric> metrics, List<JaccardBand> bands) {
        try (OutputOptions.Sink sink = output.open(stdout)) {
            print(sink.writer(), output.format(), metrics, bands);
            sink.commit();
        }
    }

    private static void print(PrintWriter out, OutputOptions.Format format, List<Metric> metrics, List<JaccardBand> bands) {
        if (format == OutputOptions.Format.jsonl) {
            out.println(json(metrics, bands));
            return;
        }
        TextTable metricTable = new TextTable("metric", "value");
        for (Metric m : metrics) metricTable.add(m.key(), format(m));
        print(metricTable, out, format);
        if (bands.isEmpty()) return;
        if (format == OutputOptions.Format.text && bands.stream().allMatch(b -> b.truth() == 0)) {
            out.println();
            out.println("No recall per Jaccard band: no truth pair has a \"jaccard\" (dedup --pairs --exact writes it, generate --truth-pairs does not).");
            return;
        }
        TextTable bandTable = new TextTable("jaccard", "truth", "found", "recall");
        for (int i = 0; i < bands.size(); i++) {
            JaccardBand b = bands.get(i);
            String range = String.format(Locale.ROOT, "[%.1f, %.1f%s", b.from(), b.to(), i == bands.size() - 1 ? "]" : ")");
            bandTable.add(range, Long.toString(b.truth()), Long.toString(b.found()), format(b.recall()));
        }
        out.println();
        print(bandTable, out, format);
    }

    private static void print(TextTable table, PrintWriter out, OutputOptions.Format format) {
        if (format == OutputOptions.Format.tsv) table.printTsv(out);
        else table.printAligned(out);
    }

    private static String json(List<Metric> metrics, List<JaccardBand> bands) {
        JsonWriter json = new JsonWriter().beginObject();
        for (Metric m : metrics) field(json, m);
        if (!bands.isEmpty()) {
            json.name("bands").beginArray();
            for (JaccardBand b : bands) {
                json.beginObject().field("from", b.from()).field("to", b.to())
                        .field("truth", b.truth()).field("found", b.found()).field("recall", b.recall()).endObject();
            }
            json.endArray();
        }
        return json.endObject().toString();
    }

    /** Writes one metric as a JSON field: counts as integers, scores with four decimals. */
    public static void field(JsonWriter json, Metric m) {
        if (m.value() instanceof Long count) json.field(m.key(), count.longValue());
        else json.field(m.key(), m.value().doubleValue());
    }

    public static String format(Metric m) {
        return m.value() instanceof Long count ? count.toString() : format(m.value().doubleValue());
    }

    private static String format(double score) {
        return Double.isNaN(score) ? "-" : JsonWriter.formatScore(score);
    }
}
