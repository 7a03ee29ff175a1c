package io.copydesk.testing;

import io.copydesk.document.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Duplicate pairs whose candidates the bands and anchors alone find by chance only: short texts at the Jaccard
 * threshold ({@link #atHalf}) and briefs inside longer articles ({@link #briefs}). Words are random letters, every
 * one distinct, so no pair shares a shingle but the ones built in.
 */
public final class ShortPairs {
    private ShortPairs() {}

    /**
     * {@code pairs} pairs of short texts at Jaccard similarity exactly 1/2 with 4-word shingles, ids {@code p<i>a} and
     * {@code p<i>b} side by side: a shared run of {@code a} words, then {@code b} and {@code c} words of each side's
     * own, {@code b + c = a - 3}. The shared shingles are the {@code a - 3} inside the run, and the two sides' own
     * shingles are as many together. At the threshold this exactly, the bands alone miss some (15 of the 1,500 pairs
     * of seed 41 at 42 x 3).
     */
    public static List<Article> atHalf(long seed, int pairs) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>(2 * pairs);
        for (int i = 0; i < pairs; i++) {
            int a = 5 + r.nextInt(10), b = r.nextInt(a - 2), c = a - 3 - b;
            String shared = words(r, a);
            out.add(new Article("p" + i + "a", null, join(shared, words(r, b)), null, null, null));
            out.add(new Article("p" + i + "b", null, join(shared, words(r, c)), null, null, null));
        }
        return out;
    }

    /**
     * {@code pairs} articles of 300 words, ids {@code l<i>}, each followed by a brief, {@code b<i>}: a run of 20 to 59 of
     * its words, so every brief is contained in its article whole, at a Jaccard similarity far under any threshold.
     * Anchors alone miss some (a brief of 17 to 56 shingles holds two anchors by chance only).
     */
    public static List<Article> briefs(long seed, int pairs) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>(2 * pairs);
        for (int i = 0; i < pairs; i++) {
            String[] words = words(r, 300).split(" ");
            int length = 20 + r.nextInt(40), start = r.nextInt(words.length - length);
            out.add(new Article("l" + i, null, String.join(" ", words), null, null, null));
            out.add(new Article("b" + i, null, String.join(" ", java.util.Arrays.copyOfRange(words, start, start + length)), null, null, null));
        }
        return out;
    }

    private static String join(String run, String own) {
        return own.isEmpty() ? run : run + " " + own;
    }

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(' ');
            for (int k = 0; k < 7; k++) sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }
}
