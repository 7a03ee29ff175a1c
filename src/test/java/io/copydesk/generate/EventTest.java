package io.copydesk.generate;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTest {
    private final Lexicon lex = new Lexicon(42);

    @Test
    void aTwinIsTheSameKindWithOtherNamesAndFigures() {
        Rng rng = new Rng(3);
        for (int i = 0; i < 50; i++) {
            Event e = Event.create("e1", EventKind.random(rng), LocalDate.of(2024, 3, 1), lex, rng);
            Event twin = e.twin("e2", LocalDate.of(2024, 9, 1), lex, rng);
            assertEquals(e.kind(), twin.kind());
            assertEquals("e2", twin.storyline(), "a twin is a storyline of its own");
            assertFalse(Arrays.equals(e.places(), twin.places()), "other places");
            assertFalse(Arrays.equals(e.people(), twin.people()), "other people");
            assertFalse(Arrays.equals(e.storyWords(), twin.storyWords()));
            assertFalse(Arrays.equals(e.numbers(), twin.numbers()));
        }
    }

    @Test
    void aFollowUpKeepsEveryNameAndTheStoryline() {
        Rng rng = new Rng(4);
        for (int i = 0; i < 50; i++) {
            Event e = Event.create("e1", EventKind.random(rng), LocalDate.of(2024, 3, 1), lex, rng);
            Event next = e.followUp("e2", LocalDate.of(2024, 7, 1), lex, rng);
            assertEquals("e1", next.storyline());
            assertArrayEquals(e.people(), next.people());
            assertArrayEquals(e.places(), next.places());
            assertArrayEquals(e.orgs(), next.orgs());
        }
    }
}
