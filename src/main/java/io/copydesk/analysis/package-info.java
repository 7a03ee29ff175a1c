/**
 * How an article's text becomes what the stages compare: boilerplate (page furniture) removed from the body with
 * the collection's line counts, the text normalized and tokenized, word shingles hashed into a {@link
 * io.copydesk.analysis.ShingleSet}. {@link io.copydesk.analysis.AnalysisConfig} holds every setting the analysis
 * depends on.
 */
package io.copydesk.analysis;
