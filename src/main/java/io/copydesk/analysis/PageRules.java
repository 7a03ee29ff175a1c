package io.copydesk.analysis;

import static io.copydesk.internal.Chars.isWhitespace;

import io.copydesk.internal.CharTable;
import io.copydesk.internal.EightBytes;
import io.copydesk.document.PageHeader;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Furniture rules that need only the page itself, so they work on one page from a site never seen
 * before: lines a template printed twice (on one line, or on two lines in a row), captions printed
 * three times or more (galleries), photo captions ending in a credit, date lines, long menu lines
 * (country pickers, tag clouds), photo gallery slides and lone short labels. Every rule only
 * removes lines, and only lines whose shape a story paragraph does not have.
 */
final class PageRules {
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

    /**
     * Sets a reason for every line these rules remove (lines that already have one are left as they
     * are); {@code copies} is {@link PageLine#copies} of the lines.
     */
    static void mark(List<PageLine> lines, String[] reasons, int[] copies) {
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] != null) continue;
            PageLine l = lines.get(i);
            if (!l.hasLetters()) continue;
            // the line is read in place: a story paragraph, which most of the text is, is not copied
            if (l.doubled()) reasons[i] = "doubled line";
            else if (copies[i] >= 3) reasons[i] = "repeated caption";
            else if (isGallerySlide(l.text(), l.start(), l.end())) reasons[i] = "caption";
            else if (!endsSentence(l) && (sameAs(lines, i, i - 1) || sameAs(lines, i, i + 1))) reasons[i] = "printed twice";
            else if (l.words() <= MAX_CAPTION_WORDS && mayEndInCredit(l.text(), l.start(), l.end()) && hasCreditTail(l.original())) {
                reasons[i] = "caption";
            } else if (l.words() <= 14 && l.digits() >= 4 && PageHeader.isDateLine(l.original())) {
                reasons[i] = "date line"; // every date has a four-digit year
            } else if (isMenu(l)) reasons[i] = "menu";
            else if (l.words() <= MAX_LABEL_WORDS && !endsSentence(l) && !isColon(l.text().charAt(l.end() - 1)) && lines.size() > 2
                    && !FurnitureLines.isFurniture(l)) reasons[i] = "label"; // a byline or stamp keeps its own reason
        }
    }

    /** What a gallery's slide holds, after its caption: the control that hides it ("Hide Caption 2 of 6"). */
    private static final String GALLERY_CONTROL = "hide caption";

    /**
     * Whether {@code text[from, to)} is a slide of a photo gallery: a caption holding the gallery's
     * "Hide caption" control, however long (a slide's caption runs on into the next slide's title,
     * "Hide Caption 2 of 6 Photos: Who's running?", and a site prints the same gallery into every
     * story of its kind, where it can outweigh the story itself). Prose never holds the control.
     */
    static boolean isGallerySlide(String text, int from, int to) {
        // Horspool's search, ASCII case folded: every line of every article is searched, and reading each char
        // took a tenth of dedup's CPU on the synthetic set; a shift of 1-12 chars reads about one char in five
        int n = GALLERY_CONTROL.length();
        for (int end = from + n - 1; end < to; ) {
            int c = fold(text.charAt(end));
            if (c == 'n' && asciiCaseBlindAt(text, end - n + 1)) {
                int p = end - n + 1;
                if (p == from || !Character.isLetterOrDigit(text.charAt(p - 1))) return true;
            }
            end += c < 128 ? GALLERY_SHIFT[c] : n;
        }
        return false;
    }

    /** Horspool's shifts for {@link #GALLERY_CONTROL}: how far its last char is from the last place of each char before it. */
    private static final byte[] GALLERY_SHIFT = new byte[128];

    static {
        int n = GALLERY_CONTROL.length();
        java.util.Arrays.fill(GALLERY_SHIFT, (byte) n);
        for (int k = 0; k < n - 1; k++) GALLERY_SHIFT[GALLERY_CONTROL.charAt(k)] = (byte) (n - 1 - k);
    }

    /** An ASCII letter in lower case, any other ASCII char as it is, a char beyond ASCII 128 (in no shift's place). */
    private static int fold(char c) {
        return c >= 128 ? 128 : c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** Whether {@link #GALLERY_CONTROL} starts at {@code text[p]}, ASCII letters compared case-blind (as a regex's (?i)). */
    private static boolean asciiCaseBlindAt(String text, int p) {
        for (int k = 0; k < GALLERY_CONTROL.length(); k++) {
            char c = text.charAt(p + k), w = GALLERY_CONTROL.charAt(k);
            if (c != w && !(w >= 'a' && w <= 'z' && c == w - 32)) return false;
        }
        return true;
    }

    /**
     * Whether the line ends in a photo credit ({@link #CREDIT_TAIL}). A match ends at the end of the
     * line, so only its tail is searched, and only when it could match: a bracketed credit closes
     * the line with ')', the others have ':' or "by" among the last 62 chars with no sentence end
     * after it. A match starts with '(' or one of the credit words: the regex is tried only where
     * one of them starts (the answer is yes or no, so any match will do, not only the first). Same
     * answer as {@code CREDIT_TAIL.matcher(s).find()} at a fraction of the cost.
     */
    static boolean hasCreditTail(String s) {
        int n = s.length(), t = n; // t: end of the text before trailing blanks (the regex's \s*)
        while (t > 0 && " \t\n\u000B\f\r".indexOf(s.charAt(t - 1)) >= 0) t--;
        if (t == 0 || !mayEndInCredit(s, 0, t)) return false;
        java.util.regex.Matcher m = null;
        for (int p = Math.max(0, t - CREDIT_TAIL_MAX); p < t; p++) {
            if (!opensCredit(s, p)) continue;
            if (m == null) m = CREDIT_TAIL.matcher(s).useTransparentBounds(true); // \b looks at the char before p
            if (m.region(p, n).lookingAt()) return true;
        }
        return false;
    }

    /**
     * Whether {@link #CREDIT_TAIL} can start at {@code s[p]}: '(' or a credit word ("photo",
     * "picture", "pic", "image", "video", "credit", "courtesy", "source"), ASCII case-blind as the
     * regex compares (a wider test where other chars fold to ASCII letters is still safe).
     */
    private static boolean opensCredit(String s, int p) {
        char c = s.charAt(p);
        return switch (c | 0x20) {
            case '(' -> c == '(';
            case 'p' -> s.regionMatches(true, p, "pic", 0, 3) || s.regionMatches(true, p, "photo", 0, 5);
            case 'i' -> s.regionMatches(true, p, "image", 0, 5);
            case 'v' -> s.regionMatches(true, p, "video", 0, 5);
            case 'c' -> s.regionMatches(true, p, "credit", 0, 6) || s.regionMatches(true, p, "courtesy", 0, 8);
            case 's' -> s.regionMatches(true, p, "source", 0, 6);
            default -> false;
        };
    }

    /**
     * Whether a credit can close {@code text[from, t)} (t after its last char that is not blank):
     * it ends with ')', or has ':' or "by" among its last 62 chars with no sentence end after it.
     */
    private static boolean mayEndInCredit(String text, int from, int t) {
        if (text.charAt(t - 1) == ')') return true;
        for (int i = t - 1; i >= Math.max(from, t - 62); i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') return false;
            if (c == ':' || ((c | 0x20) == 'y' && i > from && (text.charAt(i - 1) | 0x20) == 'b')) return true;
        }
        return false;
    }

    private static boolean sameAs(List<PageLine> lines, int i, int j) {
        return j >= 0 && j < lines.size() && lines.get(j).sameExact(lines.get(i));
    }

    /** Whether the line ends a sentence ({@link #isSentenceEnd}), maybe followed by closing quotes and brackets. */
    static boolean endsSentence(PageLine l) {
        String s = l.text();
        int k = l.end() - 1;
        while (k > l.start() && CLOSERS.indexOf(s.charAt(k)) >= 0) k--;
        return isSentenceEnd(s.charAt(k));
    }

    /** Closing quotes and brackets, Latin and Chinese or Japanese, that may follow a sentence's end. */
    private static final String CLOSERS = "\"'\u201D\u2019)]\u300D\u300F\u3011\u300B\u3009\u3015\uFF09";

    /**
     * '.', '!', '?', '\u2026', and the sentence ends of scripts without them: Chinese and Japanese (full-width and
     * ideographic stops), Devanagari and Bengali (danda), Arabic and Urdu, Armenian, Ethiopic. A paragraph that
     * ends in one is prose, never a label or a link.
     */
    static boolean isSentenceEnd(char c) {
        if (c < 128) return c == '.' || c == '!' || c == '?';
        return switch (c) {
            case '\u2026', '\u3002', '\uFF0E', '\uFF61', '\uFF01', '\uFF1F', '\u0964', '\u0965', '\u061F', '\u06D4', '\u0589', '\u1362' -> true;
            default -> false;
        };
    }

    /** ':' or its full-width form. */
    static boolean isColon(char c) {
        return c == ':' || c == '\uFF1A';
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
        // every capitalized word the rule counts starts with an upper-case letter: most prose has too
        // few of them, counted by the line's split
        int capitals = l.capitals() >= 0 ? l.capitals() : capitals(l.original(), MIN_RUN_CAPITALS);
        if (capitals < MIN_MENU_CAPITALS) return false;
        boolean runPossible = capitals >= MIN_RUN_CAPITALS;
        // a long prose line with the capitals spread over its sentences (one or two a sentence) holds no run
        if (runPossible && l.words() >= MIN_MENU_RUN && !mayHoldRun(l)) return false;
        return scansAsMenu(l, runPossible);
    }

    /**
     * False only when the line has a sentence end (as {@link #scansAsMenu} finds them) and fewer than
     * {@link #MIN_RUN_CAPITALS} upper-case letters between any two of them: then it holds no run (each
     * title-case word of a run starts with one of a stretch's upper-case letters) and, having a
     * sentence, is no menu. One light pass, against the rule's word-by-word scan of the whole line.
     */
    static boolean mayHoldRun(PageLine l) {
        String s = l.text();
        byte[] b = l.bytes();
        int n = l.end(), upper = 0, i = l.start();
        boolean sentence = false;
        while (i < n) {
            if (b != null && i + 8 <= n) {
                long w = EightBytes.at(b, i);
                // eight ASCII chars, none a '?' (which may also stand for a char beyond Latin-1): only their capitals
                // count, and each '.' or '!' that ends a sentence sets the count back to 0 (the capitals before it counted first)
                if (((w & EightBytes.HIGH) | EightBytes.equalTo(w, '?')) == 0) {
                    long up = EightBytes.inRange(w, 'A', 'Z');
                    for (long ends = EightBytes.equalTo(w, '.') | EightBytes.equalTo(w, '!'); ends != 0; ends &= ends - 1) {
                        long before = (ends & -ends) - 1; // the bits of the bytes before this '.' or '!'
                        upper += EightBytes.count(up & before);
                        if (upper >= MIN_RUN_CAPITALS) return true;
                        up &= ~before;
                        if (sentenceEndAt(s, i + EightBytes.first(ends), n)) {
                            sentence = true;
                            upper = 0;
                        }
                    }
                    upper += EightBytes.count(up);
                    if (upper >= MIN_RUN_CAPITALS) return true;
                    i += 8;
                    continue;
                }
            }
            // one by one from the text: eight chars with a char beyond ASCII or a '?' among them, or the line's last few
            for (int stop = b != null && i + 8 <= n ? i + 8 : n; i < stop; i++) {
                char c = s.charAt(i);
                if (c >= 'A') {
                    if (isUpperCase(c) && ++upper >= MIN_RUN_CAPITALS) return true;
                } else if ((c == '.' || c == '!' || c == '?') && sentenceEndAt(s, i, n)) { // a call (C1 inlines no method this size) only for those
                    sentence = true;
                    upper = 0;
                }
            }
        }
        return !sentence;
    }

    /** Whether {@code s[i]} ends a sentence of the line {@code s[.., n)}: '.', '!' or '?' before the line's end, a space or a closing quote. */
    private static boolean sentenceEndAt(String s, int i, int n) {
        char c = s.charAt(i);
        return (c == '.' || c == '!' || c == '?') && (i + 1 == n || isWhitespace(s.charAt(i + 1))
                || "'\"\u2019\u201D".indexOf(s.charAt(i + 1)) >= 0);
    }


    /** The upper-case letters in {@code s}, counted up to {@code max}. */
    private static int capitals(String s, int max) {
        int found = 0;
        for (int i = 0; i < s.length() && found < max; i++) {
            if (isUpperCase(s.charAt(i))) found++;
        }
        return found;
    }

    /** {@link #isMenu}'s rule itself, on line {@code l} of at least {@link #MIN_MENU_WORDS} words. */
    static boolean scansAsMenu(PageLine l) {
        return scansAsMenu(l, true);
    }

    /**
     * The rule, told whether the line has the {@link #MIN_RUN_CAPITALS} upper-case letters a run
     * needs: without them only a line with no sentence end can be a menu, so the scan stops at the
     * first one. ASCII is classified by the helpers below (the same answers as {@link Character}'s methods).
     */
    private static boolean scansAsMenu(PageLine l, boolean runPossible) {
        int words = 0, capital = 0; // in the whole line
        int runWords = 0, runCapital = 0, runCommas = 0; // since the last sentence end
        boolean sentence = false, start = true;
        String s = l.text(); // the line is s[l.start(), n), read in place
        int n = l.end();
        for (int i = l.start(); i < n; i++) {
            char c = s.charAt(i);
            if (sentenceEndAt(s, i, n)) {
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

    // Character's answers, ASCII without a table look-up, the rest from CharTable's
    static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : CharTable.isLetter(CharTable.of(c));
    }

    static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : CharTable.isUpperCase(CharTable.of(c));
    }

    static boolean isLowerCase(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : CharTable.isLowerCase(CharTable.of(c));
    }
}
