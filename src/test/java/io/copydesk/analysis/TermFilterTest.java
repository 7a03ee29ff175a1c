package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.opennlp.OpenNlpStemmer;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermFilterTest {
    private final TermFilter filter = new TermFilter(StopWords.english(), new OpenNlpStemmer());

    @Test
    void dropsStopWordsAndStrayLetters() {
        for (String w : new String[] {"the", "of", "would", "said", "s", "t"}) assertNull(filter.term(w), w);
        assertTrue(StopWords.english().size() > 250);
    }

    @Test
    void stemsWordsButKeepsNumbersAndNames() {
        assertEquals(filter.term("meetings"), filter.term("meeting"));
        assertEquals("2024", filter.term("2024"));
        assertEquals("4.25", filter.term("4.25"));
        assertEquals("us", filter.term("us"), "US is a name, not a stop word");
        assertNotNull(filter.term("hollmark"));
        assertEquals("zürich", filter.term("zürich"), "non-ASCII words are not Porter-stemmed");
    }

    /**
     * A term {@link TermFilter#isOnlyTokenOf} its token comes from no other token: over words, their stems written
     * out, numbers and words of other scripts, every term is given by one token or is a stem that is not the token;
     * with Porter's stemmer and with one that returns a word it leaves as it is as the same object.
     */
    @Test
    void aTermOnlyItsTokenGivesComesFromNoOtherToken() {
        onlyTokens(filter);
        onlyTokens(new TermFilter(StopWords.english(), w -> w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w));
    }

    private static void onlyTokens(TermFilter filter) {
        Random r = new Random(Trials.SEED);
        Map<String, String> only = new HashMap<>(), tokenOf = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            String token = switch (r.nextInt(5)) {
                case 0 -> Texts.letters(r, 9).toLowerCase(java.util.Locale.ROOT);
                case 1 -> { // a stem written as a token of its own
                    String stem = filter.term(Texts.letters(r, 9).toLowerCase(java.util.Locale.ROOT));
                    yield stem == null ? "x" : stem;
                }
                case 2 -> Integer.toString(r.nextInt(100_000));
                case 3 -> Texts.anyChars(r, 4);
                default -> Texts.letters(r, 5).toLowerCase(java.util.Locale.ROOT) + r.nextInt(10);
            };
            String given = new String(token); // as a reading thread's own object
            String term = filter.term(given);
            if (term == null) continue;
            if (TermFilter.isOnlyTokenOf(term, given)) only.put(term, token);
            String before = tokenOf.putIfAbsent(term, token);
            if (before != null && !before.equals(token)) {
                assertFalse(only.containsKey(term), term + " from " + before + " and " + token);
            }
        }
        assertTrue(only.size() > 10_000, "terms only their token gives: " + only.size());
    }

    /** A stemmer whose stem is not all of a-z (not Porter's) is not taken: the word is kept whole, so a stem stays a-z. */
    @Test
    void aStemThatIsNotAllLowerCaseLettersIsNotTaken() {
        TermFilter odd = new TermFilter(StopWords.english(), w -> w + "1");
        assertEquals("meetings", odd.term("meetings"));
        assertEquals("meetings", new TermFilter(StopWords.english(), w -> "").term("meetings"));
        assertEquals("meet", filter.term("meetings"));
    }
}
