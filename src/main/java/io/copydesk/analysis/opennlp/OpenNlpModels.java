package io.copydesk.analysis.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models, loaded once from the {@code opennlp-models-*} jars on the classpath.
 * (OpenNLP's constructors that take a language code try to download models: never use them.)
 */
final class OpenNlpModels {
    static final String TOKENIZER = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private OpenNlpModels() {}

    private static final class Tokens {
        static final TokenizerModel MODEL = load(TOKENIZER, TokenizerModel::new);
    }

    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCES, SentenceModel::new);
    }

    static TokenizerModel tokenizer() {
        return Tokens.MODEL;
    }

    static SentenceModel sentences() {
        return Sentences.MODEL;
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        // Through the class loader: the models sit in other jars (other modules on the module path).
        try (InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
