package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.opennlp.OpenNlpStemmer;
import io.copydesk.testing.Trials;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TermLookup} memoizes {@link TermFilter} by the token's hash: whether a token is a
 * range of the text (ASCII) or a string, and whether the memo is fresh, full or started over, it
 * gives the term a fresh filter gives the token's string, and equal tokens get equal numbers, as
 * do the tokens of one term (those numbered without the table of terms too).
 */
class TermLookupTest {
    private static TermFilter filter() {
        return new TermFilter(StopWords.english(), new OpenNlpStemmer());
    }

    private static String randomWord(Random r) {
        char[] c = new char[1 + r.nextInt(9)];
        for (int i = 0; i < c.length; i++) {
            int k = r.nextInt(30);
            c[i] = k == 0 ? (char) ('0' + r.nextInt(10)) : k == 1 ? '\u00FC' : k < 4 ? (char) ('A' + r.nextInt(26)) : (char) ('a' + r.nextInt(26));
        }
        return new String(c);
    }

    @Test
    void givesTheTermsAFreshFilterGivesThroughOverflowAndStartingOver() {
        Random r = new Random(Trials.SEED);
        TermLookup lookup = new TermLookup(filter());
        TermFilter fresh = filter();
        String[] pool = {"The", "the", "meetings", "Meeting", "meet", "2024", "s", "Z\u00FCrich", "running", "RUNS", "run", "hollmark",
            "of", "US", "4.25", "\u4E2D\u56FD"};
        int startedOver = 0;
        for (int text = 0; text < 400; text++) {
            TokenList tokens = new TokenList();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 500; i++) sb.append(r.nextInt(3) == 0 ? pool[r.nextInt(pool.length)] : randomWord(r)).append(' ');
            String s = sb.toString();
            new io.copydesk.analysis.opennlp.OpenNlpTokenizer(TokenizerKind.simple).tokenize(s, 0, s.length(), tokens);
            Map<String, Integer> numbers = new HashMap<>(), termNumbers = new HashMap<>();
            long[] hashes = tokens.hashes(Trials.SEED);
            for (int i = 0; i < tokens.size(); i++) {
                long entry = lookup.entry(tokens, i, hashes[i]);
                int token = TermLookup.tokenOf(entry);
                String word = tokens.term(i);
                assertEquals(word, lookup.word(token), "seed " + Trials.SEED);
                String term = fresh.term(word);
                int n = TermLookup.termOf(entry);
                assertEquals(term, n < 0 ? null : lookup.term(n), word + ", seed " + Trials.SEED);
                assertTrue(n < lookup.terms());
                if (n >= 0) {
                    assertEquals(TermLookup.prefix(term), lookup.termPrefix(n), term);
                    assertEquals(n, termNumbers.computeIfAbsent(term, t -> n), "one number per term within a text: " + term + " of " + word);
                }
                assertEquals(token, numbers.computeIfAbsent(word, w -> token), "one number per token within a text: " + word);
            }
            int before = lookup.terms();
            lookup.startOverIfFull();
            if (lookup.terms() < before) startedOver++;
        }
        assertTrue(startedOver > 0, "200,000 random tokens overflow the memo");
    }
}
