package io.copydesk.generate;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProseTest {
    private final Lexicon lex = new Lexicon(42);
    private final Prose prose = new Prose(lex);
    private final Rng rng = new Rng(7);
    private final Event event = Event.create("e1", EventKind.EARTHQUAKE, LocalDate.of(2024, 5, 1), lex, rng);

    @Test
    void storiesHaveThreeToEightParagraphsOfTwoToFiveSentencesOfEightToThirtyWords() {
        for (int s = 0; s < 200; s++) {
            Story story = prose.story(event, rng);
            String[] paragraphs = story.body().split("\n");
            assertTrue(paragraphs.length >= 3 && paragraphs.length <= 8, story.body());
            int start = 0;
            for (int i = 0; i < story.sentences(); i++) {
                String sentence = story.body().substring(start, story.sentenceEnds()[i]).strip();
                int words = sentence.split(" ").length;
                assertTrue(words >= 8 && words <= 30, words + " words: " + sentence);
                assertFalse(Character.isLowerCase(sentence.charAt(sentence.charAt(0) == '"' ? 1 : 0)), sentence);
                start = story.sentenceEnds()[i];
            }
            assertEquals(story.body().length(), story.sentenceEnds()[story.sentences() - 1]);
        }
    }

    @Test
    void wordFrequenciesFallOffLikeZipf() {
        Map<String, Integer> counts = new HashMap<>();
        for (int s = 0; s < 300; s++) {
            for (String w : prose.story(event, rng).body().split("[ \n]")) counts.merge(w, 1, Integer::sum);
        }
        int[] sorted = counts.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        int top = sorted[sorted.length - 1];
        int tenth = sorted[sorted.length - 10];
        int hundredth = sorted[sorted.length - 100];
        assertTrue(counts.get("the") == top, "'the' is the most frequent word");
        assertTrue(top > 3 * tenth && tenth > 3 * hundredth, top + " / " + tenth + " / " + hundredth);
        assertTrue(counts.size() > 3000, "vocabulary of " + counts.size());
    }

    @Test
    void articlesAboutOneEventShareItsNamesAndFigures() {
        String a = prose.story(event, rng).body() + prose.story(event, rng).body();
        long names = java.util.Arrays.stream(event.surnames()).filter(a::contains).count();
        assertTrue(names >= 1, "two articles mention the event's people");
        assertTrue(java.util.Arrays.stream(event.numbers()).anyMatch(a::contains), "and its figures");
    }
}
