package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.testing.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Cleaning one page of a site never seen before (no counts over other pages): every rule on an
 * invented page in the layout of real scraped pages, and the story paragraphs always kept.
 */
class PageCleaningTest {
    private static final Boilerplate ONE_PAGE = Boilerplate.perArticle(BoilerplateConfig.DEFAULT);

    private static final List<String> STORY = List.of(
            "Port Elwin's harbour board on Thursday put off the ferry tender for a third time, citing rising fuel costs.",
            "The board's chair, Miriam Oduya, said the two bidders had been asked to revise their offers by the end of the month.",
            "\u201CWe will not sign a contract that the islands cannot afford,\u201D she said.",
            "Ferry users have waited since 2021 for a second vessel on the Elwin-Saltmarsh crossing.");

    /** The page furniture of an invented site, each rule's case once, around the story. */
    private static String page(List<String> story) {
        return String.join("\n",
                "A ferry waits at the quay in Port Elwin on March 2, 2023. (Coastline Photos)",
                "A ferry waits at the quay in Port Elwin on March 2, 2023. (Coastline Photos)",
                "Harbour board delays the ferry tender again",
                "Followed Unfollow",
                "Harbour Desk, Port Elwin",
                "Published: Updated:",
                "  \u2022 Feb 3 2023, 09:15 ist",
                story.get(0),
                "For the latest headlines, follow our Google News channel online or via the app",
                story.get(1),
                "Also Read | Saltmarsh council approves new sea wall",
                story.get(2),
                "The old ferry Tern leaves Saltmarsh in a storm. Credit: Island Gazette File Photo",
                story.get(3),
                "Read more:",
                "Elwin bakery wins regional bread award",
                "Storm warnings issued for the northern isles",
                "Editor's Choice",
                "Island school reopens after roof repairs Island school reopens after roof repairs",
                "Fishing quotas cut for the third year running Fishing quotas cut for the third year running",
                "Top Content",
                "Ten walks along the Elwin coast that every visitor should try at least once before the summer ends and the crowds arrive",
                "Before you go",
                "Seals return to the harbour mouth",
                "Seals return to the harbour mouth",
                "Choose your edition Elwin Saltmarsh Northern Isles Southern Isles Harbour District Old Town New Town Airport Road Lighthouse Point Mill Bay Hill Farms",
                "Explore More");
    }

    @Test
    void onePageOfAnUnknownSiteKeepsTheStoryAndNothingElse() {
        Article a = new Article("p", "Harbour board delays the ferry tender again", page(STORY), null, "harbourdesk", null);
        CleanText clean = ONE_PAGE.clean(a);
        assertEquals(String.join("\n", STORY), clean.keptText(), "removed: " + reasons(clean));
        Map<String, String> why = reasons(clean);
        assertEquals("caption", why.get("The old ferry Tern leaves Saltmarsh in a storm. Credit: Island Gazette File Photo"));
        assertEquals("printed twice", why.get("A ferry waits at the quay in Port Elwin on March 2, 2023. (Coastline Photos)"));
        assertEquals("date line", why.get("\u2022 Feb 3 2023, 09:15 ist"));
        assertEquals("link list", why.get("Also Read | Saltmarsh council approves new sea wall"));
        assertEquals("doubled line", why.get("Island school reopens after roof repairs Island school reopens after roof repairs"));
        assertEquals("menu", why.get("Choose your edition Elwin Saltmarsh Northern Isles Southern Isles Harbour District Old Town New Town "
                + "Airport Road Lighthouse Point Mill Bay Hill Farms"));
        assertEquals("repeated headline", why.get("Harbour board delays the ferry tender again"));
    }

    @Test
    void titleCaseRunsAndDoubledLinesAreListsWithoutACue() {
        String text = String.join("\n", STORY.get(0),
                "Harbour Board Names New Chief Executive",
                "Ten Things To Do In Saltmarsh This Weekend",
                STORY.get(1));
        CleanText clean = ONE_PAGE.clean(new Article("t", null, text, null, null, null));
        assertEquals(STORY.get(0) + "\n" + STORY.get(1), clean.keptText());
    }

    @Test
    void readMoreListsInOtherLanguagesGoWithTheirCue() {
        // Spanish: the cue, then headlines that start in lower case or with a quote (no title case to find them by)
        String[] es = {"El consejo del puerto aplaz\u00F3 otra vez la licitaci\u00F3n del transbordador.",
            "Los pescadores piden una reuni\u00F3n urgente con el alcalde.", "Lea tambi\u00E9n:",
            "el puerto cerrar\u00E1 dos muelles en invierno", "\u00ABNo hay dinero\u00BB, dice el alcalde"};
        CleanText clean = ONE_PAGE.clean(new Article("es", null, String.join("\n", es), null, null, null));
        assertEquals(es[0] + "\n" + es[1], clean.keptText(), "removed: " + reasons(clean));
        assertEquals("link list", reasons(clean).get(es[2]));
        // Chinese: "related reading:" and two linked headlines, after two paragraphs
        String[] zh = {"\u6E2F\u52A1\u5C40\u5468\u4E8C\u518D\u6B21\u63A8\u8FDF\u6E21\u8F6E\u62DB\u6807\u3002",
            "\u6E14\u6C11\u8981\u6C42\u4E0E\u5E02\u957F\u7D27\u6025\u4F1A\u9762\u3002", "\u76F8\u5173\u9605\u8BFB\uFF1A",
            "\u6E2F\u53E3\u51AC\u5B63\u5C06\u5173\u95ED\u4E24\u4E2A\u7801\u5934", "\u5E02\u957F\u79F0\u8D44\u91D1\u4E0D\u8DB3"};
        clean = ONE_PAGE.clean(new Article("zh", null, String.join("\n", zh), null, null, null));
        assertEquals(zh[0] + "\n" + zh[1], clean.keptText(), "removed: " + reasons(clean));
    }

