package io.copydesk.analysis;

import io.copydesk.document.DoubledLine;
import io.copydesk.hash.Hash64;
import io.copydesk.internal.LongCounter;
import java.util.List;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The page cleaning rules 1-3 as main b1b026e wrote them (regexes, one scan per rule, the line's
 * text copied per rule), with the sentence ends, colons and commas of other scripts added since: the oracle
 * the rewritten rules are tested against. Only the tests use it.
 */
final class ReferenceCleaning {
    private ReferenceCleaning() {}

    /** Each line's reason from rules 1-3, as {@code Boilerplate.articleReasons} gave it at b1b026e. */
    static String[] articleReasons(String title, List<PageLine> lines) {
        String[] reasons = new String[lines.size()];
        long titleKey = title == null ? 0 : PageLine.of(title, 0, title.length()).exactKey();
        for (int i = 0; i < lines.size(); i++) if (titleKey != 0 && lines.get(i).exactKey() == titleKey) reasons[i] = "repeated headline";
        PageRules.mark(lines, reasons);
        LinkLists.mark(lines, reasons);
        LongCounter seen = new LongCounter(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            boolean repeat = l.hasLetters() && seen.get(l.exactKey()) > 0;
            seen.add(l.exactKey());
            if (reasons[i] == null) reasons[i] = articleReason(l, repeat, titleKey);
        }
        return reasons;
    }

    private static String articleReason(PageLine l, boolean repeat, long titleKey) {
        if (!l.hasLetters()) return "no words";
        if (l.exactKey() == titleKey) return "repeated headline";
        if (repeat) return "repeated line";
        if (FurnitureLines.isFurniture(l)) return "page furniture";
        return null;
    }

