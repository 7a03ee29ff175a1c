package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlTagsTest {
    @Test
    void markupLeftInScrapedTextIsTakenOut() {
        assertEquals("5 Ways Her Life Is Still Like Mean Girls", HtmlTags.stripped("5 Ways Her Life Is Still Like <i>Mean Girls</i>"));
        assertEquals("\nOne.\n\nTwo\nlines.\n", HtmlTags.stripped("<p>One.</p><P class=\"x\">Two<br/>lines.</P>"));
        assertEquals("CO2 rose", HtmlTags.stripped("CO<sub>2</sub> rose"));
        assertEquals("\nRead more\n", HtmlTags.stripped("<li><a href=\"https://example.com/a?b=1&c=2\" target=_blank data-x='a > b'>Read more</a></li>"));
        assertEquals("a  b", HtmlTags.stripped("a <!-- a comment, <p> inside --> b"));
        assertEquals("a  b", HtmlTags.stripped("a <script type=\"text/javascript\">if (x < y && y > 2) go('</p>');</script> b"));
        assertEquals("a b", HtmlTags.stripped("a <STYLE>p { color: red }</STYLE>b"));
        assertEquals("Old HTML", HtmlTags.stripped("<B>Old</B> <FONT SIZE=2>HTML</FONT>"));
        assertEquals("\nx <DD>\n", HtmlTags.stripped("<P>x <DD></P>"), "<DD> is not closed; <P> is");
        assertEquals("Text", HtmlTags.stripped("<!DOCTYPE html>Text"));
        assertEquals("x y", HtmlTags.stripped("x<o:p></o:p> <amp-img src=\"p.jpg\" layout=\"responsive\"></amp-img>y"));
        assertEquals("a   b", HtmlTags.stripped("a <img src=\"photo.jpg\" alt=\"A caption\"> b"));
        assertEquals("Go", HtmlTags.stripped("<A HREF=\"https://example.com\">Go</A>"), "capitals with a valued attribute: HTML");
        assertEquals("\n cell one  cell two \n", HtmlTags.stripped("<tr><td>cell one</td><td>cell two</td></tr>"));
        assertEquals("line\n", HtmlTags.stripped("line<br / >"), "a stray slash is passed over");
    }

    @Test
    void whatIsNoMarkupIsLeftAsWritten() {
        for (String s : new String[] {"a < b and c > d", "x<y", "<3", "shares of <T> and <DD> rose", "<GM> said",
            "<Crazy Eddie Inc> said", "<A and B Corp>", "<Coca-Cola Co>", "<U.S.>", "<p", "<a href=\"never closed>", "a <!-- no end",
            "<unknown>", "<b.>", "< p>", "<a =x>", "<1>", "<-->", "</p class=x>", "<a href=>", "<x-Y>", "<P>", "<B>", "<BR>", ""}) {
            assertSame(s, HtmlTags.stripped(s), s);
        }
        assertNull(HtmlTags.stripped(null));
        assertEquals("x", HtmlTags.stripped("<script>x"), "an element without its closing tag loses only the tag");
    }

    /**
     * Property: lines of words, marked up as a page is (paragraphs, list items, headings and line breaks around
     * lines; inline elements with attributes around words; comments, scripts and styles between words), read back as
     * the lines, with blank lines where block elements met.
     */
    @Test
    void markedUpLinesReadBackAsTheLines() {
        String[] words = {"talks", "Geneva", "said", "a", "b", "<T>", "x<y", "3", "AT&T", "caf\u00e9", "<GM>", "\u4e2d\u6587", "(a", "b)"};
        String[] blocks = {"p", "li", "h2", "div", "blockquote", "P", "section"};
        String[] inline = {"em", "strong", "a", "span", "b", "i", "EM", "font", "o:p", "amp-fit-text"};
        String[] attributes = {"", " class=\"lead\"", " href='https://example.com/x?a=1&b=2'", " data-x=\"a > b < c\"", " id=n1",
            " target=\"_blank\" rel=\"noopener\"", "\n  title=\"t\"", " style=\"color: red;\""};
        String[] between = {"<!-- ad slot -->", "<script>var a = '<p>' + 1 < 2;</script>", "<style>p{margin:0}</style>",
            "<noscript>Enable JavaScript</noscript>", "<wbr>", "<br/>".replace("br", "wbr")};
        Random rnd = new Random(45);
        int tags = 0;
        for (int round = 0; round < 2000; round++) {
            List<String> lines = new ArrayList<>();
            StringBuilder html = new StringBuilder();
            for (int l = rnd.nextInt(5); l >= 0; l--) {
                StringBuilder line = new StringBuilder();
                String block = blocks[rnd.nextInt(blocks.length)];
                boolean wrapped = rnd.nextBoolean();
                if (wrapped) html.append('<').append(block).append(block.equals("P") ? " CLASS=\"x\"" : attributes[rnd.nextInt(attributes.length)]).append('>');
                else if (l > 0 || !lines.isEmpty()) html.append(rnd.nextBoolean() ? "<br>" : "\n");
                for (int w = rnd.nextInt(6); w >= 0; w--) {
                    String word = words[rnd.nextInt(words.length)];
                    if (line.length() > 0) {
                        line.append(' ');
                        html.append(' ');
                        if (rnd.nextInt(4) == 0) html.append(between[rnd.nextInt(between.length)]);
                    }
                    line.append(word);
                    if (rnd.nextInt(3) == 0) {
                        String tag = inline[rnd.nextInt(inline.length)];
                        String attribute = tag.equals("EM") ? " CLASS=x" : attributes[rnd.nextInt(attributes.length)];
                        html.append('<').append(tag).append(attribute).append('>').append(word).append("</").append(tag).append('>');
                        tags += 2;
                    } else {
                        html.append(word);
                    }
                }
                if (wrapped) {
                    html.append("</").append(block).append('>');
                    tags += 2;
                }
                lines.add(line.toString());
            }
            String text = HtmlTags.stripped(html.toString());
            List<String> read = new ArrayList<>();
            for (String line : text.split("\n", -1)) if (!line.isEmpty()) read.add(line);
            assertEquals(lines, read, html.toString());
        }
        assertTrue(tags > 5_000, "tags written: " + tags);
    }
}
