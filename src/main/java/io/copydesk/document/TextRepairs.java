package io.copydesk.document;

import io.copydesk.internal.Chars;
import java.text.Normalizer;

/**
 * What every reader does to an article's title and text before anything reads them: mojibake undone ({@link Mojibake}),
 * then the text brought to its normal form. Its HTML markup taken out ({@link HtmlTags}: {@code <em>Titanfall</em>},
 * paragraphs as lines) and its character references decoded ({@link HtmlEntities}: {@code communiqu&#233;}); its
 * invisible chars inside words taken out ({@link Chars#isInvisibleInWord}: soft hyphens, zero-width spaces); its lone
 * CRs and Unicode line and paragraph separators made newlines; and Unicode's composed form (NFC), so that a copy whose
 * accents are marks of their own after their letters (NFD, as macOS and some sites and converters write them;
 * Vietnamese and Korean often) is the same text as its composed twin. The tokenizers end a word at such a reference,
 * char or mark: without this, two copies of a French story in the two forms shared a tenth of their shingles, of a
 * Vietnamese one none, and an English copy with soft hyphens in six words two fifths.
 */
final class TextRepairs {
    private TextRepairs() {}

    /**
     * The article with its title and text repaired; the same instance when nothing changed. The readers
     * know from their parsers whether a record holds a char either repair looks at ({@code leadChars}:
     * {@link Chars#isLeadByteChar}, {@code normalizable}: {@link Chars#mayNormalize}); true makes the repair look.
     */
    static Article repaired(Article a, boolean leadChars, boolean normalizable) {
        String title = a.title(), text = a.text();
        if (leadChars) {
            title = Mojibake.repair(title);
            text = Mojibake.repair(text);
        }
        // a repaired run may spell what the record did not hold: marks included
        if (normalizable || title != a.title() || text != a.text()) {
            title = normalized(title);
            text = normalized(text);
        }
        if (title == a.title() && text == a.text()) return a;
        return new Article(a.id(), title, text, a.date(), a.source(), a.url());
    }

    /** The record with its article {@link #repaired}, keeping the record as read (outputs write it back as given). */
    static ArticleRecord repaired(ArticleRecord r, boolean leadChars, boolean normalizable) {
        return r.with(repaired(r.article(), leadChars, normalizable));
    }

    /**
     * {@code s} in its normal form: its HTML markup taken out and its character references decoded, its invisible
     * chars inside words taken out and its line separators made newlines ({@link #plain}), then composed (NFC). The
     * same instance when it is (nearly all text, told by one pass).
     */
    static String normalized(String s) {
        if (s == null || !mayChange(s)) return s;
        String visible = plain(HtmlEntities.decoded(HtmlTags.stripped(s)));
        if (Normalizer.isNormalized(visible, Normalizer.Form.NFC)) return visible;
        return Normalizer.normalize(visible, Normalizer.Form.NFC);
    }

    /**
     * {@code s} without its invisible chars inside words, and with its lone carriage returns (old Mac line ends) and
     * Unicode line and paragraph separators (which text exported from JavaScript sometimes breaks lines with) as the
     * newlines the cleaning splits lines at; a CR before a newline stays (the cleaning trims it).
     */
    private static String plain(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean invisible = Chars.isInvisibleInWord(c);
            boolean separator = Chars.isLineSeparator(c) || (c == '\r' && (i + 1 == n || s.charAt(i + 1) != '\n'));
            if (!invisible && !separator) continue;
            if (out == null) out = new StringBuilder(n);
            out.append(s, copied, i);
            if (separator) out.append('\n');
            copied = i + 1;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    private static boolean mayChange(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0xAD && c != '&' && c != '<' && c != '\r') continue;
            int cp = Character.codePointAt(s, i);
            if (Chars.mayNormalize(cp)) return true;
            if (cp > 0xFFFF) i++;
        }
        return false;
    }
}
