package io.copydesk.tfidf;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.StopWords;
import io.copydesk.analysis.TermFilter;
import io.copydesk.analysis.TokenList;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.analysis.opennlp.OpenNlpStemmer;
import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.fingerprint.ArticleTerms;
import io.copydesk.fingerprint.TermTally;
import org.junit.jupiter.api.Test;

/**
 * {@link TermCounter} counts each term of an article under the dictionary's id of that term (the id its string is given
 * by {@link TermDictionary#count}), with its word and the title weight.
 */
class TermCounterTest {
    private static TokenList tokens(String text) {
        TokenList t = new TokenList();
        new OpenNlpTokenizer(TokenizerKind.simple).tokenize(text, 0, text.length(), t);
        return t;
    }

    @Test
    void eachTermIsCountedUnderItsIdWithItsWordAndTheTitleWeight() {
        TermTally tally = new TermTally(new TermFilter(StopWords.english(), new OpenNlpStemmer()), 7);
        String body = "Rates rose as the banks raised rates again, said Banking officials in Zurich";
        ArticleTerms terms = tally.count(tokens(body), body, tokens("Bank raises rates in Zurich"));
        TermDictionary dictionary = new TermDictionary();
        dictionary.count("zzz", "zzz", 1); // another term first: the ids are not the positions
        dictionary.count(new String(terms.term(0)), terms.word(0), 1); // and one of the article's, counted by its string
        TermCounts counts = new TermCounter(2.5).count(terms, dictionary);
        TermDictionary.Frozen frozen = dictionary.freeze();
        assertEquals(terms.size(), counts.size());
        assertEquals(terms.size() + 1, frozen.terms().length, "one id a term, whichever way it was counted");
        boolean weighted = false, wordNotTerm = false;
        for (int i = 0; i < terms.size(); i++) {
            int id = frozen.remap()[counts.terms()[i]];
            assertEquals(terms.term(i), frozen.terms()[id]);
            assertEquals(terms.word(i), frozen.surface()[id], "the article's word is the term's only word");
            assertEquals(terms.bodyCount(i) + 2.5f * terms.titleCount(i), counts.counts()[i]);
            assertEquals(Integer.signum(terms.nameVotes(i)), counts.cases()[i], "the sign of the votes: " + terms.term(i));
            weighted |= terms.bodyCount(i) > 0 && terms.titleCount(i) > 0;
            wordNotTerm |= !terms.word(i).equals(terms.term(i));
        }
        assertTrue(weighted && wordNotTerm, "the text has terms in both parts and words that are not their stems");
        int zurich = java.util.Arrays.asList(frozen.terms()).indexOf("zurich"), rate = java.util.Arrays.asList(frozen.terms()).indexOf("rate");
        byte[] caseOf = new byte[frozen.terms().length];
        for (int i = 0; i < counts.size(); i++) caseOf[frozen.remap()[counts.terms()[i]]] = counts.cases()[i];
        assertEquals(1, caseOf[zurich], "\"in Zurich\": a name");
        assertEquals(-1, caseOf[rate], "\"Rates rose\" opens the text, \"raised rates\" in lower case");
    }
}
