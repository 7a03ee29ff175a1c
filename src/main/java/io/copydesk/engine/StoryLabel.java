package io.copydesk.engine;

import io.copydesk.analysis.Ideographs;
import io.copydesk.internal.Chars;
import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A story's label: the heaviest words of its centroid that say what it is about. */
final class StoryLabel {
    private StoryLabel() {}

    /**
     * Words that tell no story apart, left out of labels (they still count for similarity): counts,
     * and the time and novelty words every news story uses.
     */
    private static final Set<String> NOT_LABELS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "first", "second",
            "third", "new", "week", "weeks", "year", "years", "day", "days", "month", "months", "time", "times", "today", "yesterday",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "news", "report", "reports", "reported",
            "people", "according", "including", "latest", "last", "next");

    static boolean isLabelWord(String word) {
        if (NOT_LABELS.contains(word)) return false;
        for (int i = 0; i < word.length(); i++) if (Character.isLetter(word.charAt(i))) return true;
        return false; // a number
    }

    /**
     * The {@code k} heaviest terms of a centroid that say what the story is about, as readable words.
     * Only the heaviest few terms are put in order (a centroid can hold thousands); more when too
     * many of them are no label words or {@link #straddles straddle} two.
     */
    static String of(TfIdfModel model, TermVector centroid, int k) {
        for (int m = Math.min(4 * k, centroid.size()); ; m = Math.min(2 * m, centroid.size())) {
            int[] order = centroid.heaviestFirst(m);
            List<String> taken = new ArrayList<>(k);
            for (int i = 0; i < order.length && taken.size() < k; i++) {
                String word = model.surface(centroid.term(order[i]));
                if (isLabelWord(word) && !straddles(word, taken)) taken.add(word);
            }
            if (taken.size() == k || m == centroid.size()) return String.join(" ", taken);
        }
    }

    /**
     * Whether {@code word} is a pair of ideographs (Chinese and Japanese are indexed by pairs of chars,
     * {@link Ideographs}) sharing a char with a pair already taken: of "利率" (rate) and "率不", both read off
     * "利率不变", the heavier is most often the word and the other straddles two words.
     */
    static boolean straddles(String word, List<String> taken) {
        if (!isPair(word)) return false;
        for (String t : taken) if (isPair(t) && (t.indexOf(word.charAt(0)) >= 0 || t.indexOf(word.charAt(1)) >= 0)) return true;
        return false;
    }

    private static boolean isPair(String w) {
        return w.length() == 2 && Chars.isIdeographic(w.charAt(0)) && Chars.isIdeographic(w.charAt(1));
    }
}
