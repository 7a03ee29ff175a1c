package io.copydesk.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes pronounceable, English-looking words from syllables, never the same word twice and never a
 * real word already in use (function and topic words are reserved up front).
 */
final class PseudoWords {
    private static final String[] ONSETS = {
        "b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "fr", "g", "gl", "gr", "h", "j", "k", "l", "m",
        "n", "p", "pl", "pr", "r", "s", "sc", "sh", "sl", "sp", "st", "t", "th", "tr", "v", "w", "z", "",
    };
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "i", "o", "a", "e", "ea", "ou", "y"};
    private static final String[] CODAS = {"n", "r", "s", "t", "l", "m", "n", "r", "nd", "st", "ck", "rt", "ng", "ld"};
    private static final String[] SUFFIXES = {"ing", "ed", "er", "ion", "ment", "ly", "al", "ity", "ous", "es"};

    private final Set<String> used = new HashSet<>(); // membership only, never iterated
    private final Rng rng;

    PseudoWords(Rng rng, String[]... reserved) {
        this.rng = rng;
        for (String[] list : reserved) {
            for (String w : list) used.add(w.toLowerCase(Locale.ROOT));
        }
    }

    /** {@code count} new words of 1..maxSyllables syllables, capitalized when asked. */
    String[] make(int count, int maxSyllables, boolean capitalized) {
        String[] out = new String[count];
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < count; ) {
            sb.setLength(0);
            int syllables = rng.between(1, maxSyllables);
            for (int s = 0; s < syllables; s++) {
                // Only the first syllable may open with a cluster of consonants.
                String onset = rng.pick(ONSETS);
                sb.append(s > 0 && onset.length() > 1 ? onset.substring(1) : onset).append(rng.pick(VOWELS));
                if (rng.chance(0.35)) sb.append(rng.pick(CODAS));
            }
            if (rng.chance(0.15)) sb.append(rng.pick(SUFFIXES));
            if (sb.length() < 3) continue;
            String word = sb.toString();
            if (!used.add(word)) continue;
            out[i++] = capitalized ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
        }
        return out;
    }
}
