package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of date reading: what copydesk writes it reads back; any text parses or is refused, never throws. */
class DatesPropertyTest {
    @Provide
    Arbitrary<Instant> instants() {
        // year 1 to 9999, to the second and to the nanosecond
        Arbitrary<Long> seconds = Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L);
        return Arbitraries.oneOf(seconds.map(Instant::ofEpochSecond),
                seconds.map(s -> Instant.ofEpochSecond(s - Math.floorMod(s, 86_400))),
                net.jqwik.api.Combinators.combine(seconds, Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond));
    }

    @Property(tries = 2000)
    void aFormattedDateParsesBack(@ForAll("instants") Instant date) {
        assertEquals(date, Dates.parse(Dates.format(date)));
    }

    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> parts = Arbitraries.of("2024", "-", "03", "12", "T", ":", "Z", "+05:30", " ", "Published:", "March", "Sept",
                "99999999999999999999", "-0", ".", "1e9", "\u0000", "\ud800", "٣", "EST", "am", "pm", ",");
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30), parts.list().ofMaxSize(12).map(l -> String.join("", l)));
    }

    @Property(tries = 3000)
    void anyTextParsesOrIsRefusedWithoutThrowing(@ForAll("dateLike") String text) {
        assertDoesNotThrow(() -> Dates.parse(text));
        assertDoesNotThrow(() -> Dates.find(text));
    }
}
