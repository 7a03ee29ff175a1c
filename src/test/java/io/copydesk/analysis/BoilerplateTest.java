package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.testing.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    private static final String COURIER_TOP = """
            By Staff Reporter
            Published: 12 March 2024 Updated: 12 March 2024, 18:52
            Share on Facebook Share on X Email
            A view of the harbour at dawn. (Photo: Jane Doe/The Courier)
            """;
    private static final String COURIER_BOTTOM = """
            Read more:
            Council tax to rise by 4.9 per cent, budget papers show
            Planning row over seafront hotel extension
            Rugby club names new head coach
            Sign up to the Courier Morning Briefing: the day's top stories in your inbox at 7am.
            © 2024 The Harbour Courier. All rights reserved.
            """;

    private static String kept(Boilerplate b, Article a) {
        return b.clean(a).keptText();
    }

    @Test
    void removesFurnitureAndLinkListsButKeepsTheStory() {
        String story = "Rescue teams searched collapsed homes in the mountain villages on Tuesday, officials said.\n"
                + "The quake struck before dawn and was felt across the province.";
        Article a = new Article("a", "Quake kills 27", "Quake kills 27\n" + COURIER_TOP + story + "\n" + COURIER_BOTTOM, null, "courier", null);
        CleanText clean = Boilerplate.perArticle(BoilerplateConfig.DEFAULT).clean(a);
        assertEquals(story, clean.keptText());
        List<String> reasons = clean.removed().stream().map(Span::reason).distinct().sorted().toList();
        assertEquals(List.of("caption", "date line", "link list", "page furniture", "repeated headline"), reasons);
        for (Span s : clean.removed()) assertTrue(s.start() >= 0 && s.end() <= a.text().length());
    }

    @Test
    void wrappedProseIsNotMistakenForALinkList() {
        String wrapped = "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\n"
                + "January and improving prospects for the coming crop\nalthough normal humidity levels have not been restored\n"
                + "in the south, the review said.";
        Article a = new Article("w", null, wrapped, null, null, null);
        assertTrue(Boilerplate.perArticle(BoilerplateConfig.DEFAULT).clean(a).removed().isEmpty());
    }

    @Test
    void linesRepeatedOnOneSiteAreRemovedOnlyWhenShort() {
        Prose prose = new Prose(7);
        String footer = "The Valley Gazette is an independent paper serving the three river towns since 1902";
        String longShared = prose.sentence() + " " + prose.sentence() + " " + prose.sentence() + " " + prose.sentence();
        List<Article> site = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            site.add(new Article("g" + i, null, prose.paragraph() + "\n" + longShared + "\n" + footer, null, "gazette", null));
        }
        Boilerplate.Builder builder = Boilerplate.builder(BoilerplateConfig.DEFAULT);
        site.forEach(builder::add);
        Boilerplate b = builder.build();
        CleanText clean = b.clean(site.get(0));
        Span removed = clean.removed().getFirst();
        assertEquals("repeated on site", removed.reason());
        assertEquals(footer, site.get(0).text().substring(removed.start(), removed.end()));
        assertTrue(clean.keptText().contains(longShared), "a long shared paragraph is story text (an update), not furniture");
    }

    @Test
    void perArticleRepeatsAndHeadlineAreRemoved() {
        Article a = new Article("r", "Storm hits coast", "Storm hits coast\nWinds of 120 km/h hit the coast.\nWinds of 120 km/h hit the coast.",
                null, null, null);
        CleanText clean = Boilerplate.perArticle(BoilerplateConfig.DEFAULT).clean(a);
        assertEquals("Winds of 120 km/h hit the coast.", clean.keptText());
        assertEquals("repeated headline,repeated line", clean.removed().stream().map(Span::reason).collect(Collectors.joining(",")));
    }

    @Test
    void linesThatDifferOnlyInNumbersAreNotRepeats() {
        String table = "Harbour United won their home game against Valley Rovers by 3 goals to 1\n"
                + "Harbour United won their home game against Valley Rovers by 2 goals to 0";
        Article a = new Article("t", "Harbour United won again", table, null, null, null);
        assertEquals(table, Boilerplate.perArticle(BoilerplateConfig.DEFAULT).clean(a).keptText());
    }

    @Test
    void offKeepsEverything() {
        Article a = new Article("a", "T", "T\n" + COURIER_TOP + "Body line one.", null, null, null);
        assertTrue(Boilerplate.perArticle(BoilerplateConfig.OFF).clean(a).removed().isEmpty());
        assertTrue(kept(Boilerplate.perArticle(BoilerplateConfig.OFF), a).contains("Share on Facebook"));
    }

    /**
     * One split for cleaning and keys gives what two give: the same kept and removed lines as
     * {@code clean}, and the same keys as {@code Builder.lineKeys}, which reads lines only up to its
     * word cap. The lines here repeat with more or fewer numbers in them (the key ignores digits, the
     * word count does not), so one key sits on both sides of the caps; with and without a source.
     */
    @Test
    void cleaningWithKeysGivesTheCleaningAndTheKeysOfTwoSplits() {
        io.copydesk.testing.Trials.run("clean-with-keys", 300, r -> {
            String[][] skeletons = {{"Updated", "harbour"}, {"Read", "more"}, {"Share", "this", "story", "on", "the", "harbour", "site"}};
            StringBuilder text = new StringBuilder();
            for (int line = r.nextInt(12); line > 0; line--) {
                // the words of a skeleton with up to 40 numbers between them: one key, word counts on both sides of the caps
                for (String word : skeletons[r.nextInt(skeletons.length)]) {
                    text.append(word).append(' ');
                    for (int n = r.nextInt(4) == 0 ? r.nextInt(40) : 0; n > 0; n--) text.append(r.nextInt(100)).append(' ');
                }
                text.append(r.nextInt(5) == 0 ? "\n\n" : ".\n");
            }
            return new Article("a", r.nextBoolean() ? "Harbour" : null, text.toString(), null, r.nextBoolean() ? " Courier " : null, null);
        }, a -> {
            for (BoilerplateConfig config : List.of(BoilerplateConfig.DEFAULT, new BoilerplateConfig(true, 3, 5, 3, 20),
                    new BoilerplateConfig(false, 3, 30, 3, 12))) {
                Boilerplate.Builder builder = Boilerplate.builder(config);
                Boilerplate b = Boilerplate.perArticle(config);
                Boilerplate.Cleaned both = b.cleanWithKeys(a, builder);
                Boilerplate.LineKeys keys = builder.lineKeys(a);
                assertEquals(b.clean(a), both.text());
                assertArrayEquals(keys.corpus(), both.keys().corpus(), "corpus keys, " + config);
                assertArrayEquals(keys.site(), both.keys().site(), "site keys, " + config);
            }
        });
    }
}
