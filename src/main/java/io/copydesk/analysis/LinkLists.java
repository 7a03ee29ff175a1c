package io.copydesk.analysis;

import io.copydesk.internal.CharTable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "Read more" style link lists: a cue line ("Read more", "Editor's Choice", "Before you go",
 * ...) followed by items that never end a sentence (headlines, headlines printed twice on one line,
 * long teasers), or without a cue a run of at least {@link #MIN_BARE_RUN} headline-like lines, or of
 * two title-case or doubled ones. Also inline cues: {@code Also Read | Some headline}.
 */
final class LinkLists {
    /** The cues in Spanish, Portuguese, French, Italian, German, Russian, Chinese, Japanese and Korean. */
    static final String OTHER_LANGUAGES = String.join("|",
            "lea también", "lee también", "leer más", "le puede interesar", "te puede interesar", "noticias relacionadas",
            "leia também", "leia mais", "veja também", "saiba mais",
            "lire aussi", "à lire aussi", "à lire également", "voir aussi", "lire la suite", "sur le même sujet",
            "leggi anche", "potrebbe interessarti", "ti potrebbe interessare",
            "lesen sie auch", "mehr zum thema", "auch interessant", "das könnte sie auch interessieren",
            "читайте также", "смотрите также", "по теме",
            "相关阅读", "相关新闻", "相关报道", "相关文章", "延伸阅读", "推荐阅读", "热门推荐", "猜你喜欢", "相關閱讀", "相關新聞", "延伸閱讀",
            "推薦閱讀", "関連記事", "関連ニュース", "あわせて読みたい", "おすすめ記事", "관련기사", "관련 기사");
    private static final Pattern CUE = Pattern.compile(
            "^(read more|read also|also read|more to read|read next|up next|related|related (stories|articles|news|coverage|content|links|topics)|"
            + "editor'?s'? (choice|picks?)|more from\\b.*|more (stories|news|on this( story| topic)?|like this|in [\\p{L} ]{2,20})|"
            + "recommended( for you| stories| reading)?|trending( now| stories| news)?|you may (also )?like|you might (also )?like|"
            + "most (read|popular|viewed|shared|watched)|popular( now| stories| on [\\p{L} ]{2,20})?|top (content|stories|news|picks)|"
            + "see also|further reading|latest( news| stories| videos?)?|what to read next|don't miss|must read|in case you missed it|"
            + "before you go|explore more|in other news|from around the web|sponsored (stories|content)|promoted (stories|content)|"
            + "watch more|more videos|tags|topics|filed under|" + OTHER_LANGUAGES + ")"
            + "\\s*[:\\-\u2013\u2014|>\uFF1A]*$");
    private static final Pattern CUE_WITH_LINK = Pattern.compile(
            "^(read more|read also|also read|read|related|see also|more|recommended|watch|listen|tags|topics|also see|also watch|"
            + "don't miss|must read|read next)\\s*[:\\-\u2013\u2014|>]\\s*\\S.*");
    // each thread's matchers, reset for each line: a matcher made a line was a twentieth of what reading 100k
    // generated articles allocated (CUE's many groups)
    private static final ThreadLocal<Matcher> CUE_MATCHERS = ThreadLocal.withInitial(() -> CUE.matcher(""));
    private static final ThreadLocal<Matcher> CUE_WITH_LINK_MATCHERS = ThreadLocal.withInitial(() -> CUE_WITH_LINK.matcher(""));
    static final int MIN_BARE_RUN = 3;
    private static final String BULLETS = "\u2022\u00B7\u25AA\u25B8\u25BA\u2013\u2014-*>\u203A\u00BB0123456789.) \t";
    private static final int MAX_HEADLINE_WORDS = 18;
    /** After a cue, items may be longer than a headline (a headline and its standfirst on one line). */
    private static final int MAX_ITEM_WORDS = 40;

    private LinkLists() {}

    /** Sets {@code reasons[i] = "link list"} for every line in a link list that has no reason yet. */
    static void mark(List<PageLine> lines, String[] reasons) {
        int n = lines.size();
        boolean[] cue = new boolean[n]; // asked up to three times a line below
        for (int i = 0; i < n; i++) cue[i] = isCue(lines.get(i));
        int i = 0;
        while (i < n) {
            PageLine l = lines.get(i);
            if (cue[i]) {
                set(reasons, i);
                int j = i + 1;
                while (j < n && isListItem(lines.get(j)) && !cue[j]) set(reasons, j++);
                i = j;
                continue;
            }
            if (l.words() <= MAX_HEADLINE_WORDS + 3 && isCueWithLink(l)) {
                set(reasons, i++);
                continue;
            }
            int j = i;
            while (j < n && isBareItem(lines.get(j)) && !cue[j]) j++;
            // three headline-like lines in a row, or two that are title case or printed twice (asked of a pair only);
            // the page's first line is the title, never a list
            if (i > 0 && (j - i >= MIN_BARE_RUN || (j - i == 2 && isShaped(lines.get(i)) && isShaped(lines.get(i + 1))))) {
                for (int k = i; k < j; k++) set(reasons, k);
                i = j;
            } else {
                i++;
            }
        }
    }

    /** Title case or printed twice: two such lines in a row are a list. */
    private static boolean isShaped(PageLine l) {
        return l.doubled() || isTitleCase(l);
    }

    private static void set(String[] reasons, int i) {
        if (reasons[i] == null) reasons[i] = "link list";
    }

    static boolean isCue(PageLine l) {
        return l.words() <= 6 && CUE_STARTS.mayStart(l.text(), l.start(), l.end()) && CUE_MATCHERS.get().reset(l.lower()).matches();
    }

    /** An inline cue and its link ({@link #CUE_WITH_LINK}). */
    static boolean isCueWithLink(PageLine l) {
        return CUE_WITH_LINK_STARTS.mayStart(l.text(), l.start(), l.end()) && CUE_WITH_LINK_MATCHERS.get().reset(l.lower()).matches();
    }

    /** What every {@link #CUE} phrase starts with. */
    private static final LineStarts CUE_STARTS = LineStarts.allOf(OTHER_LANGUAGES, "read ", "also read", "more ", "up next", "related", "editor",
            "recommended", "trending", "you may", "you might", "most ", "popular", "top ", "see also", "further reading", "latest",
            "what to read next", "don't miss", "must read", "in case you missed it", "before you go", "explore more", "in other news",
            "from around the web", "sponsored ", "promoted ", "watch more", "tags", "topics", "filed under",
            // those of OTHER_LANGUAGES that start in ASCII, up to their first char beyond it (there the answer is yes; allOf adds the others)
            "lea ", "lee ", "leer ", "le puede", "te puede", "noticias relacionadas", "leia ", "veja ", "saiba ", "lire ", "voir ",
            "sur le ", "leggi ", "potrebbe ", "ti potrebbe", "lesen ", "mehr ", "auch ", "das k");
    /** What every {@link #CUE_WITH_LINK} phrase starts with. */
    private static final LineStarts CUE_WITH_LINK_STARTS = LineStarts.allOf("", "read", "also ", "related", "see also", "more",
            "recommended", "watch", "listen", "tags", "topics", "don't miss", "must read");

    /** A linked headline starts with a capital, a digit or a quote. */
    static boolean startsLikeHeadline(PageLine l) {
        String s = l.text(); // the line is s[l.start(), l.end()), read in place
        int i = l.start();
        while (i < l.end() - 1 && BULLETS.indexOf(s.charAt(i)) >= 0) i++; // "• ", "– ", "> ", "1. "
        char c = s.charAt(i);
        boolean digit = c < 128 ? c >= '0' && c <= '9' : CharTable.isDigit(CharTable.of(c));
        return PageRules.isUpperCase(c) || digit || c == '"' || c == '\'' || c == '\u201C' || c == '\u2018';
    }

    /** After a cue: a headline, one printed twice on a line, or a long line that never ends a sentence. */
    private static boolean isListItem(PageLine l) {
        if (isHeadlineLike(l)) return true;
        if (l.doubled()) return true;
        char last = l.text().charAt(l.end() - 1);
        return l.words() <= MAX_ITEM_WORDS && !PageRules.endsSentence(l) && last != ',' && last != '\uFF0C' && last != '\u3001';
    }

    /** A list item without a cue: headline-shaped and starting like a headline. */
    private static boolean isBareItem(PageLine l) {
        if (l.doubled()) return true;
        return isHeadlineLike(l) && startsLikeHeadline(l);
    }

    /** Most words capitalized ("Biggest Billionaires: The Top 10 Richest People"), as site menus and link lists print them. */
    static boolean isTitleCase(PageLine l) {
        if (l.words() < 3) return false;
        String s = l.text(); // the line is s[l.start(), l.end()), read in place
        int words = 0, capital = 0;
        for (int i = l.start(); i < l.end(); i++) {
            if (PageRules.isLetter(s.charAt(i)) && (i == l.start() || !isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '\'')) {
                words++;
                if (PageRules.isUpperCase(s.charAt(i))) capital++;
            }
        }
        return words >= 3 && capital * 10 >= words * 8;
    }

    /** {@link Character#isLetterOrDigit(char)}, ASCII without the table look-up. */
    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? PageRules.isLetter(c) || (c >= '0' && c <= '9') : c == '\u0640' || CharTable.isLetterOrDigit(CharTable.of(c));
    }

    /** Short, no sentence-ending punctuation: the shape of a linked headline. */
    static boolean isHeadlineLike(PageLine l) {
        if (l.words() < 2 || l.words() > MAX_HEADLINE_WORDS) return false;
        return CLAUSE_ENDS.indexOf(l.text().charAt(l.end() - 1)) < 0;
    }

    /**
     * Ends of a sentence or clause a headline does not end with (a question mark or an ellipsis it may): Latin, full-width
     * and ideographic, and the full stops of other scripts ({@link PageRules#isSentenceEnd}).
     */
    private static final String CLAUSE_ENDS = ".!:;,\"\u201D\u3002\uFF0E\uFF61\uFF01\uFF1A\uFF1B\uFF0C\u3001\u300D\u300F"
            + "\u0964\u0965\u06D4\u0589\u1362";
}
