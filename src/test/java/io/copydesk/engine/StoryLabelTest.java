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
 * numbers, news words) or pairs of Chinese chars that straddle a heavier pair, and when the centroid has fewer
 * label words than asked for.
 */
class StoryLabelTest {
    private static final String[] WORDS = {"one", "news", "week", "2024", "7-2", "ferry", "strike", "harbour", "mayor", "rates", "bank",
        // pairs of ideographs ("rate", "ate-not", "central bank", "bank chief"), and a pair of Korean letters, which are not ideographs
        "\u5229\u7387", "\u7387\u4E0D", "\u592E\u884C", "\u884C\u957F", "\uD55C\uAD6D"};

    /**
     * Every term's word in weight order, the first k label words kept; a pair of ideographs that shares a char with
     * a pair of ideographs kept before it is not kept.
     */
    private static String reference(TfIdfModel model, TermVector centroid, int k) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        java.util.Set<Character> pairChars = new java.util.HashSet<>();
        for (int p : centroid.heaviestFirst()) {
            String word = model.surface(centroid.term(p));
            boolean pair = word.length() == 2 && word.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (!StoryLabel.isLabelWord(word) || kept.size() == k) continue;
            if (pair && (pairChars.contains(word.charAt(0)) || pairChars.contains(word.charAt(1)))) continue;
            kept.add(word);
            if (pair) { pairChars.add(word.charAt(0)); pairChars.add(word.charAt(1)); }
        }
        return String.join(" ", kept);
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

    @Test
    void aPairOfIdeographsSharingACharWithAHeavierPairIsLeftOut() {
        // "rate", "ate-not" (straddling "rate" and "unchanged"), "central bank", "unchanged": read off "利率不变"
        String[] words = {"\u5229\u7387", "\u7387\u4E0D", "\u592E\u884C", "\u4E0D\u53D8"};
        String[] terms = {"t0", "t1", "t2", "t3"};
        TfIdfModel model = new TfIdfModel(terms, words, new int[4], 1);
        TermVector centroid = InvertedIndexTestAccess.weighted(new int[] {0, 1, 2, 3}, new double[] {5, 4, 3, 2});
        assertEquals("\u5229\u7387 \u592E\u884C \u4E0D\u53D8", StoryLabel.of(model, centroid, 3));
        assertEquals("\u5229\u7387 \u592E\u884C \u4E0D\u53D8", StoryLabel.of(model, centroid, 5), "fewer words than asked: all there are");
    }
}
