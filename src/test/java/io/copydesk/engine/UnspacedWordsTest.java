package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.Article;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Thai, written without spaces between words, and Hindi, whose words hold marks OpenNLP cuts at, read as words: two
 * reports of one event in other words share their terms, as English ones do. (Written for this test.)
 */
class UnspacedWordsTest {
    private static final Instant DAY = Instant.parse("2025-03-01T00:00:00Z");

    private static Article article(String id, String title, String text) {
        return new Article(id, title, text, DAY, null, null);
    }

    private static RelatedStories stories(List<Article> articles) {
        return RelatedStories.build(Corpus.of(articles, AnalysisConfig.DEFAULT), RelatedConfig.DEFAULT.withThreads(2), Progress.NONE);
    }

    /** Two reports of one flood in other words meet at the event level's default (0.30); a football match stays apart. */
    @Test
    void thaiReportsOfOneEventShareTheirWords() {
        RelatedStories rs = stories(List.of(
                article("flood-a", "\u0E19\u0E49\u0E33\u0E17\u0E48\u0E27\u0E21\u0E40\u0E0A\u0E35\u0E22\u0E07\u0E43\u0E2B\u0E21\u0E48",
                        "\u0E19\u0E49\u0E33\u0E17\u0E48\u0E27\u0E21\u0E2B\u0E19\u0E31\u0E01\u0E43\u0E19\u0E08\u0E31\u0E07\u0E2B\u0E27\u0E31\u0E14"
                        + "\u0E40\u0E0A\u0E35\u0E22\u0E07\u0E43\u0E2B\u0E21\u0E48 \u0E0A\u0E32\u0E27\u0E1A\u0E49\u0E32\u0E19\u0E2B\u0E25\u0E32\u0E22"
                        + "\u0E1E\u0E31\u0E19\u0E04\u0E23\u0E31\u0E27\u0E40\u0E23\u0E37\u0E2D\u0E19\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A\u0E1C\u0E25"
                        + "\u0E01\u0E23\u0E30\u0E17\u0E1A \u0E23\u0E31\u0E10\u0E1A\u0E32\u0E25\u0E2A\u0E48\u0E07\u0E40\u0E08\u0E49\u0E32\u0E2B\u0E19"
                        + "\u0E49\u0E32\u0E17\u0E35\u0E48\u0E44\u0E1B\u0E0A\u0E48\u0E27\u0E22\u0E40\u0E2B\u0E25\u0E37\u0E2D\u0E1C\u0E39\u0E49\u0E1B"
                        + "\u0E23\u0E30\u0E2A\u0E1A\u0E20\u0E31\u0E22"),
                article("flood-b", "\u0E23\u0E31\u0E10\u0E1A\u0E32\u0E25\u0E0A\u0E48\u0E27\u0E22\u0E1C\u0E39\u0E49\u0E1B\u0E23\u0E30\u0E2A\u0E1A"
                        + "\u0E20\u0E31\u0E22",
                        "\u0E23\u0E31\u0E10\u0E1A\u0E32\u0E25\u0E40\u0E23\u0E48\u0E07\u0E0A\u0E48\u0E27\u0E22\u0E40\u0E2B\u0E25\u0E37\u0E2D\u0E1C"
                        + "\u0E39\u0E49\u0E1B\u0E23\u0E30\u0E2A\u0E1A\u0E20\u0E31\u0E22\u0E19\u0E49\u0E33\u0E17\u0E48\u0E27\u0E21\u0E17\u0E35\u0E48"
                        + "\u0E40\u0E0A\u0E35\u0E22\u0E07\u0E43\u0E2B\u0E21\u0E48 \u0E2B\u0E25\u0E31\u0E07\u0E1D\u0E19\u0E15\u0E01\u0E2B\u0E19\u0E31"
                        + "\u0E01\u0E15\u0E34\u0E14\u0E15\u0E48\u0E2D\u0E01\u0E31\u0E19\u0E2B\u0E25\u0E32\u0E22\u0E27\u0E31\u0E19 \u0E04\u0E23\u0E31"
                        + "\u0E27\u0E40\u0E23\u0E37\u0E2D\u0E19\u0E08\u0E33\u0E19\u0E27\u0E19\u0E21\u0E32\u0E01\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A"
                        + "\u0E04\u0E27\u0E32\u0E21\u0E40\u0E2A\u0E35\u0E22\u0E2B\u0E32\u0E22"),
                article("football", "\u0E17\u0E35\u0E21\u0E0A\u0E32\u0E15\u0E34\u0E44\u0E17\u0E22\u0E0A\u0E19\u0E30",
                        "\u0E17\u0E35\u0E21\u0E1F\u0E38\u0E15\u0E1A\u0E2D\u0E25\u0E17\u0E35\u0E21\u0E0A\u0E32\u0E15\u0E34\u0E44\u0E17\u0E22\u0E0A"
                        + "\u0E19\u0E30\u0E01\u0E32\u0E23\u0E41\u0E02\u0E48\u0E07\u0E02\u0E31\u0E19\u0E19\u0E31\u0E14\u0E2A\u0E33\u0E04\u0E31\u0E0D "
                        + "\u0E41\u0E1F\u0E19\u0E1A\u0E2D\u0E25\u0E08\u0E33\u0E19\u0E27\u0E19\u0E21\u0E32\u0E01\u0E40\u0E14\u0E34\u0E19\u0E17\u0E32"
                        + "\u0E07\u0E44\u0E1B\u0E43\u0E2B\u0E49\u0E01\u0E33\u0E25\u0E31\u0E07\u0E43\u0E08\u0E17\u0E35\u0E48\u0E2A\u0E19\u0E32\u0E21"
                        + "\u0E01\u0E35\u0E2C\u0E32\u0E41\u0E2B\u0E48\u0E07\u0E0A\u0E32\u0E15\u0E34")));
        RelatedExplanation same = rs.explain("flood-a", "flood-b"), other = rs.explain("flood-a", "football");
        assertTrue(same.cosine() >= 0.30, "one flood: " + same.cosine());
        assertTrue(other.cosine() < 0.05, "a flood and a match: " + other.cosine());
        Set<String> shared = same.shared().stream().map(RelatedExplanation.SharedTerm::word).collect(Collectors.toSet());
        // "government", "Chiang Mai", "flood" (its two words, water and flooding), "to help": words, not phrases
        for (String word : List.of("\u0E23\u0E31\u0E10\u0E1A\u0E32\u0E25", "\u0E40\u0E0A\u0E35\u0E22\u0E07\u0E43\u0E2B\u0E21\u0E48",
                "\u0E17\u0E48\u0E27\u0E21", "\u0E0A\u0E48\u0E27\u0E22\u0E40\u0E2B\u0E25\u0E37\u0E2D")) {
            assertTrue(shared.contains(word), word + " in " + shared);
        }
    }

