package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article that gives no index term (stop words and single letters only, as a scraped "Read more" or "A to Z" page
 * can be) has an empty TF-IDF vector. Undated, it comes first in date order, so it is the first search of the threads
 * that take it: it must be clustered and ranked like any other article, alone. (Until this test, such a first search
 * failed, and every story command with it.)
 */
class TermlessArticleTest {
    private static final String[] STORIES = {
        "Rescue teams searched the collapsed school in Corvaro through the night after the earthquake, and officials said "
            + "at least 27 people had died in the mountain town.",
        "The central bank of Hollmark held its interest rate at 4 percent on Thursday, saying inflation had eased but wages "
            + "were still rising faster than expected.",
        "Negotiators from the two river states met again in Tessaly to settle the dam's water quotas, the third round of "
            + "talks this year.",
        "A storm flooded the harbour district of Port Amsel, closing the ferry terminal and cutting power to thousands of "
            + "homes along the coast."};

    @Test
    void anArticleWithoutIndexTermsIsClusteredAndRankedAlone() {
        for (int at = 0; at <= STORIES.length; at++) { // wherever it stands in the input
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < STORIES.length; i++) {
                articles.add(Article.of("story-" + i, STORIES[i]));
                articles.add(Article.of("copy-" + i, STORIES[i] + " The agency reported it first."));
            }
            articles.add(at * 2, Article.of("termless", "A to the of and. Is it? X"));
            NewsCollection news = NewsCollection.of(articles);

            List<NewsCollection.Story> stories = news.stories();
            assertEquals(articles.size(), stories.stream().mapToInt(s -> s.ids().size()).sum(), "every article in one story");
            assertTrue(stories.stream().anyMatch(s -> s.ids().equals(List.of("termless"))), "the termless article alone: " + stories);
            for (int i = 0; i < STORIES.length; i++) {
                String story = "story-" + i, copy = "copy-" + i;
                assertTrue(stories.stream().anyMatch(s -> s.ids().contains(story) && s.ids().contains(copy)), "a story and its copy together");
                assertTrue(news.related(story, 5).stream().noneMatch(h -> h.id().equals("termless")), "nothing relates to it");
            }
            assertEquals(List.of(), news.related("termless", 5), "it relates to nothing");
        }
    }
}
