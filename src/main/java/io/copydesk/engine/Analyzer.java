package io.copydesk.engine;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.CleanText;
import io.copydesk.analysis.Span;
import io.copydesk.analysis.TokenList;
import io.copydesk.analysis.WordTokenizer;
import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.document.Article;

/** Cleans and tokenizes articles. One per thread (the tokenizer is not thread-safe). */
public final class Analyzer {
    private final Boilerplate boilerplate;
    private final WordTokenizer tokenizer;

    public Analyzer(AnalysisConfig config, Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
        this.tokenizer = new OpenNlpTokenizer(config.tokenizer());
    }

    public WordTokenizer tokenizer() {
        return tokenizer;
    }

    public AnalyzedArticle analyze(int index, Article a) {
        CleanText clean = boilerplate.clean(a);
        TokenList tokens = new TokenList();
        for (Span s : clean.kept()) tokenizer.tokenize(a.text(), s.start(), s.end(), tokens);
        if (tokens.size() == 0 && a.title() != null) {
            // Headline-only input: the title is all there is. Offsets then point into the title.
            tokenizer.tokenize(a.title(), 0, a.title().length(), tokens);
        }
        return new AnalyzedArticle(index, a, clean, tokens);
    }
}
