package io.copydesk.generate;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTest {
    private final Lexicon lex = new Lexicon(42);

    @Test
    void aTwinKeepsTheKindAndMostNamesButNotTheFigures() {
        Rng rng = new Rng(3);
        for (int i = 0; i < 50; i++) {
            Event e = Event.create("e1", EventKind.random(rng), LocalDate.of(2024, 3, 1), lex, rng);
            Event twin = e.twin("e2", LocalDate.of(2024, 9, 1), lex, rng);
            assertEquals(e.kind(), twin.kind());
            assertArrayEquals(e.places(), twin.places());
            assertArrayEquals(e.orgs(), twin.orgs());
            long kept = Arrays.stream(twin.people()).filter(List.of(e.people())::contains).count();
            assertEquals(e.people().length - 1, kept, "all people but one");
            assertFalse(Arrays.equals(e.numbers(), twin.numbers()));
        }
    }
}
