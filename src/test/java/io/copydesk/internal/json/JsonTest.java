package io.copydesk.internal.json;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void parsesFlatAndNestedValues() {
        Map<String, Object> m = Json.parseObject(
                "{\"id\":\"a1\",\"n\":12,\"x\":-1.5e2,\"ok\":true,\"no\":null,\"l\":[1,{\"id\":\"b\"}],\"s\":\"q\\\"\\u00e9\\n\"}");
        assertEquals("a1", m.get("id"));
        assertEquals(12L, m.get("n"));
        assertEquals(-150.0, m.get("x"));
        assertEquals(Boolean.TRUE, m.get("ok"));
        assertTrue(m.containsKey("no") && m.get("no") == null);
        assertEquals(List.of(1L, Map.of("id", "b")), m.get("l"));
        assertEquals("q\"é\n", m.get("s"));
    }

    @Test
    void reportsUnterminatedStringWithColumn() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("{\"id\":\"abc"));
        assertEquals("unterminated string starting at column 7", e.getMessage());
    }

    @Test
    void rejectsTrailingGarbageAndNonObjects() {
        assertThrows(JsonException.class, () -> Json.parse("{} x"));
        assertThrows(JsonException.class, () -> Json.parseObject("[1,2]"));
        assertThrows(JsonException.class, () -> Json.parse("{\"a\":1,}"));
        assertThrows(JsonException.class, () -> Json.parse(""));
    }

    @Test
    void writerOutputParsesBackToTheSameStrings() {
        Random r = new Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(20);
            for (int j = 0; j < len; j++) sb.append((char) r.nextInt(0x3000));
            String s = sb.toString();
            String line = new JsonWriter().beginObject().field("s", s).field("n", i).endObject().toString();
            Map<String, Object> back = Json.parseObject(line);
            assertEquals(s, back.get("s"), line);
            assertEquals((long) i, back.get("n"));
        }
    }

    @Test
    void scoresHaveFourDecimalsRegardlessOfLocale() {
        assertEquals("{\"j\":0.3333}", new JsonWriter().beginObject().field("j", 1.0 / 3).endObject().toString());
    }

    /** Property: the parser notes a char U+00C2-U+00FF in a string, raw or escaped, exactly when one is there. */
    @Test
    void notesLeadAndComposableCharsExactlyWhenAStringHoldsOne() {
        char[] chars = {'a', ' ', '\u00a9', '\u00c1', '\u00c2', '\u00e9', '\u00ff', '\u0100', '\u2019', '"', '\\', '\n', '\u0301', '\u1161', '\u2126', '\u00ad', '\u200b', '\ufeff', '&', '<', '\r'};
        java.util.Random rnd = new java.util.Random(17);
        for (int round = 0; round < 5000; round++) {
            StringBuilder value = new StringBuilder();
            for (int i = rnd.nextInt(6); i > 0; i--) value.append(chars[rnd.nextInt(chars.length)]);
            String v = value.toString();
            StringBuilder json = new StringBuilder("{\"k\":\"");
            for (char c : v.toCharArray()) {
                if (c == '"' || c == '\\') json.append('\\').append(c);
                else if (c == '\n' || c == '\r' || (c >= 0x80 && rnd.nextBoolean())) json.append(String.format("\\u%04x", (int) c));
                else json.append(c);
            }
            json.append("\",\"n\":[1,\"x\"]}");
            Json.ParsedObject parsed = Json.parseObjectNoting(json.toString());
            assertEquals(v, parsed.object().get("k"), json.toString());
            assertEquals(v.chars().anyMatch(c -> c >= 0xC2 && c <= 0xFF), parsed.leadChars(), json.toString());
            assertEquals(v.chars().anyMatch(io.copydesk.internal.Chars::mayNormalize), parsed.normalizable(), json.toString());
        }
    }

    /** Property: the fast path prints every score as String.format's %.4f does, ties and signs included. */
    @Test
    void scoresPrintAsFormatDoes() {
        java.util.Random r = new java.util.Random(11);
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, -0.0, 1.0, -1.0, 0.99995, 0.00005, 0.00004999999999,
                0.15, 1.23445, 9999.99995, 12345.6789, 0.99995, 9.99995, 99.99995, 0.00015, 0.0015, 1e6 + 0.00005, 9999999.99995, 1e-320, Double.MIN_VALUE, 1e300, -0.00001, 0.5, 2.0 / 3));
        for (int i = 0; i < 200_000; i++) {
            switch (i % 6) {
                case 4 -> values.add((double) r.nextInt(40_000) / (1 + r.nextInt(40_000))); // a Jaccard of shingle counts
                case 5 -> values.add(r.nextInt(200_000_000) / 10_000.0 + 0.00005); // ties on larger numbers, carries
                case 0 -> values.add(r.nextDouble());
                case 1 -> values.add(r.nextInt(20_000) / 10_000.0 + 0.00005); // on a tie as written
                case 2 -> values.add(Math.nextAfter(r.nextInt(20_000) / 10_000.0 + 0.00005, r.nextBoolean() ? 1 : -1)); // next to one
                default -> values.add((r.nextDouble() - 0.1) * Math.pow(10, r.nextInt(8) - 3));
            }
        }
        for (double v : values) {
            String want = String.format(java.util.Locale.ROOT, "%.4f", v);
            assertEquals(want, JsonWriter.formatScore(v), "score " + v);
            assertEquals("[" + want + "," + want + "]", new JsonWriter().beginArray().value(v).value(v).endArray().toString(), "written score " + v);
        }
        assertEquals("null", JsonWriter.formatScore(Double.NaN));
        assertEquals("null", new JsonWriter().value(Double.POSITIVE_INFINITY).toString());
    }

    /** Property: a string is quoted as one character at a time with its escapes, whatever it holds and wherever. */
    @Test
    void stringsQuoteAsCharacterByCharacter() {
        io.copydesk.testing.Trials.run("quoted strings", 3000, r -> io.copydesk.testing.Texts.pieces(r, 10, q -> io.copydesk.testing.Texts.anyChars(q, 8),
                q -> io.copydesk.testing.Texts.oneOf(q, "plain ascii", "\t", "\n", "\r", "\\", "\"", "\u0000", "\u001b[31m", "\u007f", "\u009b",
                        "\u202e", "\u2066", "\u2028", "\ud800", "\udfff", "\ud83d\ude00", "caf\u00e9")),
                s -> assertEquals(quotedCharByChar(s), JsonWriter.quote(s), s));
    }

    /** The quoting as first written: every character looked at and appended on its own. */
    private static String quotedCharByChar(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(io.copydesk.internal.Printable.unsafe(c) || lone ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