    /** b1b026e's {@code PageLine.of}: the line's key, its exact key (two FNV-1a chains) and its words. */
    static long[] lineFacts(String text, int start, int end) {
        long h = 0x6C696E65L ^ 0xCBF29CE484222325L;
        long exact = h;
        int words = 0, letters = 0;
        boolean inWord = false, pendingSpace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean letter = c < 128 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : Character.isLetter(c);
            if (letter) {
                if (pendingSpace) { h = (h ^ ' ') * 0x100000001B3L; exact = (exact ^ ' ') * 0x100000001B3L; pendingSpace = false; }
                char lc = c < 128 ? (char) (c | 0x20) : Character.toLowerCase(c);
                h = (h ^ lc) * 0x100000001B3L;
                exact = (exact ^ lc) * 0x100000001B3L;
                letters++;
                if (!inWord) words++;
                inWord = true;
            } else if (c < 128 ? (c >= '0' && c <= '9') : Character.isDigit(c)) {
                exact = (exact ^ c) * 0x100000001B3L;
                if (!inWord) words++;
                inWord = true;
            } else if (c != '\'' && c != '\u2019') {
                if (inWord && letters > 0) pendingSpace = true;
                inWord = false;
            }
        }
        if (letters == 0) return new long[] {0L, 0L, words};
        return new long[] {Hash64.mix(h), Hash64.mix(exact), words};
    }

    /** b1b026e's {@code PageRules}. */
    static final class PageRules {
        /** A photo credit closing a caption: "(Reuters)", "(AP Photo/Jane Doe)", "Credit: AFP File Photo", "Photo: X". */
        static final Pattern CREDIT_TAIL = Pattern.compile(
                "(\\((?:[^()]{0,40}\\b(?:photos?|pic|image|file|handout|courtesy|credit)\\b[^()]{0,40}|reuters|afp|ap|epa|efe|ani|pti|ians|"
                + "xinhua|anadolu|dpa|bloomberg|getty|getty images|shutterstock|istock|supplied|afp via getty images)\\)"
                + "|\\b(?:photo|image|picture|pic|video)s? ?(?:credit)?s? ?(?::|by)[^.!?]{1,60}"
                + "|\\b(?:credit|courtesy|source|photo credit)s? ?:[^.!?]{1,60})\\s*$",
                Pattern.CASE_INSENSITIVE);
        /** Longest text {@link #CREDIT_TAIL} can match before its closing blanks (its quantifiers are bounded): 90 chars. */
        private static final int CREDIT_TAIL_MAX = 100;
        /** Captions are rarely longer than this; a longer line ending in "(Reuters)" is a story paragraph. */
        private static final int MAX_CAPTION_WORDS = 70;
        /** A menu line has at least this many words, none of them ending a sentence. */
        private static final int MIN_MENU_WORDS = 20;
        /** A line holding this many words in one sentence, 80% capitalized, is a menu even among sentences. */
        private static final int MIN_MENU_RUN = 40;
        /**
         * Capitalized words a menu line has at the least: 70% of {@link #MIN_MENU_WORDS} without a
         * sentence end, 80% of {@link #MIN_MENU_RUN} in a run. Each starts with an upper-case letter.
         */
        private static final int MIN_MENU_CAPITALS = Math.min(MIN_MENU_WORDS * 7 / 10, MIN_MENU_RUN * 8 / 10);
        /** Capitalized words a run needs at the least: 80% of {@link #MIN_MENU_RUN}. */
        private static final int MIN_RUN_CAPITALS = MIN_MENU_RUN * 8 / 10;
        /** Lines of at most this many words without a sentence ending are labels ("AP", "AFP, Moscow"). */
        private static final int MAX_LABEL_WORDS = 3;
    
        private PageRules() {}
    
        /** Sets a reason for every line these rules remove (lines that already have one are left as they are). */
        static void mark(List<PageLine> lines, String[] reasons) {
            LongCounter copies = new LongCounter(Math.max(16, lines.size()));
            for (PageLine l : lines) if (l.hasLetters()) copies.add(l.exactKey());
            for (int i = 0; i < lines.size(); i++) {
                if (reasons[i] != null) continue;
                PageLine l = lines.get(i);
                if (!l.hasLetters()) continue;
                String s = l.original();
                if (DoubledLine.half(s) != null) reasons[i] = "doubled line";
                else if (copies.get(l.exactKey()) >= 3) reasons[i] = "repeated caption";
                else if (Pattern.compile("(?i)(^|[^\\p{L}\\p{Nd}])hide caption").matcher(s).find()) reasons[i] = "caption";
                else if (!endsSentence(s) && (sameAs(lines, i, i - 1) || sameAs(lines, i, i + 1))) reasons[i] = "printed twice";
                else if (l.words() <= MAX_CAPTION_WORDS && hasCreditTail(s)) reasons[i] = "caption";
                else if (l.words() <= 14 && PageHeader.isDateLine(s)) reasons[i] = "date line";
                else if (isMenu(l)) reasons[i] = "menu";
                else if (l.words() <= MAX_LABEL_WORDS && !endsSentence(s) && !s.endsWith(":") && !s.endsWith("\uFF1A") && lines.size() > 2
                        && !FurnitureLines.isFurniture(l)) reasons[i] = "label"; // a byline or stamp keeps its own reason
            }
        }
    
        /**
         * Whether the line ends in a photo credit ({@link #CREDIT_TAIL}). A match ends at the end of the
         * line, so only its tail is searched, and only when it could match: a bracketed credit closes
         * the line with ')', the others have ':' or "by" among the last 62 chars with no sentence end
         * after it. Same answer as {@code CREDIT_TAIL.matcher(s).find()} at a fraction of the cost.
         */
        static boolean hasCreditTail(String s) {
            int n = s.length(), t = n; // t: end of the text before trailing blanks (the regex's \s*)
            while (t > 0 && " \t\n\u000B\f\r".indexOf(s.charAt(t - 1)) >= 0) t--;
            if (t == 0) return false;
            if (s.charAt(t - 1) != ')' && !colonOrByNearEnd(s, t)) return false;
            return CREDIT_TAIL.matcher(s).region(Math.max(0, t - CREDIT_TAIL_MAX), n).useTransparentBounds(true).find();
        }
    
        private static boolean colonOrByNearEnd(String s, int t) {
            for (int i = t - 1; i >= Math.max(0, t - 62); i--) {
                char c = s.charAt(i);
                if (c == '.' || c == '!' || c == '?') return false;
                if (c == ':' || ((c | 0x20) == 'y' && i > 0 && (s.charAt(i - 1) | 0x20) == 'b')) return true;
            }
            return false;
        }
    
        private static boolean sameAs(List<PageLine> lines, int i, int j) {
            return j >= 0 && j < lines.size() && lines.get(j).exactKey() == lines.get(i).exactKey();
        }
    
        static boolean endsSentence(String s) {
            int k = s.length() - 1;
            while (k > 0 && "\"'\u201D\u2019)]\u300D\u300F\u3011\u300B\u3009\u3015\uFF09".indexOf(s.charAt(k)) >= 0) k--;
            // '.', '!', '?', '\u2026', and the sentence ends of Chinese and Japanese, Devanagari, Arabic and Urdu, Armenian, Ethiopic
            return ".!?\u2026\u3002\uFF0E\uFF61\uFF01\uFF1F\u0964\u0965\u061F\u06D4\u0589\u1362".indexOf(s.charAt(k)) >= 0;
        }
    
        /**
         * A long line without one sentence in it whose words are mostly capitalized (a country picker,
         * a section menu, a tag cloud), or a line holding a long run of capitalized words between two
         * sentence ends: a menu a newsletter box wraps in prompts ("Sign up ... Choose your country
         * Afghanistan Albania ... Privacy Policy"). A list of names in a story sentence has a comma or
         * semicolon between names; a menu's run of 40 title-case words has hardly any.
         */
        static boolean isMenu(PageLine l) {
            if (l.words() < MIN_MENU_WORDS) return false;
            String s = l.original();
            // every capitalized word the rule counts starts with an upper-case letter: most prose has too
            // few of them, found by a scan far cheaper than the rule's
            int capitals = capitals(s, MIN_RUN_CAPITALS);
            return capitals >= MIN_MENU_CAPITALS && scansAsMenu(l, s, capitals >= MIN_RUN_CAPITALS);
        }
    
        /** The upper-case letters in {@code s}, counted up to {@code max}. */
        private static int capitals(String s, int max) {
            int found = 0;
            for (int i = 0; i < s.length() && found < max; i++) {
                if (isUpperCase(s.charAt(i))) found++;
            }
            return found;
        }
    
        /** {@link #isMenu}'s rule itself, on line {@code l} of at least {@link #MIN_MENU_WORDS} words, written {@code s}. */
        static boolean scansAsMenu(PageLine l, String s) {
            return scansAsMenu(l, s, true);
        }
    
        /**
         * The rule, told whether the line has the {@link #MIN_RUN_CAPITALS} upper-case letters a run
         * needs: without them only a line with no sentence end can be a menu, so the scan stops at the
         * first one. ASCII is classified by the helpers below (the same answers as {@link Character}'s methods).
         */
        private static boolean scansAsMenu(PageLine l, String s, boolean runPossible) {
            int words = 0, capital = 0; // in the whole line
            int runWords = 0, runCapital = 0, runCommas = 0; // since the last sentence end
            boolean sentence = false, start = true;
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || isWhitespace(s.charAt(i + 1))
                        || "'\"\u2019\u201D".indexOf(s.charAt(i + 1)) >= 0)) {
                    // a line this short cannot hold the run (a run's words are words of the line), nor one
                    // with too few capitals: prose stops here
                    if (l.words() < MIN_MENU_RUN || !runPossible) return false;
                    sentence = true;
                    runWords = runCapital = runCommas = 0;
                }
                if (c == ',' || c == ';') runCommas++;
                if (isWhitespace(c) || c == '|' || c == ',' || c == '/' || c == '\u2022' || c == '\u00B7') {
                    start = true;
                } else if (start) {
                    start = false;
                    if (isLetter(c)) {
                        words++;
                        runWords++;
                        if (isUpperCase(c)) {
                            capital++;
                            // the run counts title-case words only: a quote in capitals is a sentence, not a menu
                            if (i + 1 < n && isLowerCase(s.charAt(i + 1))) runCapital++;
                        }
                        if (runWords >= MIN_MENU_RUN && runCapital * 10 >= runWords * 8 && runCommas * 10 < runWords) {
                            return true;
                        }
                    }
                }
            }
            return !sentence && words >= MIN_MENU_WORDS && capital * 10 >= words * 7;
        }
    
        /** {@link Character#isWhitespace(char)}, ASCII without the table look-up. */
        private static boolean isWhitespace(char c) {
            if (c >= 128) return Character.isWhitespace(c);
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
    
        // Character's answers, ASCII without its table look-ups
        private static boolean isLetter(char c) {
            return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
        }
    
        private static boolean isUpperCase(char c) {
            return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
        }
    
        private static boolean isLowerCase(char c) {
            return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
        }
    }

    /** b1b026e's {@code LinkLists}. */
    static final class LinkLists {
        private static final Pattern CUE = Pattern.compile(
                "^(read more|read also|also read|more to read|read next|up next|related|related (stories|articles|news|coverage|content|links|topics)|"
                + "editor'?s'? (choice|picks?)|more from\\b.*|more (stories|news|on this( story| topic)?|like this|in [\\p{L} ]{2,20})|"
                + "recommended( for you| stories| reading)?|trending( now| stories| news)?|you may (also )?like|you might (also )?like|"
                + "most (read|popular|viewed|shared|watched)|popular( now| stories| on [\\p{L} ]{2,20})?|top (content|stories|news|picks)|"
                + "see also|further reading|latest( news| stories| videos?)?|what to read next|don't miss|must read|in case you missed it|"
                + "before you go|explore more|in other news|from around the web|sponsored (stories|content)|promoted (stories|content)|"
                + "watch more|more videos|tags|topics|filed under|" + io.copydesk.analysis.LinkLists.OTHER_LANGUAGES + ")" // the words are data: shared
                + "\\s*[:\\-\u2013\u2014|>\uFF1A]*$");
        static final Pattern CUE_WITH_LINK = Pattern.compile(
                "^(read more|read also|also read|read|related|see also|more|recommended|watch|listen|tags|topics|also see|also watch|"
                + "don't miss|must read|read next)\\s*[:\\-\u2013\u2014|>]\\s*\\S.*");
        static final int MIN_BARE_RUN = 3;
        private static final String BULLETS = "\u2022\u00B7\u25AA\u25B8\u25BA\u2013\u2014-*>\u203A\u00BB0123456789.) \t";
        private static final int MAX_HEADLINE_WORDS = 18;
        /** After a cue, items may be longer than a headline (a headline and its standfirst on one line). */
        private static final int MAX_ITEM_WORDS = 40;
    
        private LinkLists() {}
    
        /** Sets {@code reasons[i] = "link list"} for every line in a link list that has no reason yet. */
        static void mark(List<PageLine> lines, String[] reasons) {
            int i = 0;
            while (i < lines.size()) {
                PageLine l = lines.get(i);
                if (isCue(l)) {
                    set(reasons, i);
                    int j = i + 1;
                    while (j < lines.size() && isListItem(lines.get(j)) && !isCue(lines.get(j))) set(reasons, j++);
                    i = j;
                    continue;
                }
                if (l.words() <= MAX_HEADLINE_WORDS + 3 && "rslmwatdf".indexOf(l.lower().charAt(0)) >= 0
                        && CUE_WITH_LINK.matcher(l.lower()).matches()) {
                    set(reasons, i++);
                    continue;
                }
                int j = i, shaped = 0;
                while (j < lines.size() && isBareItem(lines.get(j)) && !isCue(lines.get(j))) {
                    if (DoubledLine.half(lines.get(j).original()) != null || isTitleCase(lines.get(j))) shaped++;
                    j++;
                }
                // three headline-like lines in a row, or two that are title case or printed twice
                if ((j - i >= MIN_BARE_RUN || (j - i >= 2 && shaped >= 2)) && i > 0) { // the page's first line is the title, never a list
                    for (int k = i; k < j; k++) set(reasons, k);
                    i = j;
                } else {
                    i++;
                }
            }
        }
    
        private static void set(String[] reasons, int i) {
            if (reasons[i] == null) reasons[i] = "link list";
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
    
        /** After a cue: a headline, one printed twice on a line, or a long line that never ends a sentence. */
        private static boolean isListItem(PageLine l) {
            if (isHeadlineLike(l)) return true;
            String half = DoubledLine.half(l.original());
            if (half != null) return true;
            String s = l.original();
            return l.words() <= MAX_ITEM_WORDS && !PageRules.endsSentence(s) && !s.endsWith(",") && !s.endsWith("\uFF0C") && !s.endsWith("\u3001");
        }
    
        /** A list item without a cue: headline-shaped and starting like a headline. */
        private static boolean isBareItem(PageLine l) {
            if (DoubledLine.half(l.original()) != null) return true;
            return isHeadlineLike(l) && startsLikeHeadline(l);
        }
    
        /** Most words capitalized ("Biggest Billionaires: The Top 10 Richest People"), as site menus and link lists print them. */
        static boolean isTitleCase(PageLine l) {
            if (l.words() < 3) return false;
            String s = l.original();
            int words = 0, capital = 0;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isLetter(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '\'')) {
                    words++;
                    if (Character.isUpperCase(s.charAt(i))) capital++;
                }
            }
            return words >= 3 && capital * 10 >= words * 8;
        }
    
        /** Short, no sentence-ending punctuation: the shape of a linked headline. */
        static boolean isHeadlineLike(PageLine l) {
            if (l.words() < 2 || l.words() > MAX_HEADLINE_WORDS) return false;
            String s = l.original();
            char last = s.charAt(s.length() - 1);
            return last != '.' && last != '!' && last != ':' && last != ';' && last != ',' && last != '"' && last != '\u201D'
                    && "\u3002\uFF0E\uFF61\uFF01\uFF1A\uFF1B\uFF0C\u3001\u300D\u300F\u0964\u0965\u06D4\u0589\u1362".indexOf(last) < 0; // their CJK forms, other scripts' stops
        }
    }

    /** b1b026e's {@code FurnitureLines}. */
    static final class FurnitureLines {
        private static final int MAX_WORDS = 25;
        private static final Pattern START = Pattern.compile(
                "^(published|updated|posted|last updated|first published|modified|by [\\p{L}.'\\- ]{2,60}$|"
                + "(photo|image|picture|video|file photo|credit|photograph)s?\\s*(credit)?\\s*[:(/]|"
                + "share( this| on| via|:|$)|follow(ed)?( us|$| unfollow)|unfollow|tweet|email this|print this|"
                + "sign up|subscribe|advertisement|sponsored|copyright|\u00A9|\\(c\\) |click here|tap here|"
                + "download (our|the) app|listen to this article|reading time|\\d+ min(ute)? read|"
                // since session 59, counters (galleries, pages, comments, shares)
                + "(photo|image|picture|slide|page|gallery) \\d+ ?(of|/) ?\\d+\\s*$|\\d+ (comments?|shares?)\\s*$|share \\d+ tweet \\d+\\s*$|"
                + "(" + io.copydesk.analysis.FurnitureLines.SHARE_WORDS + ")" // since b1b026e, other languages (the words are data: shared)
                + "(\\s*[:\uFF1A]|$| (en|sur|auf|su|no|\u0432) (facebook|twitter|x|whatsapp|telegram|linkedin)))");
        private static final Pattern ANYWHERE = Pattern.compile(
                "(all rights reserved|newsletter|getty images|\\(photo:|photo credit|\u00A9 ?\\d{4}|"
                + "share on (facebook|twitter|x|whatsapp|linkedin)|followed unfollow|google news|follow us\\b|"
                + "follow our [\\p{L} ]{0,30}(channel|page|account|newsletter)|hide caption|(download|get|install) (our|the) app|"
                + "(get|for) the latest (stories|news|headlines|updates)|" + io.copydesk.analysis.FurnitureLines.RIGHTS_WORDS + ")");
    
        private FurnitureLines() {}
    
        /** Words one of which every ANYWHERE match contains: a cheap test before the regex. */
        private static final String[] ANYWHERE_HINTS = {"rights reserved", "newsletter", "getty", "photo", "\u00A9", "share on", "unfollow",
                "google news", "follow ", "caption", " app", "latest ", "derechos", "direitos", "droits", "diritti", "rechte", "\u043F\u0440\u0430\u0432\u0430",
                "\u7248\u6743", "\u7248\u6B0A", "\u7121\u65AD", "\uBB34\uB2E8"};
    
        /** The two regexes alone, on the lower-cased line of at most {@link #MAX_WORDS} words: no pre-check at all. */
        static boolean isFurnitureByRegexes(PageLine l) {
            return l.words() <= MAX_WORDS && (START.matcher(l.lower()).lookingAt() || ANYWHERE.matcher(l.lower()).find());
        }

        static boolean isFurniture(PageLine l) {
            if (l.words() > MAX_WORDS) return false;
            String s = l.lower();
            if (START.matcher(s).lookingAt()) return true;
            for (String hint : ANYWHERE_HINTS) if (s.contains(hint)) return ANYWHERE.matcher(s).find();
            return false;
        }
    }

    /** b1b026e's {@code PageHeader.dateLine} (as far as {@code isDateLine} needs it). */
    static final class PageHeader {
        private static final int DATE_LINE_OTHER_WORDS = 4;
        /** A date line's date and whether it is an update stamp. */
        record DateLine(Instant date, boolean update) {}
    
        /**
         * A line that is mostly a date: the date (with time and zone) and at most a few other words
         * ({@code Published:}, {@code • updated:}, a weekday). Null for other lines, such as a
         * paragraph that mentions a date.
         */
        static DateLine dateLine(String line) {
            String s = line.strip();
            if (s.length() > 120) return null;
            Dates.Match m = Dates.locate(s);
            if (m == null) return null;
            String before = s.substring(0, m.start()).toLowerCase(Locale.ROOT);
            if (letterWords(before) + letterWords(s.substring(m.end())) > DATE_LINE_OTHER_WORDS) return null;
            boolean update = (before.contains("updated") || before.contains("modified") || before.contains("edited"))
                    && !before.contains("published") && !before.contains("posted");
            return new DateLine(m.instant(), update);
        }
    
        /** Whether {@code line} is a date line as {@link #dateLine} reads one. */
        public static boolean isDateLine(String line) {
            return dateLine(line) != null;
        }
    
        /** Runs of letters; since b1b026e, a run of Chinese or Japanese a word every two chars, as the page rules count them. */
        private static int letterWords(String s) {
            int words = 0, ideographs = 0;
            boolean in = false;
            for (int i = 0; i < s.length(); i++) {
                if (io.copydesk.internal.Chars.isIdeographic(s.charAt(i))) {
                    if (ideographs++ % 2 == 0) words++;
                    in = false;
                    continue;
                }
                ideographs = 0;
                boolean letter = Character.isLetter(s.charAt(i));
                if (letter && !in) words++;
                in = letter;
            }
            return words;
        }
    }

    /** b1b026e's {@code Dates} (what {@code PageHeader.dateLine} uses). */
    static final class Dates {
        private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
                "\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\-]+([A-Za-z]{3,9})\\.?,?[ \\-]+(\\d{4})\\b");
        private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
                "\\b([A-Za-z]{3,9})\\.? +(\\d{1,2})(?:st|nd|rd|th)?,? +(\\d{4})\\b");
        private static final Pattern ISO_PREFIX = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})(?!\\d)");
        /** A time of day right after a date: {@code , 17:22 ist}, {@code at 5:22 p.m. EST}, {@code T08:44:00Z}. */
        private static final Pattern TIME = Pattern.compile(
                "^[ ,|\\-\u2013]{0,4}(?:at {1,3})?T?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
                + "(?: ?([ap])\\.?m\\.?)?(?: ?(Z|[+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5}\\b)(?:([+-]\\d{1,2})(?::?(\\d{2}))?)?)?",
                Pattern.CASE_INSENSITIVE);
        private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    
        /**
         * Zone abbreviations news sites print after a time, with the offset each stands for. Ambiguous
         * ones take their most common news meaning: IST is India, BST British summer time, AST Arabia.
         */
        static final Map<String, String> ZONES = Map.ofEntries(
                Map.entry("utc", "+00:00"), Map.entry("gmt", "+00:00"), Map.entry("z", "+00:00"), Map.entry("wet", "+00:00"),
                Map.entry("bst", "+01:00"), Map.entry("cet", "+01:00"), Map.entry("wat", "+01:00"), Map.entry("west", "+01:00"),
                Map.entry("cest", "+02:00"), Map.entry("eet", "+02:00"), Map.entry("sast", "+02:00"), Map.entry("cat", "+02:00"),
                Map.entry("eest", "+03:00"), Map.entry("msk", "+03:00"), Map.entry("eat", "+03:00"), Map.entry("ast", "+03:00"),
                Map.entry("trt", "+03:00"), Map.entry("gst", "+04:00"), Map.entry("pkt", "+05:00"), Map.entry("ist", "+05:30"),
                Map.entry("npt", "+05:45"), Map.entry("wib", "+07:00"), Map.entry("ict", "+07:00"), Map.entry("sgt", "+08:00"),
                Map.entry("hkt", "+08:00"), Map.entry("pht", "+08:00"), Map.entry("awst", "+08:00"), Map.entry("jst", "+09:00"),
                Map.entry("kst", "+09:00"), Map.entry("acst", "+09:30"), Map.entry("aest", "+10:00"), Map.entry("aedt", "+11:00"),
                Map.entry("nzst", "+12:00"), Map.entry("nzdt", "+13:00"), Map.entry("hst", "-10:00"), Map.entry("akst", "-09:00"),
                Map.entry("akdt", "-08:00"), Map.entry("pst", "-08:00"), Map.entry("pdt", "-07:00"), Map.entry("mst", "-07:00"),
                Map.entry("mdt", "-06:00"), Map.entry("cst", "-06:00"), Map.entry("cdt", "-05:00"), Map.entry("est", "-05:00"),
                Map.entry("edt", "-04:00"), Map.entry("et", "-05:00"), Map.entry("pt", "-08:00"), Map.entry("brt", "-03:00"));
    
        private Dates() {}
    
        /** Parses a date field value; returns null when it is not a date we understand. */
        public static Instant parse(String s) {
            if (s == null) return null;
            s = s.strip();
            if (s.isEmpty()) return null;
            if (isDigits(s)) return epoch(s);
            try {
                if (s.length() == 10) return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
                try {
                    return OffsetDateTime.parse(s).toInstant();
                } catch (DateTimeParseException e) {
                    return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
                }
            } catch (DateTimeParseException e) {
                return find(s);
            }
        }
    
        /** Epoch seconds (9-10 digits) or milliseconds (12-13 digits); other digit strings are no date. */
        private static Instant epoch(String s) {
            if (s.length() >= 9 && s.length() <= 10) return Instant.ofEpochSecond(Long.parseLong(s));
            if (s.length() >= 12 && s.length() <= 13) return Instant.ofEpochMilli(Long.parseLong(s));
            return null;
        }
    
        private static boolean isDigits(String s) {
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
            return true;
        }
    
        /** Finds the first date inside free text ("Published: 12 March 2024 09:30"), with its time when one follows, or null. */
        public static Instant find(String text) {
            Match m = locate(text);
            return m == null ? null : m.instant();
        }
    
        /** A date found in a text: where it is and what it stands for. */
        record Match(int start, int end, Instant instant) {}
    
        /** The first date in {@code text} (of any form, by position) with its time and zone, or null. */
        static Match locate(String text) {
            return mayHoldDate(text) ? matched(text) : null;
        }
    
        /** {@link #locate} by trying every pattern. */
        static Match matched(String text) {
            Match best = null;
            Matcher m = ISO_PREFIX.matcher(text);
            while (m.find()) {
                try {
                    best = withTime(text, m.start(), m.end(), LocalDate.parse(m.group(1)));
                    break;
                } catch (DateTimeParseException e) {
                    // not a calendar date (2024-13-45): look further
                }
            }
            m = DAY_MONTH_YEAR.matcher(text);
            while (m.find() && (best == null || m.start() < best.start())) {
                LocalDate d = of(m.group(3), m.group(2), m.group(1));
                if (d != null) { best = withTime(text, m.start(), m.end(), d); break; }
            }
            m = MONTH_DAY_YEAR.matcher(text);
            while (m.find() && (best == null || m.start() < best.start())) {
                LocalDate d = of(m.group(3), m.group(1), m.group(2));
                if (d != null) { best = withTime(text, m.start(), m.end(), d); break; }
            }
            return best;
        }
    
        /**
         * False when no date form can match: each holds a four-digit year, followed by '-' (ISO) or
         * after blanks or hyphens with a letter or digit before them, maybe then ',' and '.' (the
         * written forms: "March 2024", "12 Mar. 2024", "Jan 10, 2022"). A copyright line ("\u00A9 2024
         * Site") has a year but no date: the patterns are not tried. Same answers as trying them.
         */
        static boolean mayHoldDate(String text) {
            int run = 0;
            for (int i = 0; i < text.length(); i++) {
                run = isDigit(text.charAt(i)) ? run + 1 : 0;
                if (run < 4) continue;
                int year = i - 3; // text[year, i] are four digits
                if (i + 1 < text.length() && text.charAt(i + 1) == '-') return true;
                int q = year - 1;
                if (q < 0 || (text.charAt(q) != ' ' && text.charAt(q) != '-')) continue;
                while (q >= 0 && (text.charAt(q) == ' ' || text.charAt(q) == '-')) q--;
                if (q >= 0 && text.charAt(q) == ',') q--;
                if (q >= 0 && text.charAt(q) == '.') q--;
                if (q >= 0 && (isDigit(text.charAt(q)) || isAsciiLetter(text.charAt(q)))) return true;
            }
            return false;
        }
    
        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    
        private static boolean isAsciiLetter(char c) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
    
        /** The date at {@code [start, end)} of {@code text}, extended by the time and zone that follow it. */
        private static Match withTime(String text, int start, int end, LocalDate date) {
            Matcher t = TIME.matcher(text).region(end, Math.min(text.length(), end + 48));
            if (!t.lookingAt()) return new Match(start, end, date.atStartOfDay(ZoneOffset.UTC).toInstant());
            int hour = Integer.parseInt(t.group(1)), minute = Integer.parseInt(t.group(2));
            int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
            if (t.group(4) != null) {
                if (hour < 1 || hour > 12) return new Match(start, end, date.atStartOfDay(ZoneOffset.UTC).toInstant());
                hour = hour % 12 + (Character.toLowerCase(t.group(4).charAt(0)) == 'p' ? 12 : 0);
            }
            ZoneOffset offset = ZoneOffset.UTC;
            int matchEnd = t.end();
            if (t.group(5) != null) {
                ZoneOffset z = zone(t.group(5), t.group(6), t.group(7));
                if (z != null) offset = z;
                else matchEnd = t.start(5); // a word after the time that is not a zone
            }
            try {
                LocalDateTime at = LocalDateTime.of(date, LocalTime.of(hour, minute, second));
                return new Match(start, matchEnd, at.toInstant(offset));
            } catch (DateTimeException e) {
                return new Match(start, end, date.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }
    
        /** A zone written after a time: an abbreviation (with an optional {@code +3} shift, as in {@code GMT+3}) or an offset. */
        private static ZoneOffset zone(String name, String shiftHours, String shiftMinutes) {
            try {
                if (name.charAt(0) == '+' || name.charAt(0) == '-') {
                    String o = name.length() == 5 ? name.substring(0, 3) + ":" + name.substring(3) : name;
                    return ZoneOffset.of(o);
                }
                String base = ZONES.get(name.toLowerCase(Locale.ROOT));
                if (base == null) return null;
                ZoneOffset z = ZoneOffset.of(base);
                if (shiftHours == null) return z;
                int h = Integer.parseInt(shiftHours);
                int mins = shiftMinutes == null ? 0 : Integer.parseInt(shiftMinutes);
                return ZoneOffset.ofTotalSeconds(z.getTotalSeconds() + Integer.signum(h) * (Math.abs(h) * 3600 + mins * 60));
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
    
        private static LocalDate of(String year, String month, String day) {
            String mon = month.toLowerCase(Locale.ROOT);
            for (int i = 0; i < MONTHS.length; i++) {
                if (mon.startsWith(MONTHS[i]) && isMonthName(mon, i)) {
                    try {
                        return LocalDate.of(Integer.parseInt(year), i + 1, Integer.parseInt(day));
                    } catch (DateTimeException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    
        private static final String[] MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"};
    
        /** "Mar", "March" and "Sept" are months; "Marches" and "Mayor" are not. */
        private static boolean isMonthName(String word, int month) {
            return MONTH_NAMES[month].startsWith(word) || word.equals("sept");
        }
    
        /** ISO text for output: {@code 2024-03-12} at midnight UTC, else the full instant. */
        public static String format(Instant date) {
            if (date == null) return null;
            if (date.getEpochSecond() % 86400 == 0 && date.getNano() == 0) {
                return DateTimeFormatter.ISO_LOCAL_DATE.format(date.atZone(ZoneOffset.UTC));
            }
            return DateTimeFormatter.ISO_INSTANT.format(date);
        }
    }
}
