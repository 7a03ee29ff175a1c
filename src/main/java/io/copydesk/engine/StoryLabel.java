package io.copydesk.engine;

import io.copydesk.tfidf.TermVector;
import io.copydesk.tfidf.TfIdfModel;
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
     * many of them are no label words.
     */
    static String of(TfIdfModel model, TermVector centroid, int k) {
        for (int m = Math.min(4 * k, centroid.size()); ; m = Math.min(2 * m, centroid.size())) {
            int[] order = centroid.heaviestFirst(m);
            StringBuilder sb = new StringBuilder();
            int taken = 0;
            for (int i = 0; i < order.length && taken < k; i++) {
                String word = model.surface(centroid.term(order[i]));
                if (!isLabelWord(word)) continue;
                if (taken++ > 0) sb.append(' ');
                sb.append(word);
            }
            if (taken == k || m == centroid.size()) return sb.toString();
        }
    }
}
