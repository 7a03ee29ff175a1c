package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arabic copies of a story, one written with some vowel signs and a shadda, one with words stretched by the tatweel,
 * are duplicates of the plain copy; another story is not. (Written for this test.)
 */
class OptionalMarksTest {
    private static final String PLAIN = "\u0642\u0627\u0644 \u0648\u0632\u064a\u0631 \u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629 "
            + "\u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0645\u0639 \u0627\u0644\u0648\u0641\u062f "
            + "\u0643\u0627\u0646\u062a \u0635\u0631\u064a\u062d\u0629 \u0648\u0645\u0641\u064a\u062f\u0629\u060c \u0648\u0623\u0636\u0627\u0641 "
            + "\u0623\u0646 \u0627\u0644\u062c\u0627\u0646\u0628\u064a\u0646 \u0627\u062a\u0641\u0642\u0627 \u0639\u0644\u0649 "
            + "\u0645\u0648\u0627\u0635\u0644\u0629 \u0627\u0644\u062d\u0648\u0627\u0631 \u0627\u0644\u0623\u0633\u0628\u0648\u0639 "
            + "\u0627\u0644\u0645\u0642\u0628\u0644 \u0644\u0628\u062d\u062b \u0642\u0636\u0627\u064a\u0627 \u0627\u0644\u0623\u0645\u0646 "
            + "\u0648\u0627\u0644\u062a\u0639\u0627\u0648\u0646 \u0627\u0644\u0627\u0642\u062a\u0635\u0627\u062f\u064a \u0628\u064a\u0646 "
            + "\u0627\u0644\u0628\u0644\u062f\u064a\u0646.";
    private static final String OTHER = "\u0623\u0639\u0644\u0646\u062a \u0627\u0644\u0633\u0644\u0637\u0627\u062a \u0625\u063a\u0644\u0627\u0642 "
            + "\u0627\u0644\u0645\u064a\u0646\u0627\u0621 \u0627\u0644\u0634\u0645\u0627\u0644\u064a \u0628\u0639\u062f \u0639\u0627\u0635\u0641\u0629 "
            + "\u0642\u0648\u064a\u0629 \u0623\u063a\u0631\u0642\u062a \u0633\u0641\u064a\u0646\u0629 \u0634\u062d\u0646 \u0648\u0623\u0644\u062d\u0642\u062a "
            + "\u0623\u0636\u0631\u0627\u0631\u0627 \u0628\u0627\u0644\u0623\u0631\u0635\u0641\u0629\u060c \u0648\u0642\u0627\u0644 \u0645\u0633\u0624\u0648\u0644\u0648\u0646 "
            + "\u0625\u0646 \u0627\u0644\u0645\u0644\u0627\u062d\u0629 \u0633\u062a\u0633\u062a\u0623\u0646\u0641 \u062e\u0644\u0627\u0644 \u0623\u0633\u0628\u0648\u0639.";

    @Test
    void copiesWithAndWithoutOptionalMarksAreDuplicates() {
        String vocalized = PLAIN.replace("\u0642\u0627\u0644", "\u0642\u064e\u0627\u0644\u064e").replace("\u0627\u0644\u062d\u0648\u0627\u0631", "\u0627\u0644\u062d\u0650\u0648\u064e\u0627\u0631")
                .replace("\u0648\u0627\u0644\u062a\u0639\u0627\u0648\u0646", "\u0648\u0627\u0644\u062a\u0651\u064e\u0639\u064e\u0627\u0648\u064f\u0646")
                .replace("\u0627\u0644\u0623\u0645\u0646", "\u0627\u0644\u0623\u064e\u0645\u0652\u0646");
        String stretched = PLAIN.replace("\u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629", "\u0627\u0644\u062e\u0640\u0627\u0631\u062c\u0640\u064a\u0640\u0629")
                .replace("\u0627\u0644\u0627\u0642\u062a\u0635\u0627\u062f\u064a", "\u0627\u0644\u0627\u0642\u0640\u062a\u0640\u0635\u0640\u0627\u062f\u064a");
        assertNotEquals(PLAIN, vocalized);
        assertNotEquals(PLAIN, stretched);
        NewsCollection news = NewsCollection.of(List.of(Article.of("plain", PLAIN), Article.of("vocalized", vocalized),
                Article.of("stretched", stretched), Article.of("other", OTHER)));
        assertEquals(1, news.duplicates().size(), "one group");
        NewsCollection.Duplicates d = news.duplicates().getFirst();
        List<String> ids = new java.util.ArrayList<>(List.of(d.canonical()));
        for (NewsCollection.Duplicates.Copy c : d.copies()) {
            ids.add(c.id());
            assertEquals(1.0, c.jaccard(), 1e-9, c.id());
        }
        assertEquals(List.of("plain", "stretched", "vocalized"), ids.stream().sorted().toList());
    }
}