    /** A Hindi word with a conjunct (the virama joins two consonants) is one term, not two pieces cut at the virama. */
    @Test
    void hindiConjunctsStayInTheirWords() {
        String delhi = "\u0926\u093F\u0932\u094D\u0932\u0940", minister = "\u092E\u0941\u0916\u094D\u092F\u092E\u0902\u0924\u094D\u0930\u0940";
        RelatedStories rs = stories(List.of(
                article("rain-a", delhi + " \u092E\u0947\u0902 \u092D\u093E\u0930\u0940 \u092C\u093E\u0930\u093F\u0936",
                        delhi + " \u092E\u0947\u0902 \u092D\u093E\u0930\u0940 \u092C\u093E\u0930\u093F\u0936 \u0915\u0947 \u092C\u093E\u0926 "
                        + minister + " \u0928\u0947 \u0938\u094D\u0925\u093F\u0924\u093F \u0915\u0940 \u0938\u092E\u0940\u0915\u094D\u0937\u093E "
                        + "\u0915\u0940\u0964"),
                article("rain-b", "\u092C\u093E\u0930\u093F\u0936 \u0938\u0947 " + delhi + " \u092C\u0947\u0939\u093E\u0932",
                        "\u092D\u093E\u0930\u0940 \u092C\u093E\u0930\u093F\u0936 \u0938\u0947 " + delhi + " \u0915\u0947 \u0915\u0908 "
                        + "\u0907\u0932\u093E\u0915\u094B\u0902 \u092E\u0947\u0902 \u092A\u093E\u0928\u0940 \u092D\u0930 \u0917\u092F\u093E "
                        + "\u0914\u0930 " + minister + " \u0928\u0947 \u0938\u0924\u0930\u094D\u0915 \u0930\u0939\u0928\u0947 \u0915\u094B "
                        + "\u0915\u0939\u093E\u0964")));
        Set<String> shared = rs.explain("rain-a", "rain-b").shared().stream().map(RelatedExplanation.SharedTerm::word).collect(Collectors.toSet());
        assertTrue(shared.contains(delhi), shared.toString());
        assertTrue(shared.contains(minister), shared.toString());
        assertFalse(shared.contains("\u0926\u093F\u0932"), "cut at the virama: " + shared);
    }
}
