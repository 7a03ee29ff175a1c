package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PageRules#isGallerySlide}'s skipping search finds what reading every char finds: "hide caption" in any ASCII
 * case, not inside a longer word, within the range asked, over random lines made of the control's own chars (the
 * shifts' hardest case), other letters and chars beyond ASCII.
 */
class GallerySlideSearchTest {
    private static final String[] PIECES = {"hide caption", "Hide Caption", "HIDE CAPTION", "hide", "caption", "ide caption", "hide captio",
        "n", "h", " ", "xhide caption", "é", "Ĳ", "\u00A0", "on", "ption", "2 of 6", "Photos: ", "cap", "e c"};

    /** Reading every char: the control, case-blind for ASCII letters, at a place no letter or digit comes before. */
    private static boolean naive(String text, int from, int to) {
        String control = "hide caption";
        for (int p = from; p + control.length() <= to; p++) {
            boolean match = true;
            for (int k = 0; k < control.length() && match; k++) {
                char c = text.charAt(p + k), w = control.charAt(k);
                match = c == w || (w >= 'a' && w <= 'z' && c == w - 32);
            }
            if (match && (p == from || !Character.isLetterOrDigit(text.charAt(p - 1)))) return true;
        }
        return false;
    }

    @Test
    void theSkippingSearchFindsWhatReadingEveryCharFinds() {
        Random r = new Random(56);
        int found = 0;
        for (int round = 0; round < 50_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) sb.append(PIECES[r.nextInt(PIECES.length)]);
            String text = sb.toString();
            int from = text.isEmpty() ? 0 : r.nextInt(text.length() + 1), to = from + r.nextInt(text.length() - from + 1);
            boolean expected = naive(text, from, to);
            assertEquals(expected, PageRules.isGallerySlide(text, from, to), () -> "'" + text + "' [" + from + ", " + to + ")");
            if (expected) found++;
        }
        assertTrue(found > 500, "lines holding the control: " + found);
        assertFalse(PageRules.isGallerySlide("Photos: who is running? HIDE CAPTIONS".toLowerCase(Locale.ROOT), 0, 20));
    }
}
