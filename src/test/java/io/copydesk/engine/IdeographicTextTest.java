package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Chinese and Japanese stories, written without spaces: copies that differ in a few words are duplicates, other
 * stories are not, and paragraphs are prose, not page furniture. (Written for this test; the places are made up.)
 */
class IdeographicTextTest {
    private static final String[] RATES = {
        "\u65B0\u534E\u793E\u963F\u767B\u5821\u0031\u0031\u6708\u0031\u0034\u65E5\u7535\u3000\u970D\u5C14\u9A6C\u514B\u50A8\u5907\u94F6\u884C"
            + "\u5468\u56DB\u5BA3\u5E03\uFF0C\u5C06\u57FA\u51C6\u5229\u7387\u7EF4\u6301\u5728\u767E\u5206\u4E4B\u56DB\u4E0D\u53D8\uFF0C"
            + "\u8FD9\u662F\u8BE5\u884C\u4ECA\u5E74\u4E24\u6B21\u964D\u606F\u4E4B\u540E\u9996\u6B21\u6309\u5175\u4E0D\u52A8\u3002",
        "\u8D27\u5E01\u653F\u7B56\u59D4\u5458\u4F1A\u4EE5\u516D\u7968\u5BF9\u4E09\u7968\u4F5C\u51FA\u51B3\u5B9A\u3002\u4E09\u540D\u59D4\u5458"
            + "\u4E3B\u5F20\u518D\u964D\u606F\u4E8C\u5341\u4E94\u4E2A\u57FA\u70B9\uFF0C\u7406\u7531\u662F\u590F\u5B63\u4EE5\u6765\u7ECF\u6D4E"
            + "\u653E\u7F13\u5E45\u5EA6\u8D85\u51FA\u9884\u671F\u3002",
        "\u5341\u6708\u4EFD\u6D88\u8D39\u4EF7\u683C\u6307\u6570\u540C\u6BD4\u4E0A\u6DA8\u767E\u5206\u4E4B\u4E8C\u70B9\u4E5D\uFF0C\u9AD8\u4E8E"
            + "\u4E5D\u6708\u4EFD\u7684\u767E\u5206\u4E4B\u4E8C\u70B9\u56DB\uFF0C\u7535\u8D39\u548C\u623F\u79DF\u4E0A\u6DA8\u662F\u4E3B\u8981"
            + "\u63A8\u52A8\u56E0\u7D20\u3002",
        "\u884C\u957F\u8868\u793A\uFF0C\u592E\u884C\u9700\u8981\u66F4\u591A\u65F6\u95F4\u5224\u65AD\u901A\u80C0\u56DE\u5347\u662F\u6682"
            + "\u65F6\u73B0\u8C61\u8FD8\u662F\u4F1A\u6301\u7EED\u4E0B\u53BB\u3002",
        "\u6D88\u606F\u516C\u5E03\u540E\uFF0C\u970D\u5C14\u9A6C\u514B\u514B\u6717\u5151\u7F8E\u5143\u6C47\u7387\u4E0A\u6DA8\u767E\u5206\u4E4B"
            + "\u96F6\u70B9\u4E09\u3002\u591A\u5BB6\u94F6\u884C\u7684\u7ECF\u6D4E\u5B66\u5BB6\u9884\u8BA1\uFF0C\u4E0B\u4E00\u6B21\u964D\u606F"
            + "\u5C06\u5728\u660E\u5E74\u4E8C\u6708\u800C\u4E0D\u662F\u5341\u4E8C\u6708\u3002"};
    // another bank's surprise cut: the same kind of news, another story
    private static final String[] CUT = {
        "\u5317\u65B9\u8054\u90A6\u94F6\u884C\u5468\u4E09\u610F\u5916\u5BA3\u5E03\u964D\u606F\u4E94\u5341\u4E2A\u57FA\u70B9\uFF0C\u5C06"
            + "\u653F\u7B56\u5229\u7387\u4E0B\u8C03\u81F3\u767E\u5206\u4E4B\u4E09\uFF0C\u4E3A\u4E24\u5E74\u6765\u6700\u5927\u5E45\u5EA6\u7684"
            + "\u4E00\u6B21\u964D\u606F\u3002",
        "\u8BE5\u884C\u5728\u58F0\u660E\u4E2D\u8BF4\uFF0C\u51FA\u53E3\u8BA2\u5355\u8FDE\u7EED\u56DB\u4E2A\u6708\u4E0B\u6ED1\uFF0C\u5236\u9020"
            + "\u4E1A\u6295\u8D44\u660E\u663E\u51CF\u5F31\uFF0C\u6709\u5FC5\u8981\u52A0\u5927\u8D27\u5E01\u653F\u7B56\u652F\u6301\u529B\u5EA6\u3002",
        "\u5E02\u573A\u6B64\u524D\u666E\u904D\u9884\u671F\u8BE5\u884C\u53EA\u4F1A\u964D\u606F\u4E8C\u5341\u4E94\u4E2A\u57FA\u70B9\u3002\u6D88"
            + "\u606F\u516C\u5E03\u540E\uFF0C\u8BE5\u56FD\u80A1\u5E02\u5927\u6DA8\u767E\u5206\u4E4B\u4E8C\uFF0C\u672C\u5E01\u6C47\u7387\u5219"
            + "\u4E0B\u8DCC\u767E\u5206\u4E4B\u4E00\u3002",
        "\u5206\u6790\u4EBA\u58EB\u8BA4\u4E3A\uFF0C\u8FD9\u6B21\u964D\u606F\u663E\u793A\u51B3\u7B56\u8005\u5BF9\u7ECF\u6D4E\u524D\u666F\u7684"
            + "\u62C5\u5FE7\u6B63\u5728\u52A0\u6DF1\u3002"};
    private static final String[] QUAKE = { // Japanese: kanji, hiragana and katakana
        "\u6C17\u8C61\u5E81\u306B\u3088\u308B\u3068\u3001\u5341\u4E8C\u65E5\u5348\u524D\u516B\u6642\u3054\u308D\u3001\u30F4\u30A1\u30EB"
            + "\u30C9\u30EA\u30A2\u5317\u90E8\u3092\u9707\u6E90\u3068\u3059\u308B\u30DE\u30B0\u30CB\u30C1\u30E5\u30FC\u30C9\u516D\u30FB\u516B"
            + "\u306E\u5730\u9707\u304C\u3042\u3063\u305F\u3002",
        "\u5730\u5143\u5F53\u5C40\u306F\u3001\u5C11\u306A\u304F\u3068\u3082\u4E8C\u5341\u4E03\u4EBA\u304C\u6B7B\u4EA1\u3057\u3001\u767E"
            + "\u4EBA\u4EE5\u4E0A\u304C\u3051\u304C\u3092\u3057\u305F\u3068\u767A\u8868\u3057\u305F\u3002",
        "\u9707\u6E90\u306B\u8FD1\u3044\u753A\u3067\u306F\u5B66\u6821\u3084\u4F4F\u5B85\u304C\u5012\u58CA\u3057\u3001\u6551\u52A9\u968A"
            + "\u304C\u591C\u3092\u5FB9\u3057\u3066\u635C\u7D22\u3092\u7D9A\u3051\u3066\u3044\u308B\u3002",
        "\u653F\u5E9C\u306F\u975E\u5E38\u4E8B\u614B\u3092\u5BA3\u8A00\u3057\u3001\u5468\u8FBA\u56FD\u304B\u3089\u306E\u652F\u63F4\u3092"
            + "\u53D7\u3051\u5165\u308C\u308B\u65B9\u91DD\u3092\u793A\u3057\u305F\u3002"};

