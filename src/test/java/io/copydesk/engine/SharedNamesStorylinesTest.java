package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * In a small collection idf cannot tell names from the words of a kind of event: two chemical fires
 * in different towns shared enough of those words to be one storyline. Storylines now also need two
 * shared names, which the collection's own capitals tell apart; a fire and its inquiry share them.
 * Every page is written for this test.
 */
class SharedNamesStorylinesTest {
    private static Article page(String id, String date, String title, String... paragraphs) {
        return new Article(id, title, String.join("\n", paragraphs), Instant.parse(date + "T09:00:00Z"), id.substring(0, id.indexOf('/')), null);
    }

    static final List<Article> PAGES = List.of(
            page("a/fire", "2025-02-03", "Chemical plant fire forces evacuation in Brenmoor",
                    "A large fire broke out at a chemical plant in Brenmoor on Monday, forcing hundreds of residents to leave their homes as thick black smoke drifted over the town.",
                    "Firefighters from across Halden County battled the blaze for nine hours before bringing it under control, officials said.",
                    "The plant, operated by Corvel Industries, stores solvents and industrial cleaners. No deaths were reported, but four workers were treated for smoke inhalation.",
                    "Residents within two kilometres of the site were told to keep windows closed. An investigation into the cause of the fire has begun."),
            page("b/other-fire", "2025-05-24", "Blaze at chemical works sends smoke over Tarvik",
                    "A fire at a chemical works on the edge of Tarvik sent a plume of smoke over the town on Saturday and forced the evacuation of nearby streets.",
                    "Firefighters fought the blaze through the night. The fire service said the flames reached storage tanks holding solvents before crews brought the fire under control.",
                    "Two workers were taken to hospital with smoke inhalation. Residents were told to keep windows and doors closed.",
                    "The company that runs the works, Ostrander Chemicals, said it would cooperate with an investigation into the cause."),
            page("c/inquiry", "2025-04-14", "Inquiry blames faulty valve for Brenmoor plant fire",
                    "A faulty valve on a solvent tank caused the February fire at the Corvel Industries plant in Brenmoor, an inquiry by Halden County found on Monday.",
                    "The report said the valve had not been inspected for three years and that staff at Corvel Industries had raised concerns about it twice.",
                    "Residents who were evacuated during the blaze called for the plant to stay closed until every tank has been checked.",
                    "The company said it accepted the findings of the Halden County inquiry and had replaced valves across the site."),
            page("a/library", "2025-06-15", "New library opens its doors in Brenmoor",
                    "The town of Brenmoor opened its new central library on Sunday, a glass building with room for 300,000 books and a floor for children.",
                    "Mayor Lena Toft cut the ribbon in front of several hundred visitors. The library cost 40 million to build and took two years."),
            page("c/budget", "2025-03-10", "Parliament passes budget after long debate",
                    "Lawmakers in Velmora approved the annual budget late on Thursday after a debate that lasted three days.",
                    "Finance minister Idris Kaland said the plan would cut the deficit while raising spending on schools and hospitals.",
                    "Opposition parties voted against it, saying taxes on small firms were too high."),
            page("c/football", "2025-04-02", "Rovers win the cup in extra time",
                    "Harlow Rovers won the national cup on Sunday, beating Delmont City 2-1 after extra time in front of a crowd of 40,000.",
                    "Striker Pavel Osei scored the winner in the 112th minute with a header from a corner.",
                    "It is the first major trophy for the club in twenty years."));

    @Test
    void sameKindEventsInOtherTownsAndATownsOtherNewsAreNotTheFiresStoryline() {
        Map<String, Integer> storyline = storylines(PAGES);
        assertNotEquals(storyline.get("a/fire"), storyline.get("b/other-fire"), "two fires, no name in common: " + storyline);
        assertNotEquals(storyline.get("a/fire"), storyline.get("a/library"), "one town's name in common: " + storyline);
        assertEquals(storyline.get("a/fire"), storyline.get("c/inquiry"), "the fire's inquiry: its plant, town and county: " + storyline);
    }

    @Test
    void withoutCapitalsTheCollectionSaysNothingOfNamesAndStorylinesAreLinkedOnTheirWordsAsBefore() {
        // the same pages in lower case: no evidence of names, so no two shared names are asked for
        List<Article> lower = PAGES.stream().map(a -> new Article(a.id(), a.title().toLowerCase(java.util.Locale.ROOT),
                a.text().toLowerCase(java.util.Locale.ROOT), a.date(), a.source(), a.url())).toList();
        Map<String, Integer> storyline = storylines(lower);
        assertEquals(storyline.get("a/fire"), storyline.get("b/other-fire"), "the fires' words link them, as they did before names: " + storyline);
    }

    /** Each page's storyline (its position in the collection's storylines). */
    private static Map<String, Integer> storylines(List<Article> pages) {
        List<NewsCollection.Storyline> all = NewsCollection.of(pages).storylines();
        return pages.stream().map(Article::id).collect(Collectors.toMap(Function.identity(), id -> {
            for (int s = 0; s < all.size(); s++) if (all.get(s).ids().contains(id)) return s;
            throw new AssertionError(id + " in no storyline");
        }));
    }
}
