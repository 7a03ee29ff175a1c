package io.copydesk.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds "Read more" style link lists: a cue line followed by short headline-like lines, or a run
 * of at least {@link #MIN_BARE_RUN} headline-like lines without a cue.
 */
final class LinkLists {
    private static final Pattern CUE = Pattern.compile(
            "^(read more|read also|also read|more to read|related|related (stories|articles|news|coverage|content|links)|"
            + "editor'?s'? (choice|picks?)|more from\\b.*|more stories|more news|recommended( for you| stories)?|"
            + "trending( now| stories)?|you may also like|you might also like|most (read|popular|viewed)|popular( now| stories)?|"
            + "see also|latest( news| stories)?|top stories|what to read next|don't miss|must read|in case you missed it)"
            + "\\s*[:\\-\u2013\u2014|>]*$");
    private static final Pattern CUE_WITH_LINK = Pattern.compile(
            "^(read more|read also|also read|related|see also|more|recommended|watch|listen)\\s*[:\\-\u2013\u2014|>]\\s*\\S.*");
    static final int MIN_BARE_RUN = 3;
    private static final String BULLETS = "\u2022\u00B7\u25AA\u25B8\u25BA\u2013\u2014-*>\u203A\u00BB0123456789.) \t";
    private static final int MAX_HEADLINE_WORDS = 18;

    private LinkLists() {}

    /** Sets {@code reasons[i] = "link list"} for every line in a link list. */
    static void mark(List<PageLine> lines, String[] reasons) {
        int i = 0;
        while (i < lines.size()) {
            PageLine l = lines.get(i);
            if (isCue(l)) {
                reasons[i] = "link list";
                int j = i + 1;
                while (j < lines.size() && isHeadlineLike(lines.get(j)) && !isCue(lines.get(j))) reasons[j++] = "link list";
                i = j;
                continue;
            }
            if (l.words() <= MAX_HEADLINE_WORDS + 3 && "rslmwa".indexOf(l.lower().charAt(0)) >= 0
                    && CUE_WITH_LINK.matcher(l.lower()).matches()) {
                reasons[i++] = "link list";
                continue;
            }
            int j = i;
            while (j < lines.size() && isHeadlineLike(lines.get(j)) && startsLikeHeadline(lines.get(j)) && !isCue(lines.get(j))) j++;
            if (j - i >= MIN_BARE_RUN && i > 0) { // the page's first line is the title, never a list
                for (int k = i; k < j; k++) reasons[k] = "link list";
                i = j;
            } else {
                i++;
            }
        }
    }

    static boolean isCue(PageLine l) {
        return l.words() <= 6 && CUE.matcher(l.lower()).matches();
    }

    /** A linked headline starts with a capital, a digit or a quote. */
    static boolean startsLikeHeadline(PageLine l) {
        String s = l.original();
        int i = 0;
        while (i < s.length() - 1 && BULLETS.indexOf(s.charAt(i)) >= 0) i++; // "• ", "– ", "> ", "1. "
        char c = s.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '\u201C' || c == '\u2018';
    }

    /** Short, no sentence-ending punctuation: the shape of a linked headline. */
    static boolean isHeadlineLike(PageLine l) {
        if (l.words() < 2 || l.words() > MAX_HEADLINE_WORDS) return false;
        String s = l.original();
        char last = s.charAt(s.length() - 1);
        return last != '.' && last != '!' && last != ':' && last != ';' && last != ',' && last != '"' && last != '\u201D';
    }
}
