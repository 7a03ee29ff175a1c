/**
 * The only code that imports Apache OpenNLP: its tokenizers and its stemmers (Porter for English, Snowball for
 * Russian and Greek) behind copydesk's own interfaces, with the English models loaded once from the classpath.
 */
package io.copydesk.analysis.opennlp;
