package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the JSONL reader over arbitrary records: every record written by
 * {@link ArticleJson} reads back as it was, and a malformed line costs only itself. Seeded by
 * {@link Trials}: a failure names its seed and input.
 */
class JsonlReaderPropertyTest {
    private static final char[] TRICKY = {'"', '\\', '\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029',
            '\u202e', '\ud800', '\udbff', '\udc00', '\ufeff', '\uffff'};

    /** Any text: controls, quotes, backslashes, surrogate pairs, lone surrogates, bidi overrides, NUL. */
    static String anyText(Random r) {
        return Texts.pieces(r, 12, q -> Texts.anyChars(q, 6), q -> String.valueOf(TRICKY[q.nextInt(TRICKY.length)]),
                q -> Character.toString(q.nextInt(0x10000, 0x110000)), q -> Texts.letters(q, 8));
    }

    /** A valid id: not blank, and whole Unicode (lone surrogates are refused by design). */
    static String anyId(Random r) {
        for (;;) {
            String s = anyText(r);
            if (!s.isBlank() && JsonlReader.loneSurrogate(s) < 0) return s;
        }
    }

    static Article anyArticle(Random r) {
        Instant date = Instant.ofEpochSecond(r.nextLong(-62_000_000_000L, 250_000_000_000L));
        return new Article(anyId(r), Texts.orNull(r, 0.2, anyText(r)), "x" + anyText(r), Texts.orNull(r, 0.3, date),
                Texts.orNull(r, 0.5, anyText(r)), null);
    }

    private static List<ArticleRecord> read(byte[] jsonl, ReadProblems problems) {
        List<ArticleRecord> out = new ArrayList<>();
        try (JsonlReader r = new JsonlReader("in.jsonl", new ByteArrayInputStream(jsonl), problems, InputSet.DEFAULT_MAX_ARTICLE_BYTES, RecordFields.DEFAULT)) {
            for (PendingRecord p; (p = r.next()) != null; ) {
                ArticleRecord a = p.decode(problems);
                if (a != null) out.add(a);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void everyWrittenRecordReadsBackAsItWas() {
        Trials.run("jsonl round trip", 300, r -> Texts.list(r, 20, JsonlReaderPropertyTest::anyArticle), articles -> {
            StringBuilder sb = new StringBuilder();
            for (Article a : articles) sb.append(ArticleJson.toLine(a)).append('\n');
            List<ArticleRecord> back = read(sb.toString().getBytes(StandardCharsets.UTF_8), ReadProblems.silent());
            assertEquals(articles.size(), back.size());
            for (int i = 0; i < articles.size(); i++) {
                Article in = articles.get(i), out = back.get(i).article();
                assertEquals(in.id(), out.id());
                assertEquals(in.title(), out.title());
                assertEquals(in.text(), out.text());
                assertEquals(in.date(), out.date());
                assertEquals(in.source(), out.source());
                assertEquals(i + 1, back.get(i).line());
            }
        });
    }

    /** A good record, maybe followed by a broken line: a cut record, or bytes that are not UTF-8. */
    record Line(Article article, byte[] broken) {}

    static byte[] brokenLine(Random r) {
        if (r.nextBoolean()) {
            byte[] line = ArticleJson.toLine(anyArticle(r)).getBytes(StandardCharsets.UTF_8);
            double f = 0.01 + 0.98 * r.nextDouble();
            return Arrays.copyOf(line, Math.max(1, Math.min(line.length - 1, (int) (line.length * f))));
        }
        byte[] b = new byte[1 + r.nextInt(40)];
        r.nextBytes(b);
        b[0] = (byte) 0xff;
        return strip(b);
    }

    private static byte[] strip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte x : b) if (x != '\n') out.write(x);
        return out.toByteArray();
    }

    @Test
    void aMalformedLineCostsOnlyItself() {
        Trials.run("jsonl malformed lines", 300,
                r -> Texts.list(r, 15, q -> new Line(anyArticle(q), q.nextBoolean() ? null : brokenLine(q))), lines -> {
            ByteArrayOutputStream in = new ByteArrayOutputStream();
            List<String> goodIds = new ArrayList<>();
            int broken = 0;
            for (Line t : lines) {
                in.writeBytes((ArticleJson.toLine(t.article()) + "\n").getBytes(StandardCharsets.UTF_8));
                goodIds.add(t.article().id());
                if (t.broken() != null) {
                    in.writeBytes(t.broken());
                    in.write('\n');
                    broken++;
                }
            }
            StringWriter err = new StringWriter();
            ReadProblems problems = new ReadProblems(new PrintWriter(err, true), false);
            List<ArticleRecord> back = read(in.toByteArray(), problems);
            assertEquals(goodIds, back.stream().map(x -> x.article().id()).toList(), err.toString());
            assertEquals(broken, problems.skipped(), err.toString());
            assertEquals(broken, err.toString().lines().count());
        });
    }
}
