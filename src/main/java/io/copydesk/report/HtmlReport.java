package io.copydesk.report;

import io.copydesk.engine.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a report as one self-contained HTML page: the page template, its style and script, the
 * run's data as JSON and the ECharts library (Apache-2.0, taken from its WebJar at build time), all
 * inline, so the file opens offline and can be mailed or archived as it is.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** Writes the report of {@code in} to {@code out}. */
    public static void write(ReportInput in, Writer out) throws IOException {
        write(in, out, Progress.NONE);
    }

    /**
     * As {@link #write(ReportInput, Writer)}, in the counted stage {@code writing}: the parts of the
     * data, then the page. The caller finishes the stage.
     */
    public static void write(ReportInput in, Writer out, Progress progress) throws IOException {
        progress.start("writing", ReportData.PARTS + 1);
        String page = resource("report.html")
                .replace("/*STYLE*/", resource("report.css"))
                .replace("/*TITLE*/", escapeHtml("copydesk report: " + in.title()));
        int echarts = page.indexOf("/*ECHARTS*/"), data = page.indexOf("/*DATA*/"), script = page.indexOf("/*SCRIPT*/");
        if (echarts < 0 || data < echarts || script < data) throw new IllegalStateException("report template lacks its placeholders");
        out.write(page, 0, echarts);
        out.write(resource("echarts/echarts.min.js"));
        out.write(page, echarts + "/*ECHARTS*/".length(), data - echarts - "/*ECHARTS*/".length());
        out.write(scriptSafe(ReportData.json(in, () -> progress.advance(1))));
        out.write(page, data + "/*DATA*/".length(), script - data - "/*DATA*/".length());
        out.write(resource("report.js"));
        out.write(page, script + "/*SCRIPT*/".length(), page.length() - script - "/*SCRIPT*/".length());
        out.flush();
        progress.advance(1);
    }

    /** JSON that cannot end the script element holding it: {@code </} becomes the equivalent {@code <\/}. */
    static String scriptSafe(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\u0021--");
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("report resource missing from the build: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