    /** The paragraphs one per line, between lines of page furniture. */
    private static String page(String top, String[] paragraphs, String bottom) {
        return top + "\n" + String.join("\n", paragraphs) + "\n" + bottom;
    }

    /** The story with a few words changed: what one outlet's edit of a wire copy does. */
    private static String[] edited(String[] paragraphs, String... fromTo) {
        String[] out = paragraphs.clone();
        for (int k = 0; k < fromTo.length; k += 2) {
            boolean done = false;
            for (int p = 0; p < out.length && !done; p++) {
                if (out[p].contains(fromTo[k])) {
                    out[p] = out[p].replace(fromTo[k], fromTo[k + 1]);
                    done = true;
                }
            }
            assertTrue(done, "the edit's words are in the story");
        }
        return out;
    }

    private static final String EDITOR = "\u8D23\u4EFB\u7F16\u8F91\uFF1A\u674E\u534E"; // "editor in charge: Li Hua"

    private static List<Article> articles() {
        String[] ratesCopy = edited(RATES, "\u5468\u56DB", "\u661F\u671F\u56DB", "\u4E3B\u8981\u63A8\u52A8\u56E0\u7D20", "\u4E3B\u8981\u539F\u56E0",
                "\u591A\u5BB6\u94F6\u884C", "\u591A\u5BB6\u673A\u6784");
        String[] quakeCopy = edited(QUAKE, "\u3054\u308D", "\u9803", "\u7D9A\u3051\u3066\u3044\u308B", "\u7D9A\u3051\u305F");
        return List.of(
                Article.of("rates", page("\u9996\u9875 > \u8D22\u7ECF", RATES, EDITOR)),
                Article.of("rates-copy", page("\u5206\u4EAB\u5230\uFF1A\u5FAE\u4FE1 \u5FAE\u535A", ratesCopy, "\u76F8\u5173\u9605\u8BFB")),
                Article.of("cut", page("\u9996\u9875 > \u8D22\u7ECF", CUT, EDITOR)),
                Article.of("quake", page("\u30DB\u30FC\u30E0", QUAKE, "\u30B7\u30A7\u30A2\u3059\u308B")),
                Article.of("quake-copy", page("\u30CB\u30E5\u30FC\u30B9", quakeCopy, "\u95A2\u9023\u30CB\u30E5\u30FC\u30B9")));
    }

