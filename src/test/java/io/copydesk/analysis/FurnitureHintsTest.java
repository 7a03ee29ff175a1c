package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link FurnitureLines#isFurniture}, with its pre-checks before the regexes, answers as the two
 * regexes alone on the lower-cased line ({@link ReferenceCleaning.FurnitureLines#isFurnitureByRegexes}):
 * on lines made of every ANYWHERE phrase and near misses of them (cut, a char changed, "apparently",
 * "the latest figures"), in any case, among curly quotes, dashes, chars beyond Latin-1 and chars
 * whose lower case is ASCII, each line read in place inside a longer text.
 */
class FurnitureHintsTest {
    private static final String[] PHRASES = {"all rights reserved", "newsletter", "getty images", "(photo:", "photo credit", "\u00A9 2024",
        "\u00A92023", "\u00A9 ", "share on facebook", "share on x", "share on linkedin", "followed unfollow", "google news", "follow us",
        "follow our WhatsApp channel", "follow our \u00E9dition page", "follow our news", "hide caption", "download our app", "get the app",
        "install the app", "get the latest news", "for the latest updates", "the latest headlines", "apparently", "approve",
        "the latest figures", "photos", "photo", "share", "following", "caption", "reserved", "getty"};
    private static final String[] AROUND = {" ", " ", "  ", "\u201C", "\u201D", "\u2019", "\u2014", "\u00A0", "'", ".", ",", ":", "?",
        "\u212A", "\u0130", "\u00E9", "\u0436", "\uD83D\uDE00", "2024", "1"};

    private static String phrase(java.util.Random r) {
        String p = Texts.oneOf(r, PHRASES);
        p = switch (r.nextInt(4)) {
            case 0 -> p.toUpperCase(Locale.ROOT);
            case 1 -> Character.toUpperCase(p.charAt(0)) + p.substring(1);
            default -> p;
        };
        if (r.nextInt(4) == 0) { // cut, or a char changed to one that may (or may not) lower-case into it
            int at = r.nextInt(p.length());
            p = r.nextBoolean() ? p.substring(0, at) : p.substring(0, at) + Texts.oneOf(r, "\u212A", "\u0130", "\u00E9", "x", " ", "?") + p.substring(at + 1);
        }
        return p;
    }

    private static String line(java.util.Random r) {
        return Texts.pieces(r, 8, FurnitureHintsTest::phrase, q -> Texts.oneOf(q, AROUND), q -> Texts.letters(q, 7));
    }

    @Test
    void preChecksSayNoOnlyWhereTheRegexesFindNothing() {
        int[] furniture = new int[2];
        Trials.run("furniture hints", 60_000, r -> List.of(line(r), line(r)), t -> {
            String text = t.get(0) + "\n" + t.get(1) + (t.get(1).isBlank() ? "x" : "");
            for (PageLine l : PageLine.split(text)) {
                boolean want = ReferenceCleaning.FurnitureLines.isFurnitureByRegexes(l);
                assertEquals(want, FurnitureLines.isFurniture(l), l.original());
                furniture[want ? 1 : 0]++;
            }
        });
        assertTrue(furniture[0] > 10_000 && furniture[1] > 10_000, "lines not furniture, furniture: " + java.util.Arrays.toString(furniture));
    }
}
