package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.Article;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.internal.json.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy whose accents are marks of their own after their letters (Unicode NFD), whose words hold soft hyphens
 * and zero-width spaces, or that kept HTML character references or markup, is the same story as its clean twin, read from a file or held in memory; another story in
 * the same language is not. (Written for this test.)
 */
class NormalFormTest {
    private static final String FRENCH = "Le conseil r\u00e9gional a approuv\u00e9 mercredi le plan de r\u00e9novation des lyc\u00e9es de Valr\u00e9mont, "
            + "un chantier de quatre ans financ\u00e9 \u00e0 moiti\u00e9 par l'\u00c9tat. Les syndicats d'enseignants ont salu\u00e9 une d\u00e9cision "
            + "attendue depuis longtemps, tout en r\u00e9clamant des garanties sur le calendrier des travaux pendant l'ann\u00e9e scolaire.";
    private static final String FRENCH_OTHER = "La pr\u00e9fecture de Valr\u00e9mont a ferm\u00e9 jeudi deux routes d\u00e9partementales apr\u00e8s des "
            + "chutes de pierres, et les \u00e9quipes de d\u00e9blaiement pr\u00e9voient plusieurs jours de travaux avant une r\u00e9ouverture partielle "
            + "sous surveillance des g\u00e9ologues.";
    private static final String VIETNAMESE = "Ch\u00ednh quy\u1ec1n th\u00e0nh ph\u1ed1 \u0111\u00e3 ph\u00ea duy\u1ec7t k\u1ebf ho\u1ea1ch x\u00e2y "
            + "d\u1ef1ng c\u00e2y c\u1ea7u m\u1edbi qua s\u00f4ng, d\u1ef1 ki\u1ebfn kh\u1edfi c\u00f4ng v\u00e0o m\u00f9a xu\u00e2n t\u1edbi v\u00e0 ho\u00e0n "
            + "th\u00e0nh sau ba n\u0103m, v\u1edbi t\u1ed5ng v\u1ed1n \u0111\u1ea7u t\u01b0 h\u01a1n hai ngh\u00ecn t\u1ef7 \u0111\u1ed3ng.";
    private static final String KOREAN = "\uc2dc \uc758\ud68c\ub294 \uc218\uc694\uc77c \uc0c8 \ub2e4\ub9ac \uac74\uc124 \uacc4\ud68d\uc744 "
            + "\uc2b9\uc778\ud588\uc73c\uba70 \uacf5\uc0ac\ub294 \ub0b4\ub144 \ubd04\uc5d0 \uc2dc\uc791\ud574 \uc0bc \ub144 \ub4a4\uc5d0 "
            + "\ub05d\ub0a0 \uc608\uc815\uc774\ub77c\uace0 \ubc1d\ud614\ub2e4. \uc8fc\ubbfc\ub4e4\uc740 \uad50\ud1b5 \ud63c\uc7a1\uc774 "
            + "\uc904\uc5b4\ub4e4 \uac83\uc774\ub77c\uace0 \uae30\ub300\ud588\ub2e4.";

    private static final String ENGLISH = "The regional council approved the international agreement on Wednesday after a long debate "
            + "over water rights, and officials said construction of the new pipeline would begin next spring. Opponents argued "
            + "the environmental review had been rushed and promised to challenge the decision in court.";

    /** Soft hyphens where a hyphenating site breaks long words, a zero-width space and a word joiner: none shown. */
    private static String hyphenated(String s) {
        return s.replace("international", "inter\u00adna\u00adtion\u00adal").replace("environmental", "en\u00advi\u00adron\u00admen\u00adtal")
                .replace("construction", "con\u00adstruc\u00adtion").replace("pipeline", "pipe\u200bline").replace("decision", "de\u2060cision")
                .replace("agreement", "\ufeffagree\u00adment");
    }

    /** A page: three paragraphs, then a "Read more" list of two headlines and a share prompt (page furniture). */
    private static final String[] PAGE = {"The harbour authority of Kessvik reopened the northern channel on Friday after divers cleared the wreck "
            + "of a grain barge that sank in a storm last month.", "Pilots said the first ships would pass at high tide, and the authority "
            + "expects the backlog of forty vessels to clear within a week.", "The barge's owner faces an inquiry into why it sailed "
            + "despite a gale warning.", "Read more:", "Ferry fares to rise in the spring", "Fishing fleet stays in port as storm nears",
        "Share on Facebook"};

    /** HTML character references left in, as scrapers leave them. */
    private static String escaped(String s) {
        return s.replace("council", "coun&shy;cil").replace(" next spring", "&nbsp;next&nbsp;spring").replace("court", "c&#111;urt")
                .replace("Opponents", "&#x4F;pponents");
    }

    /** Markup left in, as scrapers of HTML leave it: inline tags with attributes, a comment (and no other char the normal form changes). */
    private static String marked(String s) {
        return s.replace("regional council", "<b>regional council</b>").replace("international agreement",
                "<a href=\"https://example.com/news/agreement?id=7\" target=\"_blank\">international agreement</a>")
                .replace(" Opponents", " <!-- ad slot --><span class='quote'>Opponents</span>");
    }