    @Test
    void sharePromptsAndRightsNoticesInOtherLanguagesAreFurniture() {
        String[] page = {"Compartir en Facebook", "El consejo del puerto aplaz\u00F3 otra vez la licitaci\u00F3n del transbordador.",
            "Compartir es una costumbre del puerto, dijo el alcalde.", "\u00A9 2024 Diario del Puerto. Todos los derechos reservados.",
            "Derechos reservados 2024 Diario del Puerto"};
        CleanText clean = ONE_PAGE.clean(new Article("es", null, String.join("\n", page), null, null, null));
        assertEquals(page[1] + "\n" + page[2], clean.keptText(), "removed: " + reasons(clean));
        assertEquals("page furniture", reasons(clean).get(page[0]));
        assertEquals("page furniture", reasons(clean).get(page[3]));
        assertEquals("page furniture", reasons(clean).get(page[4]));
        String[] zh = {"\u5206\u4EAB\u5230\uFF1A\u5FAE\u4FE1 \u5FAE\u535A", "\u6E2F\u52A1\u5C40\u5468\u4E8C\u518D\u6B21\u63A8\u8FDF\u6E21\u8F6E\u62DB\u6807\u3002",
            "\u7248\u6743\u6240\u6709 \u6E2F\u53E3\u65E5\u62A5\u793E"};
        clean = ONE_PAGE.clean(new Article("zh", null, String.join("\n", zh), null, null, null));
        assertEquals(zh[1], clean.keptText(), "removed: " + reasons(clean));
    }

    @Test
    void galleryCaptionsRepeatedThroughThePageAreRemovedEveryTime() {
        String caption = "Photos: the week at the harbour in pictures";
        String text = String.join("\n", caption, STORY.get(0), caption, STORY.get(1), caption, STORY.get(3));
        CleanText clean = ONE_PAGE.clean(new Article("g", null, text, null, null, null));
        assertEquals(String.join("\n", STORY.get(0), STORY.get(1), STORY.get(3)), clean.keptText());
    }

    @Test
    void aMenuWrappedInSentencesOnOneLineIsStillAMenu() {
        StringBuilder places = new StringBuilder();
        String[] names = {"Elwin", "Saltmarsh", "Northern Isles", "Southern Isles", "Harbour District", "Old Town",
                "New Town", "Airport Road", "Lighthouse Point", "Mill Bay", "Hill Farms", "Tern Island", "Gull Rock",
                "West Quay", "East Quay", "Kelp Sound", "Fenwick", "Marrow Head", "Dunlin Flats", "Saint Oda"};
        for (String n : names) places.append(' ').append(n);
        String box = "Get the morning brief. Sign up for the top island stories every day. Choose your island"
                + places + " Sign Up Now. You may unsubscribe at any time.";
        String text = String.join("\n", STORY.get(0), box, STORY.get(1));
        CleanText clean = ONE_PAGE.clean(new Article("m", null, text, null, null, null));
        assertEquals(STORY.get(0) + "\n" + STORY.get(1), clean.keptText());
        assertEquals("menu", reasons(clean).get(box));

        // a story sentence naming many places keeps its commas and lower-case words: not a menu
        StringBuilder list = new StringBuilder("Ferries were cancelled on Monday between");
        for (int i = 0; i < names.length; i++) list.append(i == 0 ? " " : i == names.length - 1 ? " and " : ", ").append(names[i]);
        String prose = list + ", the harbour board said, and the council asked ferry users in Elwin, Saltmarsh and"
                + " the Northern Isles to check the timetable before they travel.";
        CleanText kept = ONE_PAGE.clean(new Article("p", null, STORY.get(0) + "\n" + prose, null, null, null));
        assertEquals(STORY.get(0) + "\n" + prose, kept.keptText(), "removed: " + reasons(kept));
    }

    /** Property: whatever furniture surrounds them, story paragraphs (sentences of prose) are never removed. */
    @Test
    void storyParagraphsSurviveAnyFurniture() {
        for (long seed = 1; seed <= 200; seed++) {
            Prose prose = new Prose(seed);
            List<String> story = new ArrayList<>();
            for (int i = 0; i < 4; i++) story.add(prose.paragraph());
            Article a = new Article("s" + seed, "Some headline of the page", page(story), null, null, null);
            String kept = ONE_PAGE.clean(a).keptText();
            for (String p : story) assertTrue(kept.contains(p), "seed " + seed + " lost a paragraph: " + p);
            assertEquals(String.join("\n", story), kept, "seed " + seed + ": only the story is kept");
        }
    }

    private static Map<String, String> reasons(CleanText clean) {
        Map<String, String> out = new TreeMap<>();
        for (Span s : clean.removed()) out.put(clean.text().substring(s.start(), s.end()), s.reason());
        return out;
    }
}
