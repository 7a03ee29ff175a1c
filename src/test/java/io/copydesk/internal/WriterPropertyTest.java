package io.copydesk.internal;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.io.SafeTextWriter;
import io.copydesk.internal.json.Json;
import io.copydesk.internal.json.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of what copydesk writes, for arbitrary ids and titles (controls, lone surrogates,
 * bidi overrides, backslashes): TSV cells and JSON strings decode back to the original, and
 * neither carries a character a terminal would act on. Seeds as in jqwik's report.
 */
class WriterPropertyTest {
    @Provide
    Arbitrary<String> anything() {
        Arbitrary<String> tricky = Arbitraries.of("\t", "\n", "\r", "\\", "\\t", "\\u0041", "\u001b[31m", "\u0007", "\u0000",
                "\u007f", "\u009b", "\u202e", "\u2066", "\ud800", "\udfff", "\ud83d\ude00", "\"", "\u2028");
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8), tricky).list().ofMaxSize(10).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void aTsvCellDecodesBackAndKeepsTheRowsColumns(@ForAll("anything") String s) {
        String cell = Printable.tsv(s);
        assertEquals(s, Printable.fromTsv(cell));
        assertTrue(cell.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r'), cell);
        assertTrue(cell.chars().noneMatch(c -> Printable.unsafe((char) c) || Character.isSurrogate((char) c) && !paired(cell)), cell);
    }

    private static boolean paired(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return false;
        }
        return true;
    }

    @Property(tries = 2000)
    void aJsonStringDecodesBackAndIsValidUtf8WithoutControls(@ForAll("anything") String s) {
        String json = JsonWriter.quote(s);
        assertEquals(s, Json.parseObject("{\"v\":" + json + "}").get("v"));
        assertTrue(json.chars().noneMatch(c -> Printable.unsafe((char) c)), json);
        assertTrue(paired(json), "a lone surrogate would become '?' in UTF-8");
        assertEquals(json, new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void twoDifferentIdsNeverPrintAlike(@ForAll("anything") String a, @ForAll("anything") String b) {
        if (a.equals(b)) return;
        assertNotEquals(Printable.tsv(a), Printable.tsv(b));
        assertNotEquals(JsonWriter.quote(a), JsonWriter.quote(b));
    }

    @Property(tries = 1000)
    void terminalTextCarriesNoEscapeWhateverTheChunks(@ForAll("anything") String s, @ForAll int cut) throws IOException {
        StringWriter out = new StringWriter();
        try (SafeTextWriter w = new SafeTextWriter(out, false)) {
            int at = s.isEmpty() ? 0 : Math.floorMod(cut, s.length() + 1);
            w.write(s, 0, at);
            w.write(s, at, s.length() - at);
        }
        String shown = out.toString();
        assertTrue(shown.chars().noneMatch(c -> c != '\n' && c != '\t' && Printable.unsafe((char) c)), shown);
        assertTrue(paired(shown), shown);
    }
}
