package io.copydesk.fingerprint;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.AnalyzedArticle;
import io.copydesk.analysis.Analyzer;
import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.analysis.StopWords;
import io.copydesk.analysis.TermFilter;
import io.copydesk.analysis.TokenList;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.analysis.opennlp.OpenNlpStemmer;
import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.testing.Texts;
import io.copydesk.testing.Trials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TermTally} counts from token char ranges through a memo; the terms, words and counts it
 * gives must be exactly those of the plain string path (each token's string through
 * {@link TermFilter}, counted in a map, terms sorted as strings), on the corpus, generated news
 * and hostile text, with one tally reused over all of them so that its memo overflows and starts over.
 */
class TermTallyTest {
    private static final String[] PIECES = {" ", "\n", ".", ",", "'", "\u2019", "-", "The ", "the ", "THE ", "of ", "Said ", "U.S. ",
        "running ", "Runs ", "RUN ", "2024 ", "2024-03-12 ", "3.5 ", "iPhone ", "eBay ", "Monday ", "NATO ", ", Brenmoor ", ": Brenmoor ", "\u00ABBrenmoor ", "1,200 ", "7-2 ", "Z\u00FCrich ", "z\u00FCrich ", "\u00C9lys\u00E9e ",
        "na\u00EFve ", "\u4E2D\u6587 ", "\uFF11\uFF12 ", "Abc123 ", "x ", "I ", "s ", "Meetings ", "meeting ", "\uD83D\uDE00 ",
        // other languages' function words (French, Spanish, German, Russian, Hindi; "dans" is the term "dan"), and the
        // English words among them ("son", "car", "die")
        "le ", "les ", "dans ", "pour ", "des ", "el ", "los ", "para ", "der ", "und ", "nicht ", "\u0438 ", "\u043d\u0435 ",
        "\u0915\u0947 ", "\u092e\u0947\u0902 ", "son ", "car ", "die ", "dan ",
        // Russian and Greek forms of one word, one of them its own stem (бюджет, бюджета, Бюджету; εκλογή, εκλογές)
        "\u0431\u044e\u0434\u0436\u0435\u0442 ", "\u0431\u044e\u0434\u0436\u0435\u0442\u0430 ", "\u0411\u044e\u0434\u0436\u0435\u0442\u0443 ",
        "\u03b5\u03ba\u03bb\u03bf\u03b3\u03ae ", "\u03b5\u03ba\u03bb\u03bf\u03b3\u03ad\u03c2 "};

    private static TermFilter filter() {
        return new TermFilter(StopWords.english(), new OpenNlpStemmer());
    }

