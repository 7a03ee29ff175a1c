package io.copydesk.fingerprint;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.StopWords;
import io.copydesk.analysis.TermFilter;
import io.copydesk.analysis.TokenList;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.analysis.opennlp.OpenNlpStemmer;
import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A {@link TermDraft} resolved with any choice of removed pending lines gives exactly the terms
 * {@link TermTally#count} gives the tokens of the lines kept (the title standing in for a body left
 * without tokens, and not counted again when the body is the title token for token), checked against
 * the plain string path of {@link TermTallyTest#reference}.
 */
class TermDraftTest {
    private static final String[] WORDS = {"The ", "the ", "of ", "Said ", "running ", "Runs ", "RUN ", "2024 ", "3.5 ", "Z\u00FCrich ",
        "z\u00FCrich ", "meeting ", "Meetings ", "x ", "I ", "rates ", "Rate ", ". ", ", ",
        "le ", "les ", "dans ", "pour ", "des ", "der ", "und ", "son ", "car "};

    private static TermFilter filter() {
        return new TermFilter(StopWords.english(), new OpenNlpStemmer());
    }

    private static String line(Random r) {
        return r.nextInt(8) == 0 ? "" : Texts.pieces(r, 12, q -> Texts.oneOf(q, WORDS), q -> Texts.letters(q, 5) + " ");
    }

    /** One article as the deferred cleaning leaves it: lines, which of them are pending, which of those the counts remove. */
    record Case(String title, List<String> lines, boolean[] pending, boolean[] removed) {}

    private static Case generate(Random r) {
        int n = r.nextInt(6);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) lines.add(line(r));
        String title = r.nextInt(6) == 0 ? "" : line(r);
        // the body's lines may spell the title exactly (then it is not counted twice), with a line around it that may go
        if (r.nextInt(4) == 0 && !title.isEmpty()) {
            int at = r.nextInt(lines.size() + 1);
            lines.add(at, title);
        }
        boolean[] pending = new boolean[lines.size()], removed = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            pending[i] = r.nextInt(3) != 0;
            removed[i] = pending[i] && r.nextBoolean();
        }
        return new Case(title, lines, pending, removed);
    }

    private static void add(TokenList list, String text) {
        new OpenNlpTokenizer(TokenizerKind.simple).tokenize(text, 0, text.length(), list);
    }

    @Test
    void resolvedTermsAreTheTermsOfTheLinesKept() {
        TermTally tally = new TermTally(filter(), Trials.SEED);
        Trials.run("term-draft", 4000, TermDraftTest::generate, c -> {
            // the whole text in one string, as an article's body: lines at their offsets
            String text = String.join("\n", c.lines());
            TokenList body = new TokenList(), kept = new TokenList(), title = new TokenList();
            add(title, c.title());
            int[] spanEnds = new int[c.lines().size()];
            Boilerplate.PendingLine[] pending = new Boilerplate.PendingLine[c.lines().size()];
            Set<Boilerplate.PendingLine> removed = new HashSet<>();
            for (int i = 0, at = 0; i < c.lines().size(); i++) {
                int end = at + c.lines().get(i).length();
                new OpenNlpTokenizer(TokenizerKind.simple).tokenize(text, at, end, body);
                if (!c.removed()[i]) new OpenNlpTokenizer(TokenizerKind.simple).tokenize(text, at, end, kept);
                spanEnds[i] = body.size();
                if (c.pending()[i]) pending[i] = new Boilerplate.PendingLine(i, 7, 3);
                if (c.removed()[i]) removed.add(pending[i]);
                at = end + 1;
            }
            TermDraft draft = TermDraft.of(tally, body, tally.hashes(body), text, spanEnds, pending, title);
            // the analyzed article: a body without tokens is replaced by its title (whose words do not vote)
            boolean fromTitle = kept.size() == 0 && title.size() > 0;
            ArticleTerms expected = TermTallyTest.reference(filter(), fromTitle ? null : text, fromTitle ? title : kept, title);
            ArticleTerms actual = draft.resolve(removed::contains);
            assertEquals(expected, actual, c.toString());
            for (int i = 0; i < expected.size(); i++) assertEquals(expected.word(i), actual.word(i), c.toString());
            assertEquals(body.size() == 0 && title.size() > 0 ? TermTallyTest.reference(filter(), null, title, title)
                            : TermTallyTest.reference(filter(), text, body, title),
                    draft.resolve(line -> false), "nothing removed: " + c);
        });
    }

    @Test
    void aDraftWithoutPendingTokensIsFinal() {
        TokenList body = new TokenList(), title = new TokenList();
        String text = "Rates rose.\nThe bank said";
        add(body, text);
        add(title, "Rates");
        int[] spanEnds = {body.size()};
        TermTally tally = new TermTally(filter(), Trials.SEED);
        TermDraft draft = TermDraft.of(tally, body, tally.hashes(body), text, spanEnds, new Boilerplate.PendingLine[1], title);
        assertTrue(draft.isFinal());
        assertEquals(TermTallyTest.reference(filter(), text, body, title), draft.resolve(line -> true));
        TermDraft pending = TermDraft.of(tally, body, tally.hashes(body), text, spanEnds,
                new Boilerplate.PendingLine[] {new Boilerplate.PendingLine(1, 2, 3)}, title);
        assertFalse(pending.isFinal());
        assertEquals(TermTallyTest.reference(filter(), null, title, title), pending.resolve(line -> true), "all removed: the title is the text");
    }
}
