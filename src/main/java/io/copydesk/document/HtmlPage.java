package io.copydesk.document;

import io.copydesk.internal.json.Json;
import io.copydesk.internal.json.JsonException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved web page ({@code .html} or {@code .htm} in an input folder) as the page text {@link TextFileReader} reads
 * from a {@code .txt} page: a {@code date} and a {@code url} line from the head's metadata (or the page's JSON-LD, or
 * its first {@code <time datetime>}), the headline, then the
 * body without its markup ({@link HtmlTags}: paragraphs, list items and headings are lines), so that the cleaning
 * sees the page's lines as it sees a scraped text's.
 */
final class HtmlPage {
    private HtmlPage() {}

    private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("<link\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A string property of the page's structured data (schema.org JSON-LD, where many news sites give their dates only). */
    private static final Pattern LD_PROPERTY = Pattern.compile("\"(datePublished|headline)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*+)\"");
    private static final Pattern TIME = Pattern.compile("<time\\s[^>]*datetime\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("<meta\\s[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** The metadata names that give a page's headline and its publication date, most telling first. */
    private static final String[] TITLE_NAMES = {"og:title", "twitter:title", "headline"};
    private static final String[] DATE_NAMES = {"article:published_time", "datepublished", "og:published_time", "pubdate",
        "publishdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "date"};

    /**
     * The charset the page declares in its first 4 KB ({@code <meta charset="windows-1251">}, or the http-equiv
     * form), or null when it declares none, declares UTF-8, or one this JVM does not know.
     */
    static Charset declaredCharset(byte[] page) {
        Matcher m = CHARSET.matcher(new String(page, 0, Math.min(page.length, 4096), StandardCharsets.ISO_8859_1));
        if (!m.find()) return null;
        try {
            Charset c = Charset.forName(m.group(1));
            return c.equals(StandardCharsets.UTF_8) ? null : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The page as the text a {@code .txt} page would hold. */
    static String asText(String html) {
        int headEnd = indexOfIgnoringCase(html, "</head", 0);
        // without a </head>, the metadata is looked for where pages keep it, at their top
        String head = headEnd >= 0 ? html.substring(0, headEnd) : html.substring(0, Math.min(html.length(), 1 << 16));
        String body = headEnd >= 0 ? html.substring(headEnd) : html;
        Map<String, String> meta = metaTags(head);
        addStructuredData(html, meta); // after the meta tags: they win
        String url = canonicalUrl(head);
        if (url == null) url = meta.get("og:url");
        Matcher m;
        String title = first(meta, TITLE_NAMES);
        if (title == null && (m = TITLE.matcher(head)).find()) title = oneLine(HtmlTags.strippedPage(m.group(1)));
        String date = first(meta, DATE_NAMES);
        if (date == null && (m = TIME.matcher(body)).find()) date = m.group(1).strip(); // the first <time> of the page
        StringBuilder out = new StringBuilder(html.length() / 2);
        if (date != null && Dates.parse(date) != null) out.append("date ").append(date).append('\n');
        if (url != null && !url.isEmpty()) out.append("url ").append(url).append('\n');
        if (title != null && !title.isEmpty()) out.append(title).append('\n');
        return out.append(HtmlTags.strippedPage(body)).toString();
    }

    /** The head's {@code <meta>} values by their lowercase property, name or itemprop (the first of each). */
    private static Map<String, String> metaTags(String head) {
        Map<String, String> meta = new HashMap<>();
        Matcher m = META.matcher(head);
        while (m.find()) {
            Map<String, String> a = attributes(m.group());
            String name = a.getOrDefault("property", a.getOrDefault("name", a.get("itemprop"))), content = a.get("content");
            if (name != null && content != null && !content.isBlank()) meta.putIfAbsent(name.toLowerCase(Locale.ROOT), oneLine(content));
        }
        return meta;
    }

    /** The href of the head's {@code <link rel="canonical">}, or null. */
    private static String canonicalUrl(String head) {
        Matcher m = LINK.matcher(head);
        while (m.find()) {
            Map<String, String> a = attributes(m.group());
            if ("canonical".equalsIgnoreCase(a.get("rel")) && a.get("href") != null) return oneLine(a.get("href"));
        }
        return null;
    }

    /**
     * Adds to {@code meta} the headline and publication date the page's JSON-LD scripts give (head or body; names
     * lowercase, those already there kept). Each script is found once, going forward: a regex retried every unclosed one.
     */
    private static void addStructuredData(String html, Map<String, String> meta) {
        for (int i = indexOfIgnoringCase(html, "<script", 0), tagEnd, end; i >= 0; i = indexOfIgnoringCase(html, "<script", end)) {
            if ((tagEnd = html.indexOf('>', i)) < 0 || (end = indexOfIgnoringCase(html, "</script", tagEnd)) < 0) return;
            if (!html.substring(i, tagEnd).toLowerCase(Locale.ROOT).contains("ld+json")) continue;
            Matcher p = LD_PROPERTY.matcher(html.substring(tagEnd + 1, end));
            while (p.find()) {
                String value = jsonString(p.group(2));
                if (value != null && !value.isBlank()) meta.putIfAbsent(p.group(1).toLowerCase(Locale.ROOT), oneLine(value));
            }
        }
    }

    /** The JSON string whose quoted chars are {@code escaped}, its escapes read; null when it is not one. */
    private static String jsonString(String escaped) {
        try {
            return Json.parseObject("{\"v\":\"" + escaped + "\"}").get("v") instanceof String s ? s : null;
        } catch (JsonException e) {
            return null;
        }
    }

    private static String first(Map<String, String> meta, String[] names) {
        for (String n : names) {
            String v = meta.get(n);
            if (v != null && !v.isEmpty()) return v;
        }
        return null;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new HashMap<>();
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
            out.putIfAbsent(a.group(1).toLowerCase(Locale.ROOT), v);
        }
        return out;
    }

    /** {@code s} with its runs of white space (line breaks in an attribute) one space, stripped. */
    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The first place at or after {@code from} where {@code lowerNeedle} (lowercase, starting with '<') is, in any case; or -1. */
    private static int indexOfIgnoringCase(String s, String lowerNeedle, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) return i;
        }
        return -1;
    }
}
