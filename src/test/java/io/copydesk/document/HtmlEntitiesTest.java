package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlEntitiesTest {
    @Test
    void referencesLeftInScrapedTextAreDecoded() {
        assertEquals("communiqu\u00e9 on \u00a31.8m", HtmlEntities.decoded("communiqu&#233; on &#163;1.8m"));
        assertEquals("Sony\u2019s film.\u00a0The", HtmlEntities.decoded("Sony&rsquo;s film.&nbsp;The"));
        assertEquals("caf\u00e9 \u2014 \u201cyes\u201d", HtmlEntities.decoded("caf&eacute; &mdash; &ldquo;yes&rdquo;"));
        assertEquals("it\u2019s \u2026 \u20ac", HtmlEntities.decoded("it&#x2019;s &#X2026; &#146;".replace("&#146;", "&euro;")));
        assertEquals("don\u2019t", HtmlEntities.decoded("don&#146;t"), "128-159 are Windows-1252's chars, as in HTML");
        assertEquals("\ud83d\ude00", HtmlEntities.decoded("&#128512;"));
        assertEquals("AT&T and R&D", HtmlEntities.decoded("AT&amp;T and R&D"));
        assertEquals("&rsquo;", HtmlEntities.decoded("&amp;rsquo;"), "read once, as a browser reads it");
    }

    @Test
    void whatIsNoReferenceIsLeftAsWritten() {
        for (String s : new String[] {"AT&T", "R&D;", "&unknown;", "&#;", "&#x;", "&#xZZ;", "&#0;", "&#55296;", "&#1114112;",
            "&#99999999999;", "&eacute", "&eacute x", "& eacute;", "&#233", "&#233 x", "&#x41 x", "a && b", "&", "x&", "&#\uff11\uff12;"}) {
            assertSame(s, HtmlEntities.decoded(s), s);
        }
        assertNull(HtmlEntities.decoded(null));
    }

    /** Property: any text with some of its chars written as references (decimal, hex or by name) reads back as the text. */
    @Test
    void textWithCharsWrittenAsReferencesReadsBack() {
        String alphabet = "ab &;#xX1\u00e9\u00e8\u00fc\u00a0\u00a3\u2019\u201c\u201d\u2014\u2026\u20ac\u0152\u4e2d";
        String[][] named = {{"\u00e9", "eacute"}, {"\u00e8", "egrave"}, {"\u00fc", "uuml"}, {"\u00a0", "nbsp"}, {"\u00a3", "pound"},
            {"\u2019", "rsquo"}, {"\u201c", "ldquo"}, {"\u201d", "rdquo"}, {"\u2014", "mdash"}, {"\u2026", "hellip"}, {"\u20ac", "euro"},
            {"\u0152", "OElig"}, {"&", "amp"}};
        Random rnd = new Random(44);
        int written = 0;
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder(), html = new StringBuilder();
            for (int i = rnd.nextInt(12); i >= 0; i--) {
                char c = alphabet.charAt(rnd.nextInt(alphabet.length()));
                text.append(c);
                String name = null;
                for (String[] n : named) if (n[0].charAt(0) == c) name = n[1];
                int how = c == '&' ? 1 + rnd.nextInt(3) : rnd.nextInt(4); // a plain '&' could start a reference: always written as one
                if (how == 1) html.append("&#").append((int) c).append(';');
                else if (how == 2) html.append("&#x").append(Integer.toHexString(c)).append(';');
                else if (how == 3 && name != null) html.append('&').append(name).append(';');
                else if (how == 3) html.append("&#").append((int) c).append(';');
                else html.append(c);
                if (how > 0) written++;
            }
            assertEquals(text.toString(), HtmlEntities.decoded(html.toString()), html.toString());
        }
        assertTrue(written > 10_000, "chars written as references: " + written);
    }
}
