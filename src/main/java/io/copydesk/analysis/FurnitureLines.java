package io.copydesk.analysis;

import java.util.regex.Pattern;

/**
 * Short lines whose wording marks them as page furniture on news sites, whatever the site:
 * time stamps, bylines, share and follow prompts, photo credits, newsletter and copyright lines.
 */
final class FurnitureLines {
    private static final int MAX_WORDS = 25;
    private static final Pattern START = Pattern.compile(
            "^(published|updated|posted|last updated|first published|modified|by [\\p{L}.'\\- ]{2,60}$|"
            + "(photo|image|picture|video|file photo|credit|photograph)s?\\s*(credit)?\\s*[:(/]|"
            + "share( this| on| via|:|$)|follow(ed)?( us|$| unfollow)|unfollow|tweet|email this|print this|"
            + "sign up|subscribe|advertisement|sponsored|copyright|\u00A9|\\(c\\) |click here|tap here|"
            + "download (our|the) app|listen to this article|reading time|\\d+ min(ute)? read)");
    private static final Pattern ANYWHERE = Pattern.compile(
            "(all rights reserved|newsletter|getty images|\\(photo:|photo credit|\u00A9 ?\\d{4}|"
            + "share on (facebook|twitter|x|whatsapp|linkedin)|followed unfollow|google news|follow us\\b|"
            + "follow our [\\p{L} ]{0,30}(channel|page|account|newsletter)|hide caption|(download|get|install) (our|the) app|"
            + "(get|for) the latest (stories|news|headlines|updates))");

    private FurnitureLines() {}

    /** What each {@link #START} phrase starts with, by its first char: one of these begins every match. */
    private static final String[][] START_WORDS = new String[128][];

    static {
        String[] starts = {"published", "updated", "posted", "last updated", "first published", "modified", "by ", "photo", "image",
            "picture", "video", "file photo", "credit", "share", "follow", "unfollow", "tweet", "email this", "print this", "sign up",
            "subscribe", "advertisement", "sponsored", "copyright", "(c) ", "click here", "tap here", "download ", "listen to this article",
            "reading time"};
        for (String w : starts) {
            String[] old = START_WORDS[w.charAt(0)];
            String[] now = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = w;
            START_WORDS[w.charAt(0)] = now;
        }
    }

    /**
     * False when {@link #START} cannot match at the start of the lower-cased line: it starts with
     * none of {@link #START_WORDS} (compared ASCII case-blind), nor with a digit or '\u00A9'. A
     * non-ASCII char among the first chars compared leaves it to the regex.
     */
    static boolean mayStart(String s) {
        char c = s.charAt(0);
        if (c >= 128 || (c >= '0' && c <= '9')) return true;
        String[] words = START_WORDS[c < 'A' || c > 'Z' ? c : c | 0x20];
        if (words == null) return false;
        for (String w : words) {
            int k = 0, m = Math.min(w.length(), s.length());
            while (k < m && s.charAt(k) < 128 && (s.charAt(k) == w.charAt(k) || (s.charAt(k) | 0x20) == w.charAt(k) && Character.isLetter(w.charAt(k)))) k++;
            if (k == w.length() || (k < m && s.charAt(k) >= 128)) return true;
        }
        return false;
    }

    /** Words one of which every ANYWHERE match contains: a cheap test before the regex. */
    private static final String[] ANYWHERE_HINTS = {"rights reserved", "newsletter", "getty", "photo", "\u00A9", "share on", "unfollow",
            "google news", "follow ", "caption", " app", "latest "};

    static boolean isFurniture(PageLine l) {
        if (l.words() > MAX_WORDS) return false;
        if (mayStart(l.original()) && START.matcher(l.lower()).lookingAt()) return true;
        String s = l.lower();
        for (String hint : ANYWHERE_HINTS) if (s.contains(hint)) return ANYWHERE.matcher(s).find();
        return false;
    }
}
