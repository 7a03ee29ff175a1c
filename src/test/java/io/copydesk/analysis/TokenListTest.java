package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.hash.Hash64;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A reused TokenList answers as a new one: terms built or added before a clear never show through
 * after it, and the hashes it made as tokens were added (after its first hashes) are those a new
 * list makes of the same tokens, whichever way each token came.
 */
class TokenListTest {
    @Test
    void reusedListAnswersAsANewOne() {
        Random r = new Random(5);
        TokenList reused = new TokenList(8);
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            List<int[]> ranges = new ArrayList<>();
            List<String> given = new ArrayList<>(); // a term given as is (non-ASCII words), or null for an ASCII range
            List<Boolean> plain = new ArrayList<>(); // a range of plain letters beyond ASCII too (addPlain)
            int words = round % 50 == 49 ? 100 + r.nextInt(400) : r.nextInt(40); // now and then more than the list has room for
            for (int w = 0; w < words; w++) {
                int start = text.length(), len = 1 + r.nextInt(9);
                boolean beyond = r.nextInt(3) == 0;
                for (int c = 0; c < len; c++) {
                    text.append(beyond && r.nextBoolean() ? PLAIN.charAt(r.nextInt(PLAIN.length()))
                            : !beyond && r.nextInt(5) == 0 ? (char) ('0' + r.nextInt(10)) : (char) ((r.nextBoolean() ? 'a' : 'A') + r.nextInt(26))); // figures too
                }
                ranges.add(new int[] {start, text.length()});
                plain.add(beyond);
                given.add(!beyond && r.nextInt(4) == 0 ? (r.nextBoolean() ? "é" : "9") + w : null);
                text.append(' ');
            }
            String t = text.toString();
            byte[] latin1 = t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            int[] way = r.ints(words, 0, 3).toArray(); // an ASCII range added without the bytes, with them, with them and its head
            TokenList fresh = new TokenList(8);
            reused.clear();
            for (TokenList list : new TokenList[] {fresh, reused}) {
                for (int i = 0; i < words; i++) {
                    int[] g = ranges.get(i);
                    if (given.get(i) != null) list.add(given.get(i), g[0], g[1]);
                    else if (plain.get(i)) list.addPlain(t, g[0], g[1]);
                    else if (way[i] == 0) list.addAscii(t, g[0], g[1]);
                    else if (way[i] == 1 || g[1] - g[0] > 8) list.addAscii(t, latin1, g[0], g[1]);
                    else list.addAscii(t, latin1, g[0], g[1], head(latin1, g[0], g[1]));
                }
            }
            assertEquals(fresh.size(), reused.size());
            if (round % 7 == 3) assertArrayEquals(fresh.hashes(11), reused.hashes(11), "another seed, round " + round);
            long[] into = new long[words + r.nextInt(3)];
            assertArrayEquals(fresh.hashes(9), java.util.Arrays.copyOf(reused.hashes(9, into), words), "round " + round);
            assertArrayEquals(fresh.hashes(9), reused.hashes(9), "round " + round);
            TokenList asStrings = new TokenList(8); // every token given as its term: the ranges compared with strings
            for (int i = 0; i < words; i++) {
                String want = given.get(i) != null ? given.get(i) : t.substring(ranges.get(i)[0], ranges.get(i)[1]).toLowerCase(java.util.Locale.ROOT);
                asStrings.add(want, ranges.get(i)[0], ranges.get(i)[1]);
            }
            for (int i = 0; i < words; i++) assertTrue(reused.termEquals(i, asStrings, i) && asStrings.termEquals(i, fresh, i), "round " + round);
            for (int i = 0; i < words; i++) {
                String want = given.get(i) != null ? given.get(i) : t.substring(ranges.get(i)[0], ranges.get(i)[1]).toLowerCase(java.util.Locale.ROOT);
                if (plain.get(i)) {
                    int[] g = ranges.get(i);
                    assertTrue(TextNormalizer.isPlainWord(t, g[0], g[1]));
                    assertEquals(TextNormalizer.word(t, g[0], g[1]), want);
                }
                if (i > 0) assertEquals(want.equals(fresh.term(i - 1)), reused.termEquals(i, fresh, i - 1), "round " + round + " token " + i);
                if (r.nextBoolean()) assertEquals(want, reused.term(i), "round " + round + " token " + i); // built now: the next clear resets it
                assertEquals(TokenList.hash(want, 9), reused.hashes(9)[i]);
                // the term's hash, its lowest bit saying whether the token is a figure (starts with a digit)
                assertEquals(Hash64.hash(want, 9) >>> 1, TokenList.hash(want, 9) >>> 1);
                assertEquals(Character.isDigit(want.charAt(0)) ? 1 : 0, TokenList.hash(want, 9) & 1, want);
            }
        }
    }

    /** Plain letters beyond ASCII ({@code CharTable#isPlain}) in both cases: Cyrillic, Greek, accented Latin, Han, Hangul. */
    private static final String PLAIN = "\u0436\u0416\u0449\u0429\u03B1\u0391\u03AD\u0388\u00E9\u00C9\u00DF\u0142\u0141\u4E2D\uAC00\u0105\u0104";

    private static long head(byte[] b, int from, int to) {
        long w = 0;
        for (int i = from; i < to; i++) w |= (b[i] & 0xFFL) << ((i - from) << 3);
        return w;
    }
}
