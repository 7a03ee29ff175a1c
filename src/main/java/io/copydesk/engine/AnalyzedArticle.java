package io.copydesk.engine;

import io.copydesk.analysis.CleanText;
import io.copydesk.analysis.TokenList;
import io.copydesk.document.Article;

/**
 * An article after analysis: the body split into kept and removed lines, and the word tokens of
 * the kept lines (or of the title when the body has none, as in headline-only inputs).
 */
public record AnalyzedArticle(int index, Article article, CleanText clean, TokenList tokens) {}
