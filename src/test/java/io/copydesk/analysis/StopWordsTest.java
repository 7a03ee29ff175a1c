package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every word of every list, written in a text, is one token that the list knows: a word the tokenizer cuts or normalizes otherwise would be dead. */
class StopWordsTest {
    private static List<String> listed(String language) throws IOException {
        List<String> words = new ArrayList<>();
        try (InputStream in = StopWords.class.getResourceAsStream("stopwords-" + language + ".txt")) {
            assertNotNull(in, language);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) words.add(w);
            }
        }
        return words;
    }

    @Test
    void everyListedWordIsATokenItsListKnows() throws IOException {
        OpenNlpTokenizer tokenizer = new OpenNlpTokenizer(TokenizerKind.simple);
        List<String> dead = new ArrayList<>();
        for (int l = 0; l < StopWords.OTHER_LANGUAGES.size(); l++) {
            String language = StopWords.OTHER_LANGUAGES.get(l);
            List<String> words = listed(language);
            assertTrue(words.size() >= 50, language + ": " + words.size());
            for (String w : words) {
                String text = "Xx " + w + " xx";
                TokenList tokens = new TokenList();
                tokenizer.tokenize(text, 0, text.length(), tokens);
                if (tokens.size() != 3 || (StopWords.languagesOf(tokens.term(1)) >>> l & 1) == 0) dead.add(language + ":" + w);
            }
        }
        assertEquals(List.of(), dead);
    }
}
