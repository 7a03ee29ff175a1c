package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.io.SafeTextWriter;
import io.copydesk.internal.json.Json;
import io.copydesk.internal.json.JsonWriter;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of what copydesk writes, for arbitrary ids and titles (controls, lone surrogates,
 * bidi overrides, backslashes): TSV cells and JSON strings decode back to the original, and
 * neither carries a character a terminal would act on. Seeded by {@link Trials}.
 */
class WriterPropertyTest {
    static String anything(Random r) {
        return Texts.pieces(r, 10, q -> Texts.anyChars(q, 8), q -> Texts.oneOf(q, "\t", "\n", "\r", "\\", "\\t", "\\u0041", "\u001b[31m",
                "\u0007", "\u0000", "\u007f", "\u009b", "\u202e", "\u2066", "\ud800", "\udfff", "\ud83d\ude00", "\"", "\u2028"));
    }

    @Test
    void aTsvCellDecodesBackAndKeepsTheRowsColumns() {
        Trials.run("tsv cells", 2000, WriterPropertyTest::anything, s -> {
            String cell = Printable.tsv(s);
            assertEquals(s, Printable.fromTsv(cell));
            assertTrue(cell.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r'), cell);
            assertTrue(cell.chars().noneMatch(c -> Printable.unsafe((char) c) || Character.isSurrogate((char) c) && !paired(cell)), cell);
        });
    }

    private static boolean paired(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return false;
        }
        return true;
    }

    @Test
    void aJsonStringDecodesBackAndIsValidUtf8WithoutControls() {
        Trials.run("json strings", 2000, WriterPropertyTest::anything, s -> {
            String json = JsonWriter.quote(s);
            assertEquals(s, Json.parseObject("{\"v\":" + json + "}").get("v"));
            assertTrue(json.chars().noneMatch(c -> Printable.unsafe((char) c)), json);
            assertTrue(paired(json), "a lone surrogate would become '?' in UTF-8");
            assertEquals(json, new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        });
    }

    @Test
    void twoDifferentIdsNeverPrintAlike() {
        Trials.run("distinct ids print apart", 1000, r -> new String[] {anything(r), anything(r)}, p -> {
            if (p[0].equals(p[1])) return;
            assertNotEquals(Printable.tsv(p[0]), Printable.tsv(p[1]));
            assertNotEquals(JsonWriter.quote(p[0]), JsonWriter.quote(p[1]));
        });
    }

    record Chunked(String text, int cut) {}

    @Test
    void terminalTextCarriesNoEscapeWhateverTheChunks() {
        Trials.run("terminal text", 1000, r -> new Chunked(anything(r), r.nextInt()), in -> {
            String s = in.text();
            StringWriter out = new StringWriter();
            try (SafeTextWriter w = new SafeTextWriter(out, false)) {
                int at = s.isEmpty() ? 0 : Math.floorMod(in.cut(), s.length() + 1);
                w.write(s, 0, at);
                w.write(s, at, s.length() - at);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String shown = out.toString();
            assertTrue(shown.chars().noneMatch(c -> c != '\n' && c != '\t' && Printable.unsafe((char) c)), shown);
            assertTrue(paired(shown), shown);
        });
    }
}
