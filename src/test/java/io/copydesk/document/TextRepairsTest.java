package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every reader gives an article's title and text in normal form (composed, NFC, without soft hyphens and zero-width
 * spaces), mojibake repaired and HTML character references decoded first, and keeps the record as read.
 */
class TextRepairsTest {
    /** The normal form, as the readers' rules define it. */
    private static String nfc(String s) {
        // a CR is lone when the char after it as written is no newline (an invisible char between them too)
        return Normalizer.normalize(s.replaceAll("[\u2028\u2029]|\r(?!\n)", "\n").replaceAll("[\u00ad\u200b\u2060\ufeff]", ""), Normalizer.Form.NFC);
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    /** A JSON string of {@code s}: each char above ASCII raw (as UTF-8 in the line) or escaped (a pair's two halves), at random. */
    private static String quoted(String s, Random rnd) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') out.append('\\').appendCodePoint(cp);
            else if (cp < 0x20 || (cp >= 0x80 && rnd.nextInt(4) == 0)) {
                for (char c : Character.toChars(cp)) out.append(String.format("\\u%04x", (int) c));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }

    /**
     * Property: whatever mix of composed and decomposed letters, Hangul, kana with voicing marks, emoji, quotes,
     * mojibake, references and markup a record holds, raw or escaped, the reader's title and text are the record's
     * repaired of mojibake and then in normal form; the record as read is kept; the Spark job's reading is the same.
     */
    @Test
    void recordsAreReadInNormalForm() {
        String[] pieces = {"plain words ", "caf\u00e9 ", "cafe\u0301 ", "Vi\u1ec7t Nam ", nfd("Vi\u1ec7t Nam "), "\ud55c\uad6d ", nfd("\ud55c\uad6d "),
            "\u30ac", "\u30ab\u3099", "\u2019s ", "\u201cquoted\u201d ", "\ud83d\ude00 ", "\u00c3\u00a9 ", "a\u0323\u0302 ", "a\u0302\u0323 ",
            "\u2126 ", "\n", "\u00e2\u20ac\u2122", "inter\u00adnational ", "pipe\u200bline ", "\ufeff", "de\u2060cision ", "\u200c\u200d", "communiqu&#233; ", "Sony&rsquo;s ", "AT&T ", "e&#769;t&shy;e ", "\u2028", "\u2029", "\r", "\r\n",
            "<em>Titanfall</em> ", "<p class=\"lead\">", "</p>", "x < y ", "<T> ", "<!-- ad -->"};
        Random rnd = new Random(43);
        int composed = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder("x "), title = new StringBuilder();
            for (int i = rnd.nextInt(8); i >= 0; i--) {
                text.append(pieces[rnd.nextInt(pieces.length)]);
                if (rnd.nextInt(3) == 0) title.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String line = "{\"id\":\"r" + round + "\",\"title\":" + quoted(title.toString(), rnd) + ",\"text\":" + quoted(text.toString(), rnd)
                    + ",\"topic\":\"kept\"}";
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            ArticleRecord read = new PendingRecord.JsonLine("f", 1, bytes, RecordFields.DEFAULT).decodeRepaired(ReadProblems.silent());
            assertEquals(nfc(HtmlEntities.decoded(HtmlTags.stripped(Mojibake.repair(title.toString())))), read.article().title(), line);
            assertEquals(nfc(HtmlEntities.decoded(HtmlTags.stripped(Mojibake.repair(text.toString())))), read.article().text(), line);
            assertEquals(line, read.raw(), "the record as read");
            assertEquals(read.article(), ArticleJson.parse(line, "f:1", ReadProblems.silent()), "the Spark job's reading");
            Article asGiven = new Article("r", title.toString(), text.toString(), null, null, null);
            assertEquals(read.article().text(), asGiven.repaired().text(), "in memory");
            if (!text.toString().equals(read.article().text()) && text.toString().equals(Mojibake.repair(text.toString()))
                    && text.indexOf("&") < 0 && text.indexOf("<") < 0) composed++;
        }
        assertTrue(composed > 500, "records composed: " + composed);
    }

    @Test
    void anArticleInNormalFormIsItself() {
        for (String s : new String[] {"plain ASCII", "caf\u00e9 cr\u00e8me", "the governor\u2019s \u201cplan\u201d \u2014 \ud83d\ude00", "\ud55c\uad6d\uc5b4",
            "\u4e2d\u6587", "Vi\u1ec7t Nam", "\u0928\u092e\u0938\u094d\u0924\u0947", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"}) {
            Article a = new Article("a", s, s, null, null, null);
            assertSame(a, a.repaired(), s);
        }
        Article decomposed = Article.of("b", "Vie\u0323\u0302t Nam");
        assertEquals("Vi\u1ec7t Nam", decomposed.repaired().text());
        assertEquals("international", Article.of("c", "inter\u00adna\u00adtion\u00adal").repaired().text());
    }

    @Test
    void aTextFileIsReadInNormalForm() {
        Article a = new Article("site/page", nfd("\u00c9lections \u00e0 Montr\u00e9al"), nfd("Le d\u00e9bat a dur\u00e9 deux heures."), null, "site", null);
        ArticleRecord read = new PendingRecord.Ready(new ArticleRecord(a, "pages/site/page.txt", 0)).decodeRepaired(ReadProblems.silent());
        assertEquals("\u00c9lections \u00e0 Montr\u00e9al", read.article().title());
        assertEquals("Le d\u00e9bat a dur\u00e9 deux heures.", read.article().text());
        assertEquals("site", read.article().source());
    }
}
