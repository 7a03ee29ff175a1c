package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShinglerTest {
    private static TokenList tokens(String text) {
        TokenList t = new TokenList();
        new OpenNlpTokenizer(TokenizerKind.simple).tokenize(text, 0, text.length(), t);
        return t;
    }

    @Test
    void rollingWindowEqualsHashingEachWindowFromScratch() {
        TokenList t = tokens("the central bank held its key rate at four percent on thursday as inflation eased");
        Shingler s = new Shingler(4, 99);
        long[] windows = s.windows(t);
        assertEquals(t.size() - 3, windows.length);
        for (int i = 0; i < windows.length; i++) {
            TokenList w = new TokenList();
            for (int j = i; j < i + 4; j++) w.add(t.term(j), 0, 0);
            assertEquals(s.windows(w)[0], windows[i], "window " + i);
        }
    }

    /**
     * Every window of random token hashes, any k, any offset into the array, texts shorter than,
     * as long as and longer than a window, equals its polynomial computed from scratch (Horner's
     * rule over the window's k hashes, or all of a short text's), mixed, with its figure bits: bit 0
     * clear when no token's bit 0 is set (no figure), else set and bits 1-15 those of the mixed sum
     * of the figures' hashes. The buffer past the windows is left alone.
     */
    @Test
    void windowsInABufferEqualThePolynomialOfEachWindowFromScratch() {
        long base = 0x100000001B3L * 31 + 7; // the polynomial's base, as Shingler defines it
        Random r = new Random(23);
        for (int t = 0; t < 2000; t++) {
            int k = 1 + r.nextInt(16), n = 1 + r.nextInt(40), from = r.nextInt(5);
            long seed = r.nextLong();
            long[] h = new long[from + n + r.nextInt(3)];
            for (int i = 0; i < h.length; i++) h[i] = r.nextInt(4) == 0 ? r.nextInt(3) : r.nextLong();
            Shingler s = new Shingler(k, seed);
            int count = s.windowCount(n);
            long[] out = new long[count + 2];
            out[count] = 7;
            out[count + 1] = 11;
            s.windows(h, from, from + n, out);
            for (int w = 0; w < count; w++) {
                long p = 0, figureSum = 0;
                boolean figure = false;
                for (int j = from + w; j < from + w + Math.min(k, n); j++) {
                    p = p * base + h[j];
                    if ((h[j] & 1) != 0) {
                        figure = true;
                        figureSum += h[j];
                    }
                }
                long mixed = io.copydesk.hash.Hash64.mix(p ^ seed);
                long expected = figure ? mixed & ~0xFFFFL | io.copydesk.hash.Hash64.mix(figureSum) & 0xFFFEL | 1 : mixed & ~1L;
                assertEquals(expected, out[w], "k " + k + " n " + n + " window " + w);
            }
            assertEquals(7, out[count]);
            assertEquals(11, out[count + 1]);
        }
    }

    /**
     * A shingle says whether it holds a figure (a word that starts with a digit) and which: the
     * windows around "45" in two sentences with other words have one code, other figures another.
     */
    @Test
    void aShingleSaysWhichFiguresItHoldsWhateverTheWordsBesideThem() {
        Shingler s = new Shingler(4, 7);
        long[] a = s.windows(tokens("officials said the toll rose to 45 on friday after rescuers reached the valley"));
        long[] b = s.windows(tokens("the regional office confirmed that 45 had died by friday night in the valley"));
        long[] c = s.windows(tokens("officials said the toll rose to 52 on friday after rescuers reached the valley"));
        for (long[] w : new long[][] {a, b, c}) {
            assertEquals(4, java.util.Arrays.stream(w).filter(ShingleSet::holdsFigure).count(), "the four windows over the figure");
            assertEquals(1, java.util.Arrays.stream(w).filter(ShingleSet::holdsFigure).map(ShingleSet::figureCode).distinct().count());
        }
        int code45 = ShingleSet.figureCode(java.util.Arrays.stream(a).filter(ShingleSet::holdsFigure).findFirst().orElseThrow());
        assertEquals(code45, ShingleSet.figureCode(java.util.Arrays.stream(b).filter(ShingleSet::holdsFigure).findFirst().orElseThrow()));
        assertNotEquals(code45, ShingleSet.figureCode(java.util.Arrays.stream(c).filter(ShingleSet::holdsFigure).findFirst().orElseThrow()));
        assertTrue(java.util.Arrays.stream(s.windows(tokens("no figure at all in these words of the valley"))).noneMatch(ShingleSet::holdsFigure));
        // "3.50" is two figure words; "A320" a word with a figure after it (the tokenizer splits them)
        ShingleSet rate = s.shingles(tokens("the bank cut its key rate to 3.50 percent on thursday"));
        assertEquals(3, rate.figureCodes().length, "windows over 3 alone, 3 and 50, 50 alone");
    }

    @Test
    void normalizationMakesTypographicVariantsEqual() {
        Shingler s = new Shingler(3, 1);
        ShingleSet a = s.shingles(tokens("The minister said: \u201CWe\u2019ll act \u2014 now.\u201D"));
        ShingleSet b = s.shingles(tokens("THE MINISTER SAID: \"We'll act - now.\""));
        assertEquals(1.0, a.jaccard(b));
    }

    @Test
    void shinglesAreTheSortedDistinctWindowsWhateverRepeats() {
        Random r = new Random(23);
        String[] words = {"the", "bank", "held", "rates", "and", "said", "it", "would", "act"};
        for (int trial = 0; trial < 300; trial++) {
            StringBuilder text = new StringBuilder();
            for (int w = r.nextInt(60); w > 0; w--) text.append(words[r.nextInt(r.nextBoolean() ? 2 : words.length)]).append(' ');
            TokenList t = tokens(text.toString());
            Shingler s = new Shingler(1 + r.nextInt(5), trial);
            long[] windows = s.windows(t);
            java.util.TreeSet<Long> expected = new java.util.TreeSet<>();
            for (long w : windows) expected.add(w);
            long[] got = s.shingles(t).hashes();
            assertArrayEquals(expected.stream().mapToLong(Long::longValue).toArray(), got, text.toString());
        }
    }

    @Test
    void shortTextsGetOneShingleAndEmptyTextsNone() {
        Shingler s = new Shingler(5, 1);
        assertEquals(1, s.shingles(tokens("Quake hits Valdoria")).size());
        assertTrue(s.shingles(tokens(" ... -- ")).isEmpty());
    }

    @Test
    void exactMeasuresMatchAReferenceImplementation() {
        Random r = new Random(17);
        for (int t = 0; t < 500; t++) {
            long[] a = new long[r.nextInt(200)], b = new long[r.nextInt(200)];
            for (int i = 0; i < a.length; i++) a[i] = r.nextInt(300);
            for (int i = 0; i < b.length; i++) b[i] = r.nextInt(300);
            Set<Long> sa = new HashSet<>(), sb = new HashSet<>();
            for (long x : a) sa.add(x);
            for (long x : b) sb.add(x);
            Set<Long> inter = new HashSet<>(sa);
            inter.retainAll(sb);
            Set<Long> union = new HashSet<>(sa);
            union.addAll(sb);
            ShingleSet x = ShingleSet.of(a), y = ShingleSet.of(b);
            assertEquals(inter.size(), x.intersectionSize(y));
            assertEquals(union.isEmpty() ? 0 : (double) inter.size() / union.size(), x.jaccard(y), 1e-12);
            assertEquals(sa.isEmpty() ? 0 : (double) inter.size() / sa.size(), x.containmentIn(y), 1e-12);
        }
    }
}
