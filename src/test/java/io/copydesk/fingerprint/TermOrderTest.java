package io.copydesk.fingerprint;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.TermLookup;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link TermOrder} puts term numbers in the order {@link String#compareTo} gives their terms. */
class TermOrderTest {
    /**
     * Short terms over a few chars, so that prefixes tie (also past their six bytes), padding meets a real 0
     * char, a char's encoding is cut at the key's end, and the sign bit is used.
     */
    private static String term(Random r) {
        char[] alphabet = {0, 1, 'a', 'b', '2', '0', 0x7F, 0x80, 0xFE, 0xFF, 0x100, 0x436, 0x7FF, 0x800, 0x7FFF, 0x8000, 0xD7FF, 0xD800, 0xDFFF,
            0xE000, 0xFFFF, 'z'};
        char[] c = new char[r.nextInt(9)];
        for (int i = 0; i < c.length; i++) c[i] = alphabet[r.nextInt(alphabet.length)];
        return new String(c);
    }

    /** The order of {@code numbers} by their terms, sorted with a scratch of its own. */
    private static int[] fresh(int[] numbers, String[] terms) {
        return Arrays.copyOf(TermOrder.sort(numbers, numbers.length, n -> terms[n], n -> TermLookup.prefix(terms[n]), new TermOrder.Scratch()),
                numbers.length);
    }

    private static void inStringOrder(String[] terms) {
        int[] numbers = new int[terms.length];
        for (int i = 0; i < numbers.length; i++) numbers[i] = numbers.length - 1 - i; // not already in order
        int[] sorted = fresh(numbers, terms);
        String[] got = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) got[i] = terms[sorted[i]];
        String[] expected = terms.clone();
        Arrays.sort(expected);
        assertArrayEquals(expected, got);
    }

    @Test
    void sortsLikeStringCompareTo() {
        Trials.run("term-order", 2000, r -> {
            Set<String> distinct = new LinkedHashSet<>();
            int n = r.nextInt(r.nextBoolean() ? 200 : 600);
            // odd chars, any chars, or words as an article's are: their prefixes crowd the same few letters
            int kind = r.nextInt(3);
            for (int i = 0; i < n; i++) distinct.add(kind == 2 ? Texts.letters(r, 12) : r.nextBoolean() ? term(r) : Texts.anyChars(r, 5));
            return distinct.toArray(String[]::new);
        }, TermOrderTest::inStringOrder);
    }

    /** Property: a term's prefix, in unsigned order, never contradicts {@link String#compareTo}. */
    @Test
    void prefixesNeverContradictTheOrderOfTheTerms() {
        Trials.run("term-prefix", 100_000, r -> new String[] {r.nextBoolean() ? term(r) : Texts.anyChars(r, 5), r.nextBoolean() ? term(r) : Texts.anyChars(r, 5)},
                t -> {
                    int byKey = Long.compareUnsigned(TermLookup.prefix(t[0]), TermLookup.prefix(t[1]));
                    if (byKey != 0) assertEquals(Integer.signum(byKey), Integer.signum(t[0].compareTo(t[1])), Arrays.toString(t));
                });
    }

    /** One scratch reused over texts of every size (its arrays longer than the next text's terms, then grown) sorts as a fresh one. */
    @Test
    void aReusedScratchSortsAsAFreshOne() {
        TermOrder.Scratch scratch = new TermOrder.Scratch();
        Trials.run("term-order-scratch", 1000, r -> {
            Set<String> distinct = new LinkedHashSet<>();
            int n = r.nextInt(r.nextInt(10) == 0 ? 2000 : 100);
            for (int i = 0; i < n; i++) distinct.add(r.nextBoolean() ? term(r) : Texts.anyChars(r, 5));
            return distinct.toArray(String[]::new);
        }, terms -> {
            int[] numbers = new int[terms.length];
            for (int i = 0; i < numbers.length; i++) numbers[i] = numbers.length - 1 - i;
            int[] fresh = fresh(numbers, terms);
            int[] reused = TermOrder.sort(numbers, numbers.length, n -> terms[n], n -> TermLookup.prefix(terms[n]), scratch);
            assertArrayEquals(fresh, Arrays.copyOf(reused, numbers.length));
        });
    }

    /**
     * A vocabulary of 300,000 terms (19 bits of position, the prefix cut by three) of crowded kinds: short words,
     * numbers, pairs of ideographs and any chars, in the order {@link Arrays#sort} gives them.
     */
    @Test
    void ordersAVocabularyAsStringsSort() {
        Random r = new Random(Trials.SEED);
        Set<String> distinct = new LinkedHashSet<>();
        while (distinct.size() < 300_000) {
            distinct.add(switch (r.nextInt(4)) {
                case 0 -> Texts.letters(r, 8);
                case 1 -> Integer.toString(r.nextInt(1_000_000));
                case 2 -> new String(new char[] {(char) (0x4E00 + r.nextInt(3000)), (char) (0x4E00 + r.nextInt(3000))});
                default -> r.nextBoolean() ? term(r) : Texts.anyChars(r, 5);
            });
        }
        String[] terms = distinct.toArray(String[]::new);
        int[] order = TermOrder.of(terms);
        String[] got = new String[terms.length];
        for (int i = 0; i < order.length; i++) got[i] = terms[order[i]];
        String[] expected = terms.clone();
        Arrays.sort(expected);
        assertArrayEquals(expected, got);
    }

    @Test
    void sortsMoreTermsThanTheKeyHasPositionsFor() {
        Random r = new Random(Trials.SEED);
        Set<String> distinct = new LinkedHashSet<>();
        while (distinct.size() < 70_000) distinct.add(Texts.letters(r, 6));
        inStringOrder(distinct.toArray(String[]::new));
    }
}
