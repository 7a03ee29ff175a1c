package io.copydesk.cli.options;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.InputSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ByteSizeTest {
    /** Property: n, nk, nK, nm, nM, ng, nG give n, n * 1024, n * 1024^2, n * 1024^3 bytes. */
    @Test
    void aNumberWithOrWithoutASuffixGivesItsBytes() {
        Random rnd = new Random(17);
        String[] suffixes = {"", "k", "K", "m", "M", "g", "G"};
        int[] shifts = {0, 10, 10, 20, 20, 30, 30};
        for (int round = 0; round < 20_000; round++) {
            int s = rnd.nextInt(suffixes.length);
            long n = switch (rnd.nextInt(3)) {
                case 0 -> rnd.nextInt(10);
                case 1 -> rnd.nextInt(1 << 20);
                default -> rnd.nextLong(Long.MAX_VALUE >> shifts[s]) + 1;
            };
            String text = n + suffixes[s];
            assertEquals(n << shifts[s], ByteSize.parse(text), text);
            assertEquals(n << shifts[s], new ByteSize().convert(text), text);
        }
    }

    /** Property: a string that is not digits with at most one k, M or G at the end, or is beyond a long, is refused. */
    @Test
    void anythingElseIsRefused() {
        Random rnd = new Random(18);
        String alphabet = "0123456789kKmMgGbB.-+ xe,";
        int refused = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(8); i >= 0; i--) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String text = sb.toString();
            if (text.matches("[0-9]+[kKmMgG]?")) continue; // a size: the property above
            refused++;
            assertEquals(-1, ByteSize.parse(text), text);
            assertThrows(CommandLine.TypeConversionException.class, () -> new ByteSize().convert(text), text);
        }
        assertTrue(refused > 10_000, "refused " + refused);
        for (String text : List.of("", "k", "1kb", "1.5M", "-1", "+1", " 1", "1 k", "9223372036854775807k", "8589934592G", "0x10",
                "9223372036854775808")) {
            assertEquals(-1, ByteSize.parse(text), text);
        }
        assertEquals(Long.MAX_VALUE >> 30 << 30, ByteSize.parse((Long.MAX_VALUE >> 30) + "G"));
    }

    /** The defaults --help shows (16M, 8G) are InputSet's. */
    @Test
    void theDefaultsShownAreTheReadersDefaults() throws NoSuchFieldException {
        assertEquals(InputSet.DEFAULT_MAX_ARTICLE_BYTES, ByteSize.parse(defaultOf("maxArticleBytes")));
        assertEquals(InputSet.DEFAULT_MAX_INPUT_BYTES, ByteSize.parse(defaultOf("maxInputBytes")));
        InputOptions fresh = new InputOptions();
        assertEquals(InputSet.DEFAULT_MAX_ARTICLE_BYTES, fresh.maxArticleBytes);
        assertEquals(InputSet.DEFAULT_MAX_INPUT_BYTES, fresh.maxInputBytes);
    }

    private static String defaultOf(String field) throws NoSuchFieldException {
        return InputOptions.class.getDeclaredField(field).getAnnotation(CommandLine.Option.class).defaultValue();
    }
}
