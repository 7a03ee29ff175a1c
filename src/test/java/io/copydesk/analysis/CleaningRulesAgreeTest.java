package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.RecordStream;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The page rules as rewritten for speed (pre-checks before the regexes, counts taken in the line
 * split, a line's doubling decided once) give every line the reason the rules as first written
 * give it ({@link ReferenceCleaning}): on random pages built from the lines the rules look for and
 * near misses of them, on generated articles and on the bundled corpus.
 */
class CleaningRulesAgreeTest {
    /** Whole lines and line starts the rules look at, in several cases, and near misses of them. */
    private static final String[] LINES = {"Read more", "READ MORE:", "Read more \u2013", "read more >>", "Read also", "Also Read",
        "Also read: Markets fall again", "Read: The long road home", "Read next", "Up next", "Related", "Related stories", "Related Coverage:",
        "Editor's Choice", "Editors' picks", "Editor\u2019s Choice", "Editors Pick", "editor''s choice", "More from Reuters",
        "More from", "Morefrom the site", "More in World News", "More in \u00C9conomie", "More stories", "More on this story", "More like this",
        "Recommended for you", "Recommended", "Trending now", "Trending", "You may also like", "You might like", "Most read", "Most Popular",
        "Popular on Daily Ledger", "Popular", "Top stories", "See also", "See also: the report", "Further reading", "Latest", "Latest videos",
        "What to read next", "Don't miss", "Don\u2019t miss", "Must read", "Must Read | The budget explained", "In case you missed it",
        "Before you go", "Explore more", "In other news", "From around the web", "Sponsored content", "Promoted stories", "Watch more",
        "Watch: Floods in the north", "Listen - the podcast", "More videos", "Tags", "Tags: politics, economy", "Topics", "Filed under",
        "Also see > Another headline", "Also watch: the speech", "Related: \u2022 one more", "\u0130n other news", "\u212Aeep reading",
        "Published 12 March 2024", "Published: 12 March 2024 09:30", "Updated 2024-01-22", "Updated February 9, 2024",
        "Updated Feb. 9, 2024, 5:22 p.m. EST", "Last updated on Tuesday, 3 May 2022, 17:22 ist", "\u2022 Jan 10 2022, 17:22 IST",
        "Posted by Jane Doe", "Postedby the desk", "Modified", "By Jane Doe", "By JANE DOE and John Roe", "by the way this is prose.",
        "Photo: Jane Doe / Reuters", "Photos (AP)", "Image credit: AFP", "Picture: supplied", "Video/ Reuters", "File photo: AFP",
        "Photograph: Getty", "Credit: AFP File Photo", "Share this", "Share on Facebook", "Share:", "Share", "Shares rose 3%",
        "Follow us", "Followed Unfollow", "Follow", "Unfollow", "Tweet", "Tweets from the minister said the talks failed.", "Email this",
        "Print this page", "Sign up for our newsletter", "Subscribe", "Subscribers say the service is slow.", "Advertisement",
        "Sponsored", "Copyright 2024 Daily Ledger", "\u00A9 2023 Buro Star. All rights reserved.", "(c) 2022 the wire", "Click here",
        "Tap here to read", "Download our app", "Download the App now", "Listen to this article", "Reading time: 4 min",
        "5 min read", "12 minute read", "Photo 1 of 8", "Image 3/12", "Slide 2 of 10", "Page 2 of 5", "Gallery 4 of 9", "12 comments",
        "1 Comment", "340 shares", "Share 12 Tweet 3", "Photo 1 of 8 shows the harbour at dawn.", "Page 2 of the report lists 40 towns.",
        "12 comments were sent to the council.", "Get the latest news", "Follow our WhatsApp channel", "Hide caption", "Google News",
        "Install the app", "For the latest updates", "Have a story for us? Write to tips@burostar.example",
        "Rescuers search the rubble on Tuesday. (AP Photo/Jane Doe)", "The harbour at dawn Photo by Jane Doe",
        "Protesters outside parliament. Credit: AFP File Photo", "A crowd gathers (Reuters)", "AP", "AFP, Moscow", "Moscow:", "Home",
        "Home | World | Business | Politics | Sport | Science | Health",
        "Markets rally on rate cut Markets rally on rate cut", "Markets rally on rate cut  Markets rally on rate cuts",
        "Biggest Billionaires: The Top 10 Richest People", "Floods Hit The North Again", "- Floods hit the north again",
        "\u2022 Five things to know about the budget", "1. Ten ways to save", "\"Quoted headline here\"", "Ministers meet in Rome",
        "The minister said the talks would resume on Monday.", "He said: \"We will not stop.\"", "Prices rose,", "Choose your country",
        "\u00C9lys\u00E9e Palace statement", "\u0436\u0438\u0437\u043D\u044C \u0438 \u0441\u043C\u0435\u0440\u0442\u044C", "12", "2024",
        "***", "\u2014", "...",
        // Chinese and Japanese: prose ending in a full stop, a label, a link with a full-width colon or comma, a quote
        "\u592E\u884C\u5BA3\u5E03\u5229\u7387\u4E0D\u53D8\u3002", "\u76F8\u5173\u9605\u8BFB", "\u76F8\u5173\u9605\u8BFB\uFF1A",
        "\u5E02\u573A\u4EF7\u683C\uFF0C", "\u300C\u6771\u4EAC\u306E\u30CB\u30E5\u30FC\u30B9\u300D", "\u8BB0\u8005\u738B\u660E\u3001",
        "\u0938\u092E\u093E\u091A\u093E\u0930 \u0939\u0948\u0964",
        // "read more" cues of other languages, and lines that start like them
        "Lea tambi\u00E9n", "Lire aussi :", "\u00C0 lire aussi", "Mehr zum Thema", "Das k\u00F6nnte Sie auch interessieren",
        "Leia mais", "Sur le m\u00EAme sujet", "\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043A\u0436\u0435",
        "\u76F8\u5173\u9605\u8BFB\uFF1A", "\u95A2\u9023\u8A18\u4E8B", "Lea el informe completo.", "Mehr als 20 Tote", "Auch das noch",
        // share prompts and rights notices of other languages, and lines that start like them
        "Compartir:", "Compartir en Facebook", "Compartir es vivir.", "Partager sur Twitter", "Teilen", "Teilen Sie Ihre Meinung",
        "\u041F\u043E\u0434\u0435\u043B\u0438\u0442\u044C\u0441\u044F", "\u5206\u4EAB\u5230\uFF1A\u5FAE\u4FE1 \u5FAE\u535A",
        "\u00A9 2024 El Diario. Todos los derechos reservados.", "Tous droits r\u00E9serv\u00E9s", "Alle Rechte vorbehalten.",
        "\u7248\u6743\u6240\u6709 \u6E2F\u53E3\u65E5\u62A5", "\u0412\u0441\u0435 \u043F\u0440\u0430\u0432\u0430 \u0437\u0430\u0449\u0438\u0449\u0435\u043D\u044B.",
        "\u0412\u0421\u0415 \u041F\u0420\u0410\u0412\u0410 \u0417\u0410\u0429\u0418\u0429\u0415\u041D\u042B", "TUTTI I DIRITTI RISERVATI"};
    private static final String[] WORDS = {"the", "minister", "said", "Talks", "Rome", "Paris", "AND", "of", "Sign", "up", "Read", "more",
        "photo", "by", "2024", "12", "March", "Jan", "ist", "p.m.", "at", "5:22", "\u00C9t\u00E9", "\u0130stanbul", "\u01C5ab", "Home", "World"};

    private static String line(Random r) {
        switch (r.nextInt(10)) {
            case 0, 1, 2, 3: return Texts.oneOf(r, LINES);
            case 4: { // a line of the list in another case
                String s = Texts.oneOf(r, LINES);
                return r.nextBoolean() ? s.toUpperCase() : s.toLowerCase();
            }
            case 5: { // a line of the list with words before or after it
                String s = Texts.oneOf(r, LINES);
                return r.nextBoolean() ? s + Texts.oneOf(r, " ", ": ", " - ", "") + Texts.oneOf(r, WORDS) : Texts.oneOf(r, WORDS) + " " + s;
            }
            case 6: { // a menu or a story paragraph: many words, some capitalized, some sentence ends
                int words = 15 + r.nextInt(60), capitals = r.nextInt(11);
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    String word = r.nextInt(4) == 0 ? Texts.oneOf(r, WORDS) : Texts.letters(r, 8);
                    if (r.nextInt(10) < capitals) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    b.append(word).append(Texts.oneOf(r, " ", " ", " ", " ", ", ", ". ", " | ", " / "));
                }
                return b.toString().strip() + Texts.oneOf(r, ".", "", "!", ")", " (Reuters)", ":");
            }
            case 7: { // doubled
                String s = Texts.oneOf(r, LINES) + " " + Texts.oneOf(r, WORDS);
                return s + Texts.oneOf(r, " ", "  ", "\t") + (r.nextInt(5) == 0 ? s.toUpperCase() : s);
            }
            default: return Texts.pieces(r, 12, q -> Texts.oneOf(q, WORDS) + " ", q -> Texts.oneOf(q, LINES) + " ",
                    q -> Texts.oneOf(q, " ", ". ", ": ", ", ", "(", ")", "\u2019", "'", "\u00A0"));
        }
    }

    private static Article page(Random r) {
        List<String> lines = Texts.list(r, 14, CleaningRulesAgreeTest::line);
        if (!lines.isEmpty() && r.nextInt(4) == 0) lines.add(lines.get(r.nextInt(lines.size()))); // repeated lines and captions
        if (!lines.isEmpty() && r.nextInt(4) == 0) lines.add(r.nextInt(lines.size()), lines.get(r.nextInt(lines.size())));
        StringBuilder text = new StringBuilder();
        for (String l : lines) text.append(l).append(Texts.oneOf(r, "\n", "\n", "\n\n", " \n", "\r\n"));
        String title = lines.isEmpty() || r.nextInt(3) > 0 ? Texts.oneOf(r, WORDS) + " " + Texts.oneOf(r, WORDS) : lines.get(0);
        return new Article("p", title, text.toString(), null, r.nextBoolean() ? "Daily Ledger" : null, null);
    }

    private static void agree(Article a) {
        List<PageLine> lines = PageLine.split(a.text());
        String[] want = ReferenceCleaning.articleReasons(a.title(), PageLine.split(a.text()));
        assertArrayEquals(want, Boilerplate.articleReasons(a, lines), a.id());
    }

    @Test
    void randomPagesGetTheReasonsTheRulesAsFirstWrittenGive() {
        int[] removed = new int[1];
        Trials.run("cleaning rules", 30_000, CleaningRulesAgreeTest::page, a -> {
            agree(a);
            for (String reason : Boilerplate.articleReasons(a, PageLine.split(a.text()))) if (reason != null) removed[0]++;
        });
        assertTrue(removed[0] > 30_000, "the pages hold furniture the rules remove: " + removed[0]);
    }

    @Test
    void generatedArticlesAndTheCorpusGetTheSameReasons() throws Exception {
        for (GeneratedArticle g : new NewsGenerator(GeneratorConfig.of(3_000).withSeed(Trials.SEED)).stream().toList()) agree(g.toArticle());
        int articles = 0;
        try (InputSet in = InputSet.of(List.of("corpus")); RecordStream s = in.open(ReadProblems.silent())) {
            for (ArticleRecord rec; (rec = s.next()) != null; articles++) agree(rec.article());
        }
        assertTrue(articles > 50, "corpus read: " + articles);
    }

    @Test
    void cueAndFurnitureTestsAgreeLineByLine() {
        int[] hits = new int[3];
        Trials.run("cue and furniture lines", 100_000, r -> {
            String s = line(r);
            if (r.nextInt(3) == 0 && s.length() > 1) { // a char of the start changed: case, a non-ASCII look-alike, an apostrophe
                int i = r.nextInt(Math.min(s.length(), 12));
                s = s.substring(0, i) + Texts.oneOf(r, "\u212A", "\u0130", "'", "\u2019", "S", "s", " ", "\u00E9", "-", "0") + s.substring(i + 1);
            }
            return s.strip().isEmpty() ? "x" : s.strip();
        }, s -> {
            PageLine l = PageLine.of(s, 0, s.length());
            boolean cue = ReferenceCleaning.LinkLists.isCue(l), furniture = ReferenceCleaning.FurnitureLines.isFurniture(l);
            boolean cueWithLink = ReferenceCleaning.LinkLists.CUE_WITH_LINK.matcher(l.lower()).matches();
            assertEquals(cue, LinkLists.isCue(l));
            assertEquals(cueWithLink, LinkLists.isCueWithLink(l));
            assertEquals(furniture, FurnitureLines.isFurniture(l));
            if (cue) hits[0]++;
            if (cueWithLink) hits[1]++;
            if (furniture) hits[2]++;
        });
        assertTrue(hits[0] > 2_000 && hits[1] > 2_000 && hits[2] > 5_000, "cues, cues with links, furniture: " + java.util.Arrays.toString(hits));
    }
}
