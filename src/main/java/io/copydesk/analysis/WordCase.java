package io.copydesk.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * How a word is written where it stands in a text, as evidence of whether its term is a name: a
 * word written with a capital inside a sentence ("fire in Brenmoor") or with a capital inside the
 * word ("iPhone", "eBay", anywhere) votes for a name, one written in lower case ("a chemical fire")
 * for a common word. These tell nothing: a capital at the start of a sentence (unless the next word
 * has one too: "Glamis Gold said" opens many a report with a name), a word in capitals among others
 * in capitals (a line shouted in capitals; an acronym among words in lower case counts: "talks at
 * NATO"), a word of a script without case, a number, and the names of days (also in the plural) and
 * months (capitalized in English, yet shared by any two events). Summed over a collection, the votes
 * say which terms are names, which a storyline's events must share ({@code cluster.StorylineLinkage}).
 */
public final class WordCase {
    private WordCase() {}

    /** English days and months, and their short forms: written with a capital, but no name of one story. */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /**
     * The vote of the word {@code text[start, end)}: 1 written as a name, -1 as a common word, 0 no
     * evidence (see the class comment).
     */
    public static int vote(String text, int start, int end) {
        char c = text.charAt(start);
        int first = text.codePointAt(start);
        if (c >= 'a' && c <= 'z' || Character.isLowerCase(first)) return innerCapital(text, start, end) ? 1 : -1;
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) return 0;
        if (allCapitals(text, start, end) && !lowerCaseNearby(text, start, end) || calendar(text, start, end)) return 0;
        return !startsSentence(text, start) || nextIsCapitalized(text, end) ? 1 : 0;
    }

    /** Whether a word that starts in lower case has a capital further on. */
    private static boolean innerCapital(String text, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') continue; // most chars of most words
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) return true;
        }
        return false;
    }

    /** Whether the word has two letters or more, none of them in lower case. */
    private static boolean allCapitals(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (Character.isLowerCase(cp)) return false;
            if (Character.isLetter(cp)) letters++;
            i += Character.charCount(cp);
        }
        return letters >= 2;
    }

    /**
     * Whether a word at {@code start} may open a sentence: what comes before it, past spaces, quotes
     * and opening brackets, is the start of the text or of a line, or anything but a letter, a digit
     * or a comma (a full stop, a colon, a dash, a bullet): a capital there is no evidence. A quote
     * written against the word after a comma opens a quoted sentence (officials said, "Firefighters
     * arrived late"); one written against the comma closes one ("We are ready," Smith said).
     */
    static boolean startsSentence(String text, int start) {
        boolean quoted = false, spaced = false;
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                spaced = true;
                continue;
            }
            if (c == '(' || c == '[') continue;
            if (c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u00AB' || c == '\u00BB') {
                quoted |= !spaced;
                continue;
            }
            return c == ',' ? quoted : !Character.isLetterOrDigit(c);
        }
        return true;
    }

    /** Chars on each side of an all-capitals word searched for a letter in lower case ({@link #lowerCaseNearby}). */
    static final int NEARBY = 30;

    /** Whether a letter in lower case stands within {@link #NEARBY} chars of the word on its line (by char, as Character.isLowerCase(char) says). */
    static boolean lowerCaseNearby(String text, int start, int end) {
        for (int i = start - 1; i >= Math.max(0, start - NEARBY) && text.charAt(i) != '\n'; i--) if (Character.isLowerCase(text.charAt(i))) return true;
        for (int i = end; i < Math.min(text.length(), end + NEARBY) && text.charAt(i) != '\n'; i++) if (Character.isLowerCase(text.charAt(i))) return true;
        return false;
    }

    /** Whether the word after {@code end}, past spaces on its line, starts with a capital. */
    static boolean nextIsCapitalized(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) i++;
        if (i == end || i >= text.length()) return false;
        int cp = text.codePointAt(i);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /**
     * Whether the word is a day or a month, or days in the plural ("on Tuesdays": its term is the day's, and one
     * such word in a collection that never writes the day in lower case would make the day a name).
     */
    private static boolean calendar(String text, int start, int end) {
        int n = end - start;
        if (n < 3 || n > 10) return false;
        String w = text.substring(start, end).toLowerCase(Locale.ROOT);
        return CALENDAR.contains(w) || w.endsWith("days") && CALENDAR.contains(w.substring(0, w.length() - 1));
    }
}