    /** The page as a site's HTML: paragraphs (one with a script after it), the list as list items of links, the prompt a link. */
    private static String html(String[] page) {
        return "<!DOCTYPE html><div class=\"article-body\"><p>" + page[0] + "</p>\n<script>var slot = 1 < 2 && ready;</script>"
                + "<p>" + page[1].replace("first ships", "<em>first</em> ships") + "</p><p>" + page[2] + "</p></div>"
                + "<h3 class=\"more\">" + page[3] + "</h3><ul><li><a href=\"/ferry-fares\">" + page[4] + "</a></li>"
                + "<li><a href=\"/fleet\">" + page[5] + "</a></li></ul>"
                + "<a class=\"share\" href=\"https://www.facebook.com/sharer.php?u=x&amp;t=y\">" + page[6] + "</a>";
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        String[][] stories = {{"fr", FRENCH}, {"vi", VIETNAMESE}, {"ko", KOREAN}};
        for (String[] s : stories) {
            assertNotEquals(s[1], nfd(s[1]), "the story has chars NFD takes apart");
            out.add(Article.of(s[0] + "-composed", s[1]));
            out.add(Article.of(s[0] + "-decomposed", nfd(s[1])));
        }
        assertNotEquals(ENGLISH, hyphenated(ENGLISH));
        out.add(Article.of("en-clean", ENGLISH));
        out.add(Article.of("en-hyphenated", hyphenated(ENGLISH)));
        out.add(Article.of("en-escaped", escaped(ENGLISH)));
        out.add(Article.of("en-marked", marked(ENGLISH)));
        out.add(Article.of("page-newlines", String.join("\n", PAGE)));
        out.add(Article.of("page-separators", String.join("\u2028", PAGE))); // lines broken as text exported from JavaScript may be
        out.add(Article.of("page-cr", String.join("\r", PAGE))); // old Mac line ends
        out.add(Article.of("page-crlf", String.join("\r\n", PAGE)));
        out.add(Article.of("page-html", html(PAGE)));
        out.add(Article.of("fr-other", nfd(FRENCH_OTHER)));
        return out;
    }

    /** Each duplicate group as its sorted ids. */
    private static Set<String> groups(DedupResult r, List<String> ids) {
        Set<String> out = new TreeSet<>();
        for (DuplicateGroup g : r.groups()) out.add(g.members().stream().map(m -> ids.get(m.index())).sorted().toList().toString());
        return out;
    }

    private static final Set<String> EXPECTED = Set.of("[fr-composed, fr-decomposed]", "[vi-composed, vi-decomposed]", "[ko-composed, ko-decomposed]",
            "[en-clean, en-escaped, en-hyphenated, en-marked]", "[page-cr, page-crlf, page-html, page-newlines, page-separators]");

    @Test
    void decomposedCopiesReadFromAFileAreDuplicatesOfTheirComposedTwins(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(), ids = new ArrayList<>();
        for (Article a : articles()) {
            lines.add(new JsonWriter().beginObject().field("id", a.id()).field("text", a.text()).endObject().toString());
            ids.add(a.id());
        }
        Path file = Files.write(dir.resolve("forms.jsonl"), lines);
        try (InputSet in = InputSet.of(List.of(file.toString()))) {
            Corpus corpus = Corpus.scan(in, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE);
            DedupResult r = new NearDuplicates(DedupConfig.DEFAULT).find(corpus, Progress.NONE);
            assertEquals(EXPECTED, groups(r, ids));
            for (DuplicateGroup g : r.groups()) for (DuplicateGroup.Member m : g.members()) assertEquals(1.0, m.jaccard(), 1e-9);
        }
    }

    @Test
    void decomposedCopiesHeldInMemoryAreDuplicatesOfTheirComposedTwins() {
        List<Article> articles = articles();
        NewsCollection news = NewsCollection.of(articles);
        Set<String> found = new TreeSet<>();
        for (NewsCollection.Duplicates d : news.duplicates()) {
            List<String> ids = new ArrayList<>(List.of(d.canonical()));
            for (NewsCollection.Duplicates.Copy c : d.copies()) ids.add(c.id());
            found.add(ids.stream().sorted().toList().toString());
        }
        assertEquals(EXPECTED, found);
        DuplicateIndex index = new DuplicateIndex();
        index.add(articles.get(0)); // French, composed
        assertEquals(List.of("fr-composed"), index.query(articles.get(1)).stream().map(DuplicateIndex.Match::id).toList());
        assertEquals(List.of(), index.query(articles.get(15)));
        index.add(articles.get(7)); // English, with soft hyphens
        index.add(articles.get(8)); // English, with references
        index.add(articles.get(9)); // English, with markup
        assertEquals(List.of("en-escaped", "en-hyphenated", "en-marked"), index.query(articles.get(6)).stream().map(DuplicateIndex.Match::id).toList());
    }
}
