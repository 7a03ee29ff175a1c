package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.Article;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved web page in an input folder reads as the text page it shows: its headline, date and url from the head, its
 * body's paragraphs, menus and lists as lines; a copy of a story saved as HTML on one site and as text on another
 * is a duplicate. (Pages written for this test.)
 */
class HtmlPageReadingTest {
    @TempDir Path dir;

    private static final String[] STORY = {"The harbour authority of Kessvik reopened the northern channel on Friday after divers cleared "
            + "the wreck of a grain barge that sank in a storm last month.", "Pilots said the first ships would pass at high tide, and "
            + "the authority expects the backlog of forty vessels to clear within a week.", "The barge's owner faces an inquiry into "
            + "why it sailed despite a gale warning."};
    private static final String HEADLINE = "Kessvik reopens northern channel after wreck is cleared";

    private static String html() {
        StringBuilder p = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>\n<meta charset=\"utf-8\">\n"
                + "<title>Kessvik reopens northern channel | The Harbour Post</title>\n"
                + "<meta property=\"og:title\" content=\"" + HEADLINE + "\">\n"
                + "<meta property=\"article:published_time\" content=\"2024-03-15T09:30:00+01:00\">\n"
                + "<link rel=\"canonical\" href=\"https://harbourpost.example/kessvik-channel\">\n"
                + "<style>body { font: 16px serif }</style><script>window.ads = [];</script>\n</head>\n<body>\n"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/port\">Port</a></li></ul></nav>\n"
                + "<article><h1>" + HEADLINE + "</h1>\n");
        for (String para : STORY) p.append("<p>").append(para.replace("grain barge", "<em>grain</em> barge")).append("</p>\n");
        p.append("<h3>Read more:</h3><ul><li><a href=\"/fares\">Ferry fares to rise in the spring</a></li>"
                + "<li><a href=\"/fleet\">Fishing fleet stays in port as storm nears</a></li></ul>\n"
                + "</article><footer><p>&copy; The Harbour Post</p></footer></body></html>\n");
        return p.toString();
    }

    private static String text() {
        return "date 2024-03-15T09:30:00+01:00\nurl https://harbourpost.example/kessvik-channel\n" + HEADLINE + "\nHome\nPort\n" + HEADLINE + "\n"
                + String.join("\n", STORY) + "\nRead more:\nFerry fares to rise in the spring\nFishing fleet stays in port as storm nears\n"
                + "\u00a9 The Harbour Post\n";
    }

    private static List<Article> read(Path folder, ReadProblems problems) {
        List<Article> out = new ArrayList<>();
        try (InputSet in = InputSet.of(List.of(folder.toString())); RecordStream s = in.open(problems)) {
            for (ArticleRecord r; (r = s.next()) != null; ) out.add(r.article());
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void aSavedPageReadsAsTheTextPageItShows() throws IOException {
        Path a = Files.createDirectories(dir.resolve("pages/harbourpost")), b = Files.createDirectories(dir.resolve("pages/coastwire"));
        Files.writeString(a.resolve("kessvik.html"), html());
        Files.writeString(b.resolve("kessvik.txt"), text());
        StringWriter err = new StringWriter();
        List<Article> read = read(dir.resolve("pages"), new ReadProblems(new PrintWriter(err, true), false));
        assertEquals("", err.toString());
        Article txt = read.get(0), page = read.get(1);
        assertEquals("coastwire/kessvik", txt.id());
        assertEquals("harbourpost/kessvik", page.id());
        assertEquals(HEADLINE, page.title(), "og:title, not <title>");
        assertEquals(Instant.parse("2024-03-15T08:30:00Z"), page.date());
        assertEquals("https://harbourpost.example/kessvik-channel", page.url());
        assertEquals("harbourpost", page.source());
        assertEquals(lines(txt.text()), lines(page.text()), "the page's lines");
        assertEquals(txt.date(), page.date());

        DedupResult r = new NearDuplicates(DedupConfig.DEFAULT).find(Corpus.scan(InputSet.of(List.of(dir.resolve("pages").toString())),
                AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE), Progress.NONE);
        assertEquals(1, r.groups().size());
        for (DuplicateGroup.Member m : r.groups().getFirst().members()) assertEquals(1.0, m.jaccard(), 1e-9);
    }

    /** Sites that date a story only in their structured data (JSON-LD), or only in a {@code <time>}, are dated by it. */
    @Test
    void aPageIsDatedByItsStructuredDataOrItsTime() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("ld.html"), "<html><head><title>Page | Site</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Port\\u2019s channel reopens\","
                + "\"datePublished\":\"2024-03-15T09:30:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"A. Writer\"}}</script></head>"
                + "<body><p>" + STORY[0] + "</p></body></html>");
        Files.writeString(site.resolve("time.html"), "<html><head><title>Channel reopens</title></head><body><p>By A. Writer, "
                + "<time datetime=\"2024-03-16T07:00:00+01:00\">16 March</time></p><p>" + STORY[1] + "</p></body></html>");
        List<Article> read = read(dir, ReadProblems.silent());
        assertEquals(new Article("site/ld", "Port\u2019s channel reopens", STORY[0], Instant.parse("2024-03-15T09:30:00Z"), "site", null), read.get(0));
        assertEquals("Channel reopens", read.get(1).title());
        assertEquals(Instant.parse("2024-03-16T06:00:00Z"), read.get(1).date());
    }

    /** A page of old HTML, its tags in capitals and paragraphs not closed, reads as its lines. */
    @Test
    void oldHtmlInCapitalsReadsAsItsLines() throws IOException {
        Path site = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(site.resolve("1998.html"), "<HTML><HEAD><TITLE>" + HEADLINE + "</TITLE></HEAD><BODY BGCOLOR=white><CENTER><B>"
                + HEADLINE + "</B></CENTER><P>" + STORY[0] + "<P>" + STORY[1] + "<BR>" + STORY[2] + "<HR><FONT SIZE=1>Copyright 1998</FONT></BODY></HTML>");
        Article a = read(dir, ReadProblems.silent()).getFirst();
        assertEquals(HEADLINE, a.title());
        assertEquals(List.of(HEADLINE, STORY[0], STORY[1], STORY[2], "Copyright 1998"), lines(a.text()));
    }

    @Test
    void aPageIsReadInTheCharsetItDeclaresAndWithoutMetadataByItsTitle() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        String russian = "\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 \u0441\u043e\u0432\u0435\u0442 \u0443\u0442\u0432\u0435\u0440\u0434\u0438\u043b "
                + "\u043f\u043b\u0430\u043d \u0441\u0442\u0440\u043e\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u0430 \u043d\u043e\u0432\u043e\u0433\u043e "
                + "\u043c\u043e\u0441\u0442\u0430.";
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "<TITLE>\u041d\u043e\u0432\u044b\u0439 \u043c\u043e\u0441\u0442</TITLE></head><body><P>" + russian + "</P></body></html>";
        Files.write(site.resolve("most.htm"), page.getBytes(Charset.forName("windows-1251")));
        StringWriter err = new StringWriter();
        List<Article> read = read(dir, new ReadProblems(new PrintWriter(err, true), false));
        assertEquals("", err.toString(), "no warning: the page said its charset");
        assertEquals(List.of(new Article("site/most", "\u041d\u043e\u0432\u044b\u0439 \u043c\u043e\u0441\u0442", russian, null, "site", null)), read);
        assertNotEquals(page, new String(page.getBytes(Charset.forName("windows-1251")), StandardCharsets.ISO_8859_1), "the bytes are not Latin-1");
    }
}
