package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MojibakeTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** What a UTF-8 text looks like after a reader took its bytes for Windows-1252 (Latin-1 for the 5 bytes it lacks). */
    private static String damage(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, CP1252);
            out.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return out.toString();
    }

    @Test
    void textDamagedOnceOrTwiceIsRepaired() {
        String clean = "The governor\u2019s \u201Cfiscal cliff\u201D plan \u2014 caf\u00E9 owners react";
        assertEquals(clean, Mojibake.repair(damage(clean)));
        assertEquals(clean, Mojibake.repair(damage(damage(clean))));
    }

    @Test
    void realAccentedTextIsLeftAlone() {
        for (String s : new String[] {"caf\u00E9 cr\u00E8me br\u00FBl\u00E9e", "S\u00C3O PAULO", "\u00BFQu\u00E9 pas\u00F3?", "Gr\u00FC\u00DFe aus K\u00F6ln",
                "\u00C2ge: 42 \u00B0C", "Stra\u00DF\u2014e", "plain ASCII text"}) {
            assertSame(s, Mojibake.repair(s), s);
        }
    }

    /** Property: damaging any text of letters, accents, quotes and dashes once is undone. */
    @Test
    void repairUndoesDamageOfRandomText() {
        String alphabet = "abcdefghij ABC,.\u00E9\u00E8\u00FC\u00DF\u00F1\u2019\u201C\u201D\u2014\u2013\u2026\u20AC\u00A3\u0142\u015B\u4E2D\u00E0";
        Random rnd = new Random(14);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(30);
            for (int i = 0; i < n; i++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String clean = sb.toString();
            if (!Mojibake.repair(clean).equals(clean)) continue; // text that reads as mojibake itself ("é—”"): rare in news
            assertEquals(clean, Mojibake.repair(damage(clean)), "round " + round);
        }
    }

    /**
     * Property: a JSONL record is read with its title and text repaired whatever the text holds:
     * the parser's note that no string holds a char U+00C2-U+00FF only ever skips a repair that
     * would change nothing. Raw UTF-8 and \\u escapes, damaged and clean, ASCII and ©.
     */
    @Test
    void recordsAreReadRepairedWhenTheyNeedIt() {
        // JSON escapes (a backslash in the line) and raw chars (UTF-8 bytes in the line), clean and damaged
        String[] pieces = {"plain words ", "\\u00a9 2024 ", "\\u00A9 ", "caf\\u00e9 ", "\\u00c3\\u00a9 ", "\\u00e2\\u20ac\\u2122", "\\n", "\\\\u00c3",
                "\\u00c2", "\\u00ff", "\\u00c1", "\u00a9 2021 ", "caf\u00e9 ", "\u00c3\u0153ber ", "\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d ",
                "\u00c2\u00b0 ", "\u00ff", "\u2014", "\u00c1"};
        Random rnd = new Random(16);
        int repaired = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder(), title = new StringBuilder();
            for (int i = rnd.nextInt(8); i >= 0; i--) {
                text.append(pieces[rnd.nextInt(pieces.length)]);
                if (rnd.nextInt(3) == 0) title.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String line = "{\"id\":\"r" + round + "\",\"title\":\"" + title + "\",\"text\":\"x " + text + "\"}";
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            ArticleRecord read = new PendingRecord.JsonLine("f", 1, bytes, RecordFields.DEFAULT).decodeRepaired(ReadProblems.silent());
            Article parsed = ArticleJson.parseNoting(line, "f:1", ReadProblems.silent(), RecordFields.DEFAULT).article(); // as the record holds it
            assertEquals(Mojibake.repair(parsed.title()), read.article().title(), line);
            assertEquals(Mojibake.repair(parsed.text()), read.article().text(), line);
            assertEquals(read.article(), ArticleJson.parse(line, "f:1", ReadProblems.silent()), "the Spark job's reading: " + line);
            assertEquals(line, read.raw(), "the record as read, kept: " + line);
            if (!parsed.text().equals(read.article().text())) repaired++;
        }
        assertTrue(repaired > 300, "records repaired: " + repaired);
    }
}
