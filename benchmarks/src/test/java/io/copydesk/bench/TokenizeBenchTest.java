package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydesk.analysis.TokenList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizeBenchTest {
    private static TokenizeBench bench(String kind) {
        TokenizeBench b = new TokenizeBench();
        b.tokenizer = kind;
        b.setup();
        return b;
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "learnable"})
    void tokenizesAKnownSentenceIntoNormalizedWords(String kind) {
        TokenizeBench b = bench(kind);
        b.texts[0] = "x \u201CThe Mayor\u201D said 42 ferries were cancelled. y";
        b.starts[0] = 2;
        b.ends[0] = b.texts[0].length() - 2;
        assertEquals(List.of("the", "mayor", "said", "42", "ferries", "were", "cancelled"), terms(b.tokenizeOne(0)));
        assertEquals(3, b.tokenizeOne(0).start(0), "offsets point into the whole text, past the opening quote");
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "learnable"})
    void everyGeneratedBodyYieldsAboutOneTokenPerWord(String kind) {
        TokenizeBench b = bench(kind);
        for (int i = 0; i < TokenizeBench.ARTICLES; i++) {
            String body = b.texts[i].substring(b.starts[i], b.ends[i]);
            int words = body.split("\\s+").length;
            int tokens = b.tokenizeOne(i).size();
            assertTrue(tokens >= words * 0.9 && tokens <= words * 1.3, "article " + i + ": " + tokens + " tokens for " + words + " words");
            assertTrue(b.scan(i) > 0);
        }
    }

    private static List<String> terms(TokenList t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(t.term(i));
        return out;
    }
}
