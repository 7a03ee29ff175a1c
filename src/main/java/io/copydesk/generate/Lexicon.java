package io.copydesk.generate;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The words of one generated collection, fixed by the seed: real English function words and a few
 * thousand pseudo-words, both drawn with Zipf-distributed frequencies, plus pools of name parts for
 * people, places and organisations.
 */
final class Lexicon {
    /** Real function words, most frequent first (the order sets their Zipf rank). */
    private static final String[] FUNCTION_WORDS = (
            "the of and to a in that is was for on it with as by at he from his they said had has have be"
            + " been were are this which an but not or will would after its who also more than about over"
            + " into she her their up out when one two there all new we could can other some may last first"
            + " year before while under since between most because these those so if no only any such"
            + " through against during where what how then still already just both each many much very now"
            + " even around off down should must did do being per without among until across including"
            + " three later several further whether our them him us you").split(" ");
    private static final String[] REPORTING_VERBS = {
        "said", "told reporters", "added", "noted", "warned", "confirmed", "explained", "wrote", "insisted",
    };
    static final int CONTENT_WORDS = 5000;

    private final String[] functionWords = FUNCTION_WORDS;
    private final AliasTable functionZipf = AliasTable.zipf(FUNCTION_WORDS.length, 1.0, 1.5);
    private final String[] contentWords;
    private final AliasTable contentZipf = AliasTable.zipf(CONTENT_WORDS, 1.0, 2.7);
    final String[] firstNames;
    final String[] surnames;
    final String[] placeNames;
    final String[] orgNames;

    Lexicon(long seed) {
        String[][] reserved = new String[EventKind.values().length + 1][];
        reserved[0] = FUNCTION_WORDS;
        for (EventKind k : EventKind.values()) reserved[k.ordinal() + 1] = k.topicWords;
        PseudoWords maker = new PseudoWords(Rng.of(seed, -1), reserved);
        contentWords = maker.make(CONTENT_WORDS, 3, false);
        // Frequent words are short in real language: the Zipf rank follows the length (stable sort).
        Arrays.sort(contentWords, Comparator.comparingInt(String::length));
        firstNames = maker.make(300, 2, true);
        surnames = maker.make(1200, 2, true);
        placeNames = maker.make(600, 2, true);
        orgNames = maker.make(600, 2, true);
    }

    String functionWord(Rng rng) {
        return functionWords[functionZipf.sample(rng)];
    }

    String contentWord(Rng rng) {
        return contentWords[contentZipf.sample(rng)];
    }

    /** A content word of the given Zipf rank (0 = most frequent). */
    String contentWord(int rank) {
        return contentWords[rank];
    }

    String reportingVerb(Rng rng) {
        return rng.nextInt(3) == 0 ? rng.pick(REPORTING_VERBS) : "said";
    }

    String personName(Rng rng) {
        return rng.pick(firstNames) + " " + rng.pick(surnames);
    }
}
