package io.copydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Helpers of {@code scaling.sh}: {@code textbytes INPUT.jsonl} prints the UTF-8 bytes of the
 * article texts; {@code plot SCALING.csv OUT.svg} draws time and peak memory per article against
 * the number of articles (log scale), as a self-contained SVG.
 */
public final class Scaling {
    private Scaling() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("textbytes")) {
            System.out.println(SideBySide.textBytes(Path.of(args[1])));
        } else if (args.length == 3 && args[0].equals("plot")) {
            Files.writeString(Path.of(args[2]), svg(read(Path.of(args[1]))));
        } else {
            System.err.println("usage: Scaling textbytes INPUT.jsonl | plot SCALING.csv OUT.svg");
            System.exit(2);
        }
    }

    /** One row of the CSV: articles, time per article (µs), peak RSS per article (KiB). */
    record Point(long articles, double microsPerArticle, double kibPerArticle) {}

    static List<Point> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.getFirst().split(","));
        int a = header.indexOf("articles"), t = header.indexOf("us_per_article"), m = header.indexOf("peak_rss_kib_per_article");
        List<Point> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            out.add(new Point(Long.parseLong(f[a]), Double.parseDouble(f[t]), Double.parseDouble(f[m])));
        }
        return out;
    }

    static String svg(List<Point> points) {
        int w = 720, h = 360;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", w, h));
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.append("<text x=\"360\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">copydesk dedup end to end: cost per article</text>\n");
        panel(sb, points, 60, 40, 280, 260, "time per article (µs)", true, "#1f77b4");
        panel(sb, points, 410, 40, 280, 260, "peak RSS per article (KiB)", false, "#d62728");
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void panel(StringBuilder sb, List<Point> points, int x0, int y0, int pw, int ph, String title, boolean time, String color) {
        double minX = Math.log10(points.stream().mapToLong(Point::articles).min().orElse(1));
        double maxX = Math.log10(points.stream().mapToLong(Point::articles).max().orElse(10));
        if (maxX - minX < 1e-9) { minX -= 0.5; maxX += 0.5; }
        double maxY = points.stream().mapToDouble(p -> time ? p.microsPerArticle() : p.kibPerArticle()).max().orElse(1) * 1.15;
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x0 + pw / 2, y0 + 12, title));
        int top = y0 + 24, bottom = y0 + ph;
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, bottom, x0 + pw, bottom));
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, top, x0, bottom));
        for (int i = 0; i <= 4; i++) {
            double v = maxY * i / 4;
            double y = bottom - (bottom - top) * (double) i / 4;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", x0, y, x0 + pw, y));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", x0 - 4, y + 4, format(v)));
        }
        StringBuilder path = new StringBuilder();
        for (Point p : points) {
            double x = x0 + 10 + (pw - 20) * (Math.log10(p.articles()) - minX) / (maxX - minX);
            double v = time ? p.microsPerArticle() : p.kibPerArticle();
            double y = bottom - (bottom - top) * v / maxY;
            path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n", x, y, color));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n", x, y - 8, format(v)));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, bottom + 16, articles(p.articles())));
        }
        sb.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, color));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">articles (log scale)</text>%n", x0 + pw / 2, bottom + 34));
    }

    private static String format(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String articles(long n) {
        return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + "M" : n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : Long.toString(n);
    }
}
