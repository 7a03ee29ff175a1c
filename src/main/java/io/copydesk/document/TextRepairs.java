package io.copydesk.document;

import io.copydesk.internal.Chars;
import java.text.Normalizer;

/**
 * What every reader does to an article's title and text before anything reads them: mojibake undone
 * ({@link Mojibake}), then the text brought to Unicode's composed form (NFC), so that a copy whose accents
 * are marks of their own after their letters (NFD, as macOS and some sites and converters write them;
 * Vietnamese and Korean often) is the same text as its composed twin. The tokenizers end a word at such a
 * mark: without this, two copies of a French story shared a tenth of their shingles, of a Vietnamese one none.
 */
final class TextRepairs {
    private TextRepairs() {}

    /**
     * The article with its title and text repaired; the same instance when nothing changed. The readers
     * know from their parsers whether a record holds a char either repair looks at ({@code leadChars}:
     * {@link Chars#isLeadByteChar}, {@code composable}: {@link Chars#mayCompose}); true makes the repair look.
     */
    static Article repaired(Article a, boolean leadChars, boolean composable) {
        String title = a.title(), text = a.text();
        if (leadChars) {
            title = Mojibake.repair(title);
            text = Mojibake.repair(text);
        }
        // a repaired run may spell what the record did not hold: marks included
        if (composable || title != a.title() || text != a.text()) {
            title = composed(title);
            text = composed(text);
        }
        if (title == a.title() && text == a.text()) return a;
        return new Article(a.id(), title, text, a.date(), a.source(), a.url());
    }

    /** The record with its article {@link #repaired}, keeping the record as read (outputs write it back as given). */
    static ArticleRecord repaired(ArticleRecord r, boolean leadChars, boolean composable) {
        return r.with(repaired(r.article(), leadChars, composable));
    }

    /** {@code s} in Unicode's composed form (NFC): the same instance when it is (nearly all text, told by one pass). */
    static String composed(String s) {
        if (s == null || !mayChange(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)) return s;
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static boolean mayChange(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x300) continue;
            int cp = Character.codePointAt(s, i);
            if (Chars.mayCompose(cp)) return true;
            if (cp > 0xFFFF) i++;
        }
        return false;
    }
}
