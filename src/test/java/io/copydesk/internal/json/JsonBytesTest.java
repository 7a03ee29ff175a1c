package io.copydesk.internal.json;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonBytes} against the simple form it stands for: the line decoded strictly as UTF-8, then
 * {@link Json#parseObjectNoting}. Where JsonBytes answers, the answer is the same (each named field's
 * value and its type, the lead-chars flag), whichever fields are named (those not named are checked
 * and skipped, not decoded); where the line is not valid UTF-8 or not JSON, it must not answer; and
 * it does answer for the plain records of every input.
 */
class JsonBytesTest {
    private static final byte[] BOUNDARY = bytes(0x00, 0x1F, 0x20, 0x22, 0x26, 0x3C, 0x41, 0x5C, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
            0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF);
    /** An article's fields, and a pair that leaves most of each record to be skipped ("n": the number of the byte tests). */
    private static final String[] ARTICLE = {"id", "title", "text", "date", "source", "url"}, FEW = {"title", "n"};
    private static final JsonBytes.Names ARTICLE_NAMES = new JsonBytes.Names(ARTICLE), FEW_NAMES = new JsonBytes.Names(FEW);

    /** The simple form: null when the bytes are not valid UTF-8 or not a JSON object. */
    private static Json.ParsedObject simple(byte[] line) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        try {
            return Json.parseObjectNoting(text);
        } catch (JsonException e) {
            return null;
        }
    }

    /**
     * Checks the fast form against the simple one on {@code line}, reading an article's fields and reading two
     * (skipping the rest); true when the fast form answered, which must not depend on the fields named.
     */
    private static boolean agrees(JsonBytes fast, byte[] line) {
        JsonBytes.Fields got = fast.fields(line, line.length, ARTICLE_NAMES), few = fast.fields(line, line.length, FEW_NAMES);
        assertEquals(got == null, few == null, () -> "answered for some fields only: " + show(line));
        if (got == null) return false;
        Json.ParsedObject want = simple(line);
        assertNotNull(want, () -> "answered for a line the simple form refuses: " + show(line));
        assertEquals(values(want.object(), ARTICLE), values(got, ARTICLE), () -> show(line));
        assertEquals(values(want.object(), FEW), values(few, FEW), () -> show(line));
        assertEquals(want.leadChars(), got.leadChars(), () -> "lead chars of " + show(line));
        assertEquals(want.leadChars(), few.leadChars(), () -> "lead chars, skipping, of " + show(line));
        assertEquals(want.normalizable(), got.normalizable(), () -> "normalizable chars of " + show(line));
        assertEquals(want.normalizable(), few.normalizable(), () -> "normalizable chars, skipping, of " + show(line));
        return true;
    }

    /** The named fields' values, each with its class: a Long and a Double must not pass for each other. */
    private static List<String> values(Map<String, Object> o, String[] names) {
        List<String> out = new ArrayList<>();
        for (String name : names) out.add(name + "=" + show(o.get(name)));
        return out;
    }

    private static List<String> values(JsonBytes.Fields f, String[] names) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) out.add(names[i] + "=" + show(f.values()[i]));
        return out;
    }

    private static String show(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName() + ":" + v;
    }

    private static String show(byte[] line) {
        StringBuilder sb = new StringBuilder();
        for (byte b : line) sb.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("<%02X>", b & 0xFF));
        return sb.toString();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    private static byte[] inString(byte[] middle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"id\":\"x".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(middle);
        out.writeBytes("y\",\"n\":1}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void everyShortByteSequenceInAStringIsDecodedAsTheStrictDecoderDoes() {
        JsonBytes fast = new JsonBytes();
        int answered = 0;
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                byte[] line = inString(bytes(a, b));
                boolean fastAnswered = agrees(fast, line);
                if (fastAnswered) answered++;
                // a pair of printable ASCII bytes, a valid two-byte char or an escape makes a record the fast form must take
                boolean plain = (a >= 0x20 && a < 0x80 && a != '"' && a != '\\' && b >= 0x20 && b < 0x80 && b != '"' && b != '\\')
                        || (a >= 0xC2 && a <= 0xDF && b >= 0x80 && b <= 0xBF);
                if (plain) assertTrue(fastAnswered, () -> "not taken: " + show(line));
            }
        }
        for (byte x : BOUNDARY) for (byte y : BOUNDARY) for (byte z : BOUNDARY) {
            if (agrees(fast, inString(new byte[] {x, y, z}))) answered++;
            for (byte w : BOUNDARY) if (agrees(fast, inString(new byte[] {x, y, z, w}))) answered++;
        }
        assertTrue(answered > 10_000, "answered " + answered);
        // the edges of the three- and four-byte forms, each side
        assertTrue(agrees(fast, inString(bytes(0xE0, 0xA0, 0x80))));
        assertFalse(agrees(fast, inString(bytes(0xE0, 0x9F, 0xBF))));        // overlong
        assertTrue(agrees(fast, inString(bytes(0xED, 0x9F, 0xBF))));
        assertFalse(agrees(fast, inString(bytes(0xED, 0xA0, 0x80))));        // a surrogate
        assertTrue(agrees(fast, inString(bytes(0xF4, 0x8F, 0xBF, 0xBF))));  // U+10FFFF
        assertFalse(agrees(fast, inString(bytes(0xF4, 0x90, 0x80, 0x80))));  // above it
        assertTrue(agrees(fast, inString(bytes(0xF0, 0x90, 0x80, 0x80))));
        assertFalse(agrees(fast, inString(bytes(0xF0, 0x8F, 0xBF, 0xBF))));  // overlong
    }

    @Test
    void aSpecialByteAtEveryPlaceOfALongStringIsReadAsTheSimpleFormReadsIt() {
        // strings are copied in runs of plain ASCII found eight bytes at a time, then chars above U+00FF go on in chars,
        // again in runs: each boundary byte (and each kind of char) at each place of a word of eight, after Latin-1
        // chars, none, or a char above U+00FF (raw or escaped: the rest of the string is then read as chars)
        JsonBytes fast = new JsonBytes();
        String[] kinds = {"\\n", "\\u00e9", "\\u0100", "\\u20ac", "\u00e9", "\u00ff", "\u0100", "\u20ac", "\ud83d\ude00", "\\\"", "\u007f"};
        int answered = 0;
        for (String before : new String[] {"", "\u00e9", "\\u00ff", "\u20ac", "\\u0100"}) {
            for (int at = 0; at < 20; at++) {
                String head = before + "abcdefghijklmnopqrstuvwxyz".substring(0, at);
                for (byte x : BOUNDARY) {
                    byte[] h = head.getBytes(StandardCharsets.UTF_8), t = "ABCDEFGHIJKLMNOPQRSTU".getBytes(StandardCharsets.UTF_8);
                    byte[] middle = new byte[h.length + 1 + t.length];
                    System.arraycopy(h, 0, middle, 0, h.length);
                    middle[h.length] = x;
                    System.arraycopy(t, 0, middle, h.length + 1, t.length);
                    if (agrees(fast, inString(middle))) answered++;
                }
                for (String k : kinds) {
                    assertTrue(agrees(fast, inString((head + k + "ABCDEFGHIJKLMNOPQRSTU" + k).getBytes(StandardCharsets.UTF_8))), head + k);
                    answered++;
                }
            }
        }
        assertTrue(answered > 800, "answered " + answered);
    }

    private static final String[] PIECES = {"\"", "\\", "\\\\", "\\\"", "\\n", "\\u00e9", "\\u00C1", "\\u00c2", "\\ud83d\\ude00", "\\ud800",
            "\\u12", "\\x", "\\/", "\\b\\f\\r\\t", "\u00e9", "\u00c1", "\u00c2", "\u0080", "\u20ac", "\ud83d\ude00", "\ufeff", "\t", "\u0001",
            "{", "}", "[", "]", ":", ",", " ", "1", "-", "0.5", "1e3", "12345678901234567890", "true", "false", "null", "tru"};

    /** A flat record as inputs hold them, its strings escaped as writers escape them. */
    private static String record(Random r) {
        StringBuilder sb = new StringBuilder("{");
        int fields = r.nextInt(1, 6);
        for (int f = 0; f < fields; f++) {
            if (f > 0) sb.append(r.nextBoolean() ? "," : " , ");
            // the article's names, and others to skip: plain, escaped (a lead char among them), raw UTF-8
            String name = Texts.oneOf(r, "id", "title", "text", "date", "source", "url", "id", "cluster", "n", "\\u00c2x", "k\u00e9y", "ti\\u0074le");
            sb.append('"').append(name).append("\":");
            boolean read = !name.equals("cluster") && !name.startsWith("\\u00c2") && !name.startsWith("k"); // named in ARTICLE or FEW
            switch (read ? r.nextInt(6) : r.nextInt(8)) {
                case 0 -> sb.append(r.nextLong());
                case 1 -> sb.append(r.nextDouble());
                case 2 -> sb.append(Texts.oneOf(r, "true", "false", "null"));
                case 6, 7 -> nested(r, sb, 0); // only in fields neither names: a named one holding one is Json's
                default -> {
                    sb.append('"');
                    int pieces = r.nextInt(12);
                    for (int p = 0; p < pieces; p++) {
                        if (r.nextInt(3) == 0) sb.append(Texts.letters(r, 20));
                        else sb.append(Texts.oneOf(r, "\\n", "\\\"", "\\\\", "\\u00e9", "\u00e9", "\u00c2", "\u20ac", "\ud83d\ude00", " ", "\\t", "&", "<", "\\u003c", "\\u0026"));
                    }
                    sb.append('"');
                }
            }
        }
        return (r.nextInt(8) == 0 ? " " : "") + sb.append('}');
    }

    /** An array or object of strings (a lead char and a char that may normalize among them), numbers, literals and more of them. */
    private static void nested(Random r, StringBuilder sb, int depth) {
        boolean object = r.nextBoolean();
        sb.append(object ? '{' : '[').append(r.nextInt(6) == 0 ? " " : "");
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            if (i > 0) sb.append(r.nextBoolean() ? "," : " ,\t");
            if (object) sb.append('"').append(Texts.oneOf(r, "k", "tag", "\u00c2", "\\u00e9", "a\\\"b")).append("\":");
            switch (depth < 3 ? r.nextInt(5) : r.nextInt(4)) {
                case 0 -> sb.append('"').append(Texts.oneOf(r, "news", "\u00c3\u00a9", "\u00e9", "e\u0301", "\\u00c2", "\\n", "")).append('"');
                case 1 -> sb.append(r.nextInt(2000) - 1000);
                case 2 -> sb.append(r.nextDouble());
                case 3 -> sb.append(Texts.oneOf(r, "true", "false", "null"));
                default -> nested(r, sb, depth + 1);
            }
        }
        sb.append(r.nextInt(6) == 0 ? " " : "").append(object ? '}' : ']');
    }

    @Test
    void recordsAndTheirDamagedFormsReadAsTheSimpleFormReadsThem() {
        JsonBytes fast = new JsonBytes();
        int[] taken = new int[1];
        Trials.run("records", 20_000, r -> {
            String rec = record(r);
            boolean damaged = r.nextInt(3) == 0;
            if (damaged) {
                StringBuilder sb = new StringBuilder(rec);
                for (int k = r.nextInt(1, 3); k > 0; k--) {
                    int at = r.nextInt(sb.length() + 1);
                    switch (r.nextInt(3)) {
                        case 0 -> sb.insert(at, PIECES[r.nextInt(PIECES.length)]);
                        case 1 -> sb.setLength(at);
                        default -> { if (at < sb.length()) sb.deleteCharAt(at); }
                    }
                }
                rec = sb.toString();
            }
            byte[] line = rec.getBytes(StandardCharsets.UTF_8);
            if (damaged && line.length > 0 && r.nextInt(4) == 0) line[r.nextInt(line.length)] = (byte) r.nextInt(0x80, 0x100); // invalid UTF-8 too
            return new Object[] {line, damaged};
        }, in -> {
            byte[] line = (byte[]) in[0];
            boolean answered = agrees(fast, line);
            if (!(Boolean) in[1]) assertTrue(answered, () -> "a plain record not taken: " + show(line));
            if (answered) taken[0]++;
        });
        assertTrue(taken[0] > 13_000, "taken " + taken[0]);
    }

    @Test
    void leavesWhatItDoesNotReadToJson() {
        JsonBytes fast = new JsonBytes();
        for (String line : new String[] {"", " ", "[]", "\"x\"", "1", "{\"a\":[1,]}", "{\"a\":{\"x\"}}", "{\"a\":{\"x\":}}", "{\"a\":[}",
                "{\"a\":{1:2}}", "{\"a\":[1 2]}", "{\"a\":[1}}", "{\"a\":{\"x\":1]}", "{\"a\":[\"x\ty\"]}", "{\"a\":[\ufeff1]}", "{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}",
                "\ufeff{\"a\":1}", "{\"a\":1}\ufeff",
                "{\"a\":1} x", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":tru}", "{a:1}", "{\"a\":\"\\u00g1\"}",
                "{\"a\":\"\\u\uff10\uff10\uff14\uff11\"}", "{\"a\":\"x\ty\"}", "{\"a\":\"x", "{\"a\":\"x\\"}) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertNull(fast.fields(b, b.length, new JsonBytes.Names("a")), line);
            assertNull(fast.fields(b, b.length, new JsonBytes.Names("b")), line); // the value not read, checked all the same
        }
        // an array or object in a field not read is checked and skipped; in one read, it is Json's
        for (String line : new String[] {"{\"a\":{}}", "{\"a\":[1]}", "{\"a\":[{\"x\":[true,null,-1.5e3]},\"y\"]}", "{\"a\":" + "[".repeat(60) + "]".repeat(60) + "}"}) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertNull(fast.fields(b, b.length, new JsonBytes.Names("a")), line);
            assertEquals(Arrays.asList((Object) null), Arrays.asList(fast.fields(b, b.length, new JsonBytes.Names("b")).values()), line);
        }
        // ...unless a dotted name read goes through it ("source.name" through "source"): that record is Json's
        for (String line : new String[] {"{\"id\":\"n\",\"source\":{\"name\":\"The Wire\"}}", "{\"id\":\"n\",\"source\":[]}",
                "{\"id\":\"n\",\"sour\\u0063e\":{\"name\":\"The Wire\"}}"}) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertNull(fast.fields(b, b.length, new JsonBytes.Names("id", "source.name")), line);
            assertNotNull(fast.fields(b, b.length, new JsonBytes.Names("id", "sources.name")), line);
        }
        byte[] plainSource = "{\"id\":\"n\",\"source\":\"The Wire\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(Arrays.asList("n", null), Arrays.asList(fast.fields(plainSource, plainSource.length, new JsonBytes.Names("id", "source.name")).values()),
                "a string where a path's object would be: not read, as the map gives no \"source.name\" either");
        byte[] b = "{\"a\":1}xyz".getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of(1L), List.of(fast.fields(b, 7, new JsonBytes.Names("a")).values()), "only the first length bytes are read");
        assertEquals(Arrays.asList(null, null), Arrays.asList(fast.fields(bytes('{', '}'), 2, new JsonBytes.Names("a", "b")).values()));
    }

    @Test
    void aRepeatedNameKeepsItsLastValueAsTheMapDoes() {
        JsonBytes fast = new JsonBytes();
        byte[] b = "{\"id\":\"a\",\"x\":2,\"id\":7,\"t\":\"\\u00e9\",\"id\":\"c\"}".getBytes(StandardCharsets.US_ASCII);
        assertTrue(agrees(fast, b));
        JsonBytes.Fields f = fast.fields(b, b.length, new JsonBytes.Names("id", "t", "y"));
        assertEquals(Arrays.asList("c", "\u00e9", null), Arrays.asList(f.values()));
        assertTrue(f.leadChars());
        assertTrue(fast.fields(b, b.length, new JsonBytes.Names("id")).leadChars(), "a lead char in a field not read counts too");
    }

    @Test
    void namesAreAsciiAndDistinct() {
        assertThrows(IllegalArgumentException.class, () -> new JsonBytes.Names("id", "id"));
        assertThrows(IllegalArgumentException.class, () -> new JsonBytes.Names("t\u00e9"));
    }
}
