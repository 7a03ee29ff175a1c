package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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

    /** The chars a reader that took bytes for Windows-1252 (Latin-1 where it has none) made of {@code bytes}. */
    private static String asRead(int... bytes) {
        StringBuilder out = new StringBuilder();
        for (int b : bytes) out.append(b >= 0x80 && b <= 0x9F && Mojibake.windows1252(b) != 0 ? Mojibake.windows1252(b) : (char) b);
        return out.toString();
    }

    /** What the JDK's UTF-8 decoder, refusing malformed input, makes of {@code bytes}: null where it refuses. */
    private static String jdkDecoded(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            if (bytes[i] < 0x80) return null; // a run holds no ASCII byte
            b[i] = (byte) bytes[i];
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Property: a run's bytes read back as UTF-8 as the JDK's strict decoder reads them, refused where it refuses
     * (overlong forms, surrogates, past U+10FFFF, a lead byte without its continuation bytes, a stray continuation byte):
     * every run of one and two bytes, every three-byte run with a lead byte of a three- or four-byte sequence, and
     * random runs: UTF-8 of up to three code points (a byte changed in a third), up to nine random bytes,
     * ASCII and a char with no byte among them.
     */
    @Test
    void runsAreDecodedAsTheJdkDecodesThem() {
        for (int a = 0x80; a < 0x100; a++) {
            assertEquals(jdkDecoded(a), Mojibake.decode(asRead(a), 0, 1), "byte " + Integer.toHexString(a));
            for (int b = 0x80; b < 0x100; b++) assertEquals(jdkDecoded(a, b), Mojibake.decode(asRead(a, b), 0, 2), a + " " + b);
        }
        for (int a = 0xE0; a <= 0xF7; a++) {
            for (int b = 0x80; b < 0x100; b++) {
                for (int c = 0x80; c < 0x100; c++) assertEquals(jdkDecoded(a, b, c), Mojibake.decode(asRead(a, b, c), 0, 3), a + " " + b + " " + c);
            }
        }
        Random rnd = new Random(50);
        int valid = 0;
        for (int round = 0; round < 300_000; round++) {
            int[] bytes;
            if (rnd.nextBoolean()) { // code points beyond ASCII in UTF-8, one byte changed now and then
                StringBuilder text = new StringBuilder();
                for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                    int cp = switch (rnd.nextInt(3)) {
                        case 0 -> 0x80 + rnd.nextInt(0x780);
                        case 1 -> 0x800 + rnd.nextInt(0xF800);
                        default -> 0x10000 + rnd.nextInt(0x100000);
                    };
                    if (cp < 0xD800 || cp > 0xDFFF) text.appendCodePoint(cp);
                }
                byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
                bytes = new int[utf8.length];
                for (int i = 0; i < utf8.length; i++) bytes[i] = utf8[i] & 0xFF;
                if (bytes.length == 0) continue;
                if (rnd.nextInt(3) == 0) bytes[rnd.nextInt(bytes.length)] = 0x80 + rnd.nextInt(0x80);
            } else {
                bytes = new int[1 + rnd.nextInt(9)];
                for (int i = 0; i < bytes.length; i++) bytes[i] = rnd.nextInt(10) == 0 ? rnd.nextInt(0x80) : 0x80 + rnd.nextInt(0x80);
            }
            int n = bytes.length;
            String run = asRead(bytes);
            if (rnd.nextInt(50) == 0) run = run.substring(0, n / 2) + "\u0100" + run.substring(n / 2 + 1); // a char with no byte
            String expected = run.indexOf('\u0100') >= 0 ? null : jdkDecoded(bytes);
            String prefix = "ab", suffix = "cd"; // the run inside a longer text
            assertEquals(expected, Mojibake.decode(prefix + run + suffix, 2, 2 + n), "round " + round);
            if (expected != null) valid++;
        }
        assertTrue(valid > 50_000, valid + " valid runs");
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