    private static final java.util.regex.Pattern BEFORE_WORD = java.util.regex.Pattern.compile("[ \t\u00A0\"'\u201C\u201D\u2018\u2019\u00AB\u00BB(\\[]*$");
    private static final java.util.List<String> CALENDAR = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    /** The name vote of the word text[start, end), written out from the rule: lower case against; a capital inside a sentence for. */
    static int vote(String text, int start, int end) {
        String word = text.substring(start, end);
        int first = word.codePointAt(0);
        if (Character.isLowerCase(first)) return word.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c)) ? 1 : -1;
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) return 0;
        String left = text.substring(Math.max(0, start - 30), start), right = text.substring(end, Math.min(text.length(), end + 30));
        left = left.substring(left.lastIndexOf('\n') + 1);
        right = right.contains("\n") ? right.substring(0, right.indexOf('\n')) : right;
        boolean lowerNearby = (left + right).chars().anyMatch(c -> Character.isLowerCase((char) c));
        if (word.codePoints().filter(Character::isLetter).count() >= 2 && word.codePoints().noneMatch(Character::isLowerCase) && !lowerNearby) return 0;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (CALENDAR.contains(lower) || lower.endsWith("days") && CALENDAR.contains(lower.substring(0, lower.length() - 1))) return 0;
        String before = BEFORE_WORD.matcher(text.substring(0, start)).replaceAll("");
        // a comma then a quote against the word opens a quoted sentence: officials said, "Firefighters arrived
        // (a quote against the comma closes one: "We are ready," Smith said)
        boolean quoted = java.util.regex.Pattern.compile("[\"'\u201C\u201D\u2018\u2019\u00AB\u00BB][(\\[\"'\u201C\u201D\u2018\u2019\u00AB\u00BB]*$")
                .matcher(text.substring(before.length(), start)).find();
        boolean inside = !before.isEmpty() && (Character.isLetterOrDigit(before.charAt(before.length() - 1)) || before.endsWith(",") && !quoted);
        // at a sentence's start, a capital counts when the next word, past spaces and tabs, has one too
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("^[ \t\u00A0]+(\\S)").matcher(text.substring(end));
        boolean nextCapital = next.find() && (Character.isUpperCase(next.group(1).codePointAt(0)) || Character.isTitleCase(next.group(1).codePointAt(0)));
        return inside || nextCapital ? 1 : 0;
    }

    /**
     * The string path: one string per token, a map per article, terms sorted as strings; the body's
     * words vote on names when {@code bodyText}, the text of its offsets, is given.
     */
    static ArticleTerms reference(TermFilter filter, String bodyText, TokenList body, TokenList title) {
        Map<String, int[]> counts = new HashMap<>(); // term -> {body, title, name votes}
        Map<String, String> words = new HashMap<>();
        boolean same = body.size() == title.size();
        for (int i = 0; same && i < body.size(); i++) same = body.term(i).equals(title.term(i));
        int languages = StopWords.OTHER_LANGUAGES.size(), counted = 0;
        int[] functionWords = new int[languages]; // tokens that are function words of each other language
        int english = 0; // and of English
        for (int pass = 0; pass < (same ? 1 : 2); pass++) {
            TokenList tokens = pass == 0 ? body : title;
            counted += tokens.size();
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.term(i), term = filter.term(token);
                if (token.length() > 1) {
                    for (int l = 0; l < languages; l++) if ((StopWords.languagesOf(token) >>> l & 1) != 0) functionWords[l]++;
                    if (StopWords.english().contains(token)) english++;
                }
                if (term == null) continue;
                int[] c = counts.computeIfAbsent(term, t -> new int[3]);
                c[pass]++;
                if (pass == 0 && bodyText != null) c[2] += vote(bodyText, tokens.start(i), tokens.end(i));
                words.merge(term, token, ArticleTerms::better);
            }
        }
        // another language's text (its function words at least three, a tenth of the tokens and more than twice English's;
        // the most; words of one letter count for none): its function words' terms go
        int language = -1;
        for (int l = 0; l < languages; l++) {
            int c = functionWords[l];
            if (c >= 3 && 10 * c >= counted && c > 2 * english && (language < 0 || c > functionWords[language])) language = l;
        }
        if (language >= 0) {
            int l = language;
            counts.keySet().removeIf(term -> (filter.termLanguages(term) >>> l & 1) != 0);
        }
        String[] t = counts.keySet().toArray(String[]::new);
        Arrays.sort(t);
        String[] w = new String[t.length];
        int[] b = new int[t.length], ti = new int[t.length], v = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            w[i] = words.get(t[i]);
            b[i] = counts.get(t[i])[0];
            ti[i] = counts.get(t[i])[1];
            v[i] = counts.get(t[i])[2];
        }
        return t.length == 0 ? ArticleTerms.EMPTY : new ArticleTerms(t, w, b, ti, v);
    }

    private static TokenList tokens(String text) {
        TokenList t = new TokenList();
        if (text != null) new OpenNlpTokenizer(TokenizerKind.simple).tokenize(text, 0, text.length(), t);
        return t;
    }

    private static void same(TermTally tally, TokenList body, String bodyText, TokenList title, String where) {
        ArticleTerms expected = reference(filter(), bodyText, body, title);
        ArticleTerms actual = tally.count(body, bodyText, title);
        assertEquals(expected, actual, where);
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.word(i), actual.word(i), where); // equals() covers it; the message names the word
    }

    @Test
    void sameTermsAsTheStringPathOnTheCorpusAndGeneratedNews() throws Exception {
        TermTally tally = new TermTally(filter(), Trials.SEED);
        Analyzer analyzer = new Analyzer(AnalysisConfig.DEFAULT, Boilerplate.perArticle(BoilerplateConfig.DEFAULT));
        assertTrue(Files.isDirectory(Path.of("corpus")), "run from the project root");
        int articles = 0;
        try (InputSet in = InputSet.of(List.of("corpus")); RecordStream s = in.open(ReadProblems.silent())) {
            for (ArticleRecord rec; (rec = s.next()) != null; articles++) {
                AnalyzedArticle a = analyzer.analyze(articles, rec.article());
                same(tally, a.tokens(), a.fromTitle() ? null : rec.article().text(), a.titleTokens(), rec.article().id());
            }
        }
        assertTrue(articles > 50, "corpus read: " + articles);
        for (GeneratedArticle g : new NewsGenerator(GeneratorConfig.of(400).withSeed(Trials.SEED)).stream().toList()) {
            AnalyzedArticle a = analyzer.analyze(0, g.toArticle());
            same(tally, a.tokens(), a.fromTitle() ? null : g.toArticle().text(), a.titleTokens(), "generated " + g.toArticle().id() + ", seed " + Trials.SEED);
        }
    }

    @Test
    void sameTermsAsTheStringPathOnHostileTextWhileTheMemoStartsOver() {
        TermTally tally = new TermTally(filter(), Trials.SEED);
        // random words (about 120,000 distinct over the trials) overflow the memo's 65,536 tokens
        Trials.run("term-tally", 3000,
                r -> new String[] {Texts.pieces(r, 120, q -> Texts.oneOf(q, PIECES), q -> Texts.letters(q, 8) + " ", q -> Texts.anyChars(q, 6)),
                        r.nextInt(4) == 0 ? null : Texts.pieces(r, 12, q -> Texts.oneOf(q, PIECES), q -> Texts.letters(q, 8) + " ")},
                texts -> {
                    TokenList body = tokens(texts[0]), title = tokens(texts[1]);
                    same(tally, body, texts[0], title, "body and title");
                    same(tally, title, null, title, "headline only (the body is the title)");
                    same(tally, title, texts[1], tokens(texts[1]), "the title's tokens twice, as two lists");
                });
    }

    @Test
    void anArticleWithMoreDistinctTermsThanTheSortKeyHoldsIsStillInOrder() {
        Random r = new Random(Trials.SEED);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 80_000; i++) text.append(Texts.letters(r, 9)).append(r.nextInt(3) == 0 ? " 20" + i + " " : " ");
        TokenList body = tokens(text.toString());
        ArticleTerms terms = new TermTally(filter(), Trials.SEED).count(body, text.toString(), new TokenList());
        assertTrue(terms.size() > 65_536, "distinct terms: " + terms.size());
        assertEquals(reference(filter(), text.toString(), body, new TokenList()), terms, "seed " + Trials.SEED);
    }
}
