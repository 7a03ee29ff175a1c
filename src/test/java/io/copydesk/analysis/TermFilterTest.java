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
}