    @Test
    void copiesWithAFewWordsChangedAreDuplicatesAndOtherStoriesAreNot() {
        List<NewsCollection.Duplicates> groups = NewsCollection.of(articles()).duplicates();
        Set<Set<String>> found = groups.stream()
                .map(d -> java.util.stream.Stream.concat(java.util.stream.Stream.of(d.canonical()), d.copies().stream().map(c -> c.id()))
                        .collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        assertEquals(Set.of(Set.of("rates", "rates-copy"), Set.of("quake", "quake-copy")), found);
        for (NewsCollection.Duplicates d : groups) {
            for (NewsCollection.Duplicates.Copy c : d.copies()) assertTrue(c.jaccard() > 0.7, c + ": a few words in a story change few shingles");
        }
    }

    @Test
    void paragraphsAreProseAndTheEditorLineIsFurniture() {
        Article a = articles().get(0);
        for (String p : RATES) assertKept(a, p);
        Fingerprint f = Fingerprinter.forDuplicates(AnalysisConfig.DEFAULT, Boilerplate.perArticle(BoilerplateConfig.DEFAULT)).fingerprint(a);
        int editor = a.text().indexOf(EDITOR);
        assertTrue(f.removed().stream().anyMatch(s -> s.start() <= editor && editor < s.end()), "the editor's line is removed");
    }

    @Test
    void aLineWithoutAStopIsCountedInWordsOfTwoChars() {
        // a subheading of 14 chars, no stop: about seven words, prose; one "word" by the spaces it has not, it was a label
        String subhead = "\u592E\u884C\u5C06\u7EE7\u7EED\u5B9E\u65BD\u7A33\u5065\u7684\u8D27\u5E01\u653F\u7B56";
        String text = page("\u9996\u9875 > \u8D22\u7ECF", new String[] {RATES[0], RATES[1], subhead, RATES[2]}, EDITOR);
        assertKept(Article.of("a", text), subhead);
    }

    @Test
    void aShortSentenceEndingInAFullStopIsProse() {
        String sentence = "\u5979\u8868\u793A\u540C\u610F\u3002"; // "she said she agreed.": three words, a sentence, not a label
        String text = page("\u9996\u9875 > \u8D22\u7ECF", new String[] {RATES[0], RATES[3], sentence, RATES[4]}, EDITOR);
        assertKept(Article.of("a", text), sentence);
    }

    @Test
    void shortQuotedParagraphsEndingInAFullStopAreNotALinkList() {
        // three short paragraphs that open with a quotation mark, as a run of linked headlines does, but end sentences
        String[] quotes = {
            "\u201C\u6211\u4EEC\u4F1A\u5BC6\u5207\u5173\u6CE8\u7269\u4EF7\u8D70\u52BF\u3002\u201D\u884C\u957F\u8BF4\u3002",
            "\u201C\u7ECF\u6D4E\u4ECD\u5728\u589E\u957F\u3002\u201D\u59D4\u5458\u8BF4\u3002",
            "\u201C\u6211\u4EEC\u9700\u8981\u66F4\u591A\u6570\u636E\u3002\u201D\u53E6\u4E00\u540D\u59D4\u5458\u8BF4\u3002"};
        String text = page("\u9996\u9875 > \u8D22\u7ECF", new String[] {RATES[0], quotes[0], quotes[1], quotes[2], RATES[3]}, EDITOR);
        for (String q : quotes) assertKept(Article.of("a", text), q);
    }

    private static void assertKept(Article a, String line) {
        Fingerprint f = Fingerprinter.forDuplicates(AnalysisConfig.DEFAULT, Boilerplate.perArticle(BoilerplateConfig.DEFAULT)).fingerprint(a);
        int at = a.text().indexOf(line);
        assertTrue(at >= 0);
        assertTrue(f.kept().stream().anyMatch(s -> s.start() <= at && at + line.length() <= s.end()), "kept: " + line + " in " + f.kept());
    }

    @Test
    void relatedCoverageRanksTheCopyFirstThenTheSameKindOfNews() {
        NewsCollection news = NewsCollection.of(articles());
        List<RelatedHit> hits = news.related("rates", 4);
        assertFalse(hits.isEmpty());
        assertEquals("rates-copy", hits.get(0).id());
        assertEquals(RelatedHit.Relation.duplicate, hits.get(0).relation());
        List<String> ids = hits.stream().map(RelatedHit::id).toList();
        if (ids.contains("cut") && ids.contains("quake")) assertTrue(ids.indexOf("cut") < ids.indexOf("quake"), "the other rate story before the quake: " + hits);
    }
}
