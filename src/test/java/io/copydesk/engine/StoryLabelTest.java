package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Trials;
import io.copydesk.tfidf.InvertedIndexTestAccess;
import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryLabel} puts only a centroid's heaviest terms in order; its label must be the one
 * read off every term in weight order, also when most heavy terms are no label words (counts,
 * numbers, news words) and when the centroid has fewer label words than asked for.
 */
class StoryLabelTest {
    private static final String[] WORDS = {"one", "news", "week", "2024", "7-2", "ferry", "strike", "harbour", "mayor", "rates", "bank"};

    /** Every term's word in weight order, the first k label words kept. */
    private static String reference(TfIdfModel model, TermVector centroid, int k) {
        StringBuilder sb = new StringBuilder();
        int taken = 0;
        for (int p : centroid.heaviestFirst()) {
            String word = model.surface(centroid.term(p));
            if (StoryLabel.isLabelWord(word) && taken < k) {
                if (taken++ > 0) sb.append(' ');
                sb.append(word);
            }
        }
        return sb.toString();
    }

    @Test
    void theLabelOfTheHeaviestTermsIsTheLabelOfAllTermsInOrder() {
        Trials.run("story-label", 500, r -> r.nextLong(), seed -> {
            java.util.Random r = new java.util.Random(seed);
            int vocabulary = 1 + r.nextInt(300);
            String[] terms = new String[vocabulary], surface = new String[vocabulary];
            boolean fewLabels = r.nextInt(3) == 0;
            for (int t = 0; t < vocabulary; t++) {
                terms[t] = String.format("t%04d", t);
                surface[t] = fewLabels && r.nextInt(10) > 0 ? WORDS[r.nextInt(4)] : WORDS[r.nextInt(WORDS.length)] + (r.nextBoolean() ? "" : t);
            }
            TfIdfModel model = new TfIdfModel(terms, surface, new int[vocabulary], 1);
            int n = r.nextInt(vocabulary + 1);
            java.util.List<Integer> all = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, vocabulary).boxed().toList());
            java.util.Collections.shuffle(all, r);
            int[] ids = all.subList(0, n).stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) weights[i] = 1 + r.nextInt(8); // ties
            TermVector centroid = InvertedIndexTestAccess.weighted(ids, weights);
            int k = 1 + r.nextInt(6);
            assertEquals(reference(model, centroid, k), StoryLabel.of(model, centroid, k), "seed " + seed);
        });
    }
}
