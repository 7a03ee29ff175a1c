package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.opennlp.OpenNlpStemmer;
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

    @Test
    void theMemoGivesTheTermsAFreshFilterGives() {
        java.util.Random r = new java.util.Random(Long.getLong("copydesk.test.seed", 3));
        String[] pool = {"the", "meetings", "meeting", "2024", "s", "zürich", "running", "runs", "", "hollmark", "of", "us", "4.25"};
        // 200,000 look-ups: repeats hit the memo, and random words overflow it so that it starts over;
        // every 20th is checked against a fresh filter (an empty memo)
        for (int i = 0; i < 200_000; i++) {
            String token = r.nextInt(3) == 0 ? pool[r.nextInt(pool.length)] : randomWord(r);
            String term = filter.term(token);
            if (i % 20 == 0 || token.length() < 3) {
                assertEquals(new TermFilter(StopWords.english(), new OpenNlpStemmer()).term(token), term, token);
            }
        }
    }

    private static String randomWord(java.util.Random r) {
        char[] c = new char[1 + r.nextInt(9)];
        for (int i = 0; i < c.length; i++) c[i] = r.nextInt(12) == 0 ? (char) ('0' + r.nextInt(10)) : (char) ('a' + r.nextInt(26));
        return new String(c);
    }
}
