package io.copydesk.analysis;

/** Which OpenNLP tokenizer splits words. */
public enum TokenizerKind {
    /** OpenNLP's rule-based {@code SimpleTokenizer} (character classes): fast, the default. */
    simple,
    /** OpenNLP's learnable {@code TokenizerME} with the English UD model: slower, splits clitics. */
    learnable
}
