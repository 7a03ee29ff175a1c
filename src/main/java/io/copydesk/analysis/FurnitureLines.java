package io.copydesk.analysis;

import java.util.regex.Pattern;

/**
 * Short lines whose wording marks them as page furniture on news sites, whatever the site:
 * time stamps, bylines, share and follow prompts, photo credits, gallery and page counters, comment
 * and share counts, newsletter and copyright lines.
 */
final class FurnitureLines {
    private static final int MAX_WORDS = 25;
    /** "Share" in Spanish, Portuguese, French, Italian, German, Russian, Chinese, Japanese and Korean. */
    static final String SHARE_WORDS = String.join("|",
            "compartir", "compartilhar", "compartilhe", "partager", "teilen", "condividi", "поделиться", "分享到", "分享", "シェアする", "シェア",
            "공유하기");
    /** "All rights reserved" in the same languages (Spanish and Portuguese notices also print it without "all"). */
    static final String RIGHTS_WORDS = String.join("|",
            "derechos reservados", "direitos reservados", "tous droits réservés", "tutti i diritti riservati",
            "alle rechte vorbehalten", "все права защищены", "版权所有", "版權所有", "無断転載", "무단 전재");
    private static final Pattern START = Pattern.compile(
            "^(published|updated|posted|last updated|first published|modified|by [\\p{L}.'\\- ]{2,60}$|"
            + "(photo|image|picture|video|file photo|credit|photograph)s?\\s*(credit)?\\s*[:(/]|"
            + "share( this| on| via|:|$)|follow(ed)?( us|$| unfollow)|unfollow|tweet|email this|print this|"
            + "sign up|subscribe|advertisement|sponsored|copyright|\u00A9|\\(c\\) |click here|tap here|"
            + "download (our|the) app|listen to this article|reading time|\\d+ min(ute)? read|"
            // a gallery's or a paged article's counter, a count of comments or shares: numbers that are no story's figures
            + "(photo|image|picture|slide|page|gallery) \\d+ ?(of|/) ?\\d+\\s*$|\\d+ (comments?|shares?)\\s*$|share \\d+ tweet \\d+\\s*$|"
            // a share prompt of another language: the word alone, before a colon, or "on" a network
            + "(" + SHARE_WORDS + ")(\\s*[:\uFF1A]|$| (en|sur|auf|su|no|\u0432) (facebook|twitter|x|whatsapp|telegram|linkedin)))");
    private static final Pattern ANYWHERE = Pattern.compile(
            "(all rights reserved|newsletter|getty images|\\(photo:|photo credit|\u00A9 ?\\d{4}|"
            + "share on (facebook|twitter|x|whatsapp|linkedin)|followed unfollow|google news|follow us\\b|"
            + "follow our [\\p{L} ]{0,30}(channel|page|account|newsletter)|hide caption|(download|get|install) (our|the) app|"
            + "(get|for) the latest (stories|news|headlines|updates)|" + RIGHTS_WORDS + ")");

    private FurnitureLines() {}

    /** What every {@link #START} phrase starts with. */
    private static final LineStarts START_OPENINGS = LineStarts.allOf(SHARE_WORDS, "published", "updated", "posted", "last updated",
            "first published", "modified", "by ", "photo", "image", "picture", "video", "file photo", "credit", "share", "follow", "unfollow",
            "tweet", "email this", "print this", "sign up", "subscribe", "advertisement", "sponsored", "copyright", "(c) ", "click here",
            "tap here", "download ", "listen to this article", "reading time", "slide", "page", "gallery", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
            "compartir", "compartilh", "partager", "teilen", "condividi", "\u00A9"); // SHARE_WORDS in ASCII (allOf adds the others)

    /**
     * The {@link #START} alternatives that are plain words: a line starting with one matches ("\u00A9",
     * not ASCII, is one too).
     */
    private static final LineStarts START_WORDS = new LineStarts("published", "updated", "posted", "last updated", "first published",
            "modified", "unfollow", "tweet", "email this", "print this", "sign up", "subscribe", "advertisement", "sponsored", "copyright",
            "(c) ", "click here", "tap here", "listen to this article", "reading time");

    /**
     * Words one of which every ANYWHERE match contains ("\u00A9" among them): a cheap test before the regex.
     * Each is as long as its phrase allows: "our app", not " app", which "apparently" and "approve" hold.
     */
    private static final LineStarts ANYWHERE_HINTS = new LineStarts("rights reserved", "newsletter", "getty images", "(photo:",
            "photo credit", "share on ", "unfollow", "google news", "follow us", "follow our ", "hide caption", "our app", "the app",
            "the latest ", "\u00A9",
            // RIGHTS_WORDS: the ASCII start of each Latin phrase, one char of each other (a char beyond ASCII is looked for as such)
            "derechos reservados", "direitos reservados", "droits r", "diritti riservati", "rechte vorbehalten", "\u0449", "\u0429",
            "\u7248", "\u8EE2", "\uC7AC"); // (a Cyrillic one in both cases: the line is compared as written)

    static boolean isFurniture(PageLine l) {
        if (l.words() > MAX_WORDS) return false;
        String text = l.text(); // the line is text[from, to), read in place: most lines are not lower-cased
        int from = l.start(), to = l.end();
        if (START_OPENINGS.mayStart(text, from, to)) {
            if (text.charAt(from) == '\u00A9' || START_WORDS.startsWith(text, from, to)) return true;
            if (START.matcher(l.lower()).lookingAt()) return true;
        }
        return ANYWHERE_HINTS.mayContain(text, l.bytes(), from, to) && ANYWHERE.matcher(l.lower()).find();
    }
}
