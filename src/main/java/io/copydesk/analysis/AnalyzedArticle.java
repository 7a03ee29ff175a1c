package io.copydesk.analysis;

import io.copydesk.document.Article;

/**
 * An article after analysis: the body split into kept and removed lines, the word tokens of the
 * kept lines (or of the title when the body has none, as in headline-only inputs: then
 * {@code fromTitle} is true and {@code tokens} is {@code titleTokens}), the title's tokens, and
 * the article's boilerplate line keys when the {@link Analyzer} was asked for them (else null).
 */
public record AnalyzedArticle(int index, Article article, CleanText clean, TokenList tokens, TokenList titleTokens,
                              boolean fromTitle, Boilerplate.LineKeys lineKeys) {}
