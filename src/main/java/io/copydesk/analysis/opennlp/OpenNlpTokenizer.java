package io.copydesk.analysis.opennlp;

import io.copydesk.analysis.Ideographs;
import io.copydesk.analysis.TokenList;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.analysis.WordTokenizer;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * OpenNLP word and sentence splitting behind copydesk's {@link WordTokenizer}. The rule-based
 * tokenizer works on whole lines; the learnable one first splits sentences with the sentence model.
 * One instance per thread.
 */
public final class OpenNlpTokenizer implements WordTokenizer {
    private final Tokenizer learnable; // null for the rule-based tokenizer
    private SentenceDetectorME sentenceDetector;

    public OpenNlpTokenizer(TokenizerKind kind) {
        this.learnable = kind == TokenizerKind.learnable ? new TokenizerME(OpenNlpModels.tokenizer()) : null;
    }

    @Override
    public void tokenize(String text, int start, int end, TokenList out) {
        if (learnable == null) {
            SimpleTokenizerRules.tokenize(text, start, end, out); // SimpleTokenizer's tokens, without its copies
            return;
        }
        // The learnable model was trained on sentences: split them first, as OpenNLP intends.
        for (int[] sentence : sentences(text, start, end)) {
            for (Span s : learnable.tokenizePos(text.substring(sentence[0], sentence[1]))) {
                Ideographs.addToken(text, sentence[0] + s.getStart(), sentence[0] + s.getEnd(), out);
            }
        }
    }

    @Override
    public void tokenize(String text, byte[] latin1, int start, int end, TokenList out) {
        if (learnable == null) SimpleTokenizerRules.tokenize(text, latin1, start, end, out);
        else tokenize(text, start, end, out);
    }

    @Override
    public int[][] sentences(String text, int start, int end) {
        if (sentenceDetector == null) sentenceDetector = new SentenceDetectorME(OpenNlpModels.sentences());
        String part = text.substring(start, end);
        Span[] spans = sentenceDetector.sentPosDetect(part);
        int[][] out = new int[spans.length][];
        for (int i = 0; i < spans.length; i++) out[i] = new int[] {start + spans[i].getStart(), start + spans[i].getEnd()};
        return out;
    }
}
