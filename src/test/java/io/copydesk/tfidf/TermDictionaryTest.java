package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.fingerprint.ArticleTerms;
import io.copydesk.testing.Trials;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TermDictionary} counts terms and their words in one table per thread: whatever the
 * threads, the order of the counts and whether a term or word comes as the same string object or an
 * equal one (a word as the very object of its term, too), the frozen vocabulary is that of a plain
 * map of every (term, word) count: the terms in lexical order, and each term's word the most
 * counted, ties to {@link ArticleTerms#better}.
 */
class TermDictionaryTest {
    private record Count(String term, String word, int n) {}

    /**
     * Counts whose terms and words come from small pools (words alternate and tie), some as fresh copies of the
     * string, some words the term's own object (as a term that is its own word comes from the reading threads).
     */
    private static List<Count> counts(Random r) {
        int terms = 1 + r.nextInt(r.nextInt(8) == 0 ? 5000 : 60);
        List<Count> out = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3000); i < n; i++) {
            String term = "t" + r.nextInt(terms);
            String word = term + "abc".substring(0, r.nextInt(4)) + (r.nextInt(6) == 0 ? "x" : "");
            if (r.nextInt(4) == 0) word = term;
            String counted = r.nextBoolean() ? term : new String(term);
            out.add(new Count(counted, r.nextInt(3) == 0 && word == term ? counted : r.nextBoolean() ? word : new String(word), r.nextInt(5) == 0 ? 2 : 1));
        }
        return out;
    }

    private static TermDictionary.Frozen reference(List<Count> counts) {
        Map<String, Map<String, Long>> words = new HashMap<>();
        for (Count c : counts) words.computeIfAbsent(c.term(), t -> new HashMap<>()).merge(c.word(), (long) c.n(), Long::sum);
        String[] terms = words.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        String[] surface = new String[terms.length];
        for (int k = 0; k < terms.length; k++) {
            String best = null;
            long most = -1;
            for (var e : words.get(terms[k]).entrySet()) {
                if (e.getValue() > most || e.getValue() == most && ArticleTerms.better(e.getKey(), best).equals(e.getKey())) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            surface[k] = best;
        }
        return new TermDictionary.Frozen(terms, surface, null);
    }

    @Test
    void freezesTheVocabularyOfAPlainMapOnAnyNumberOfThreads() {
        Trials.run("term-dictionary", 300, TermDictionaryTest::counts, counts -> {
            TermDictionary.Frozen expected = reference(counts);
            for (int threads = 1; threads <= 3; threads++) {
                TermDictionary d = new TermDictionary();
                int[][] ids = new int[threads][];
                List<Thread> running = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int from = counts.size() * t / threads, to = counts.size() * (t + 1) / threads, me = t;
                    running.add(Thread.ofPlatform().start(() -> {
                        ids[me] = new int[to - from];
                        for (int i = from; i < to; i++) ids[me][i - from] = d.count(counts.get(i).term(), counts.get(i).word(), counts.get(i).n());
                    }));
                }
                for (Thread t : running) assertDoesNotThrow(() -> t.join());
                TermDictionary.Frozen f = d.freeze(threads); // frozen on as many threads as counted
                assertArrayEquals(expected.terms(), f.terms(), threads + " threads");
                assertArrayEquals(expected.surface(), f.surface(), threads + " threads");
                for (int t = 0; t < threads; t++) {
                    int from = counts.size() * t / threads;
                    for (int i = 0; i < ids[t].length; i++) {
                        assertEquals(counts.get(from + i).term(), f.terms()[f.remap()[ids[t][i]]], "the id counted is the term's");
                    }
                }
            }
        });
    }
}
