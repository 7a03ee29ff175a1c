package io.copydesk.generate;

/**
 * A written article body: paragraphs separated by '\n', sentences by ' '.
 *
 * @param sentenceEnds offset just past the end of each sentence, ascending
 */
record Story(String body, int[] sentenceEnds) {
    int sentences() {
        return sentenceEnds.length;
    }

    /** The first {@code n} sentences: an exact prefix of the body. */
    String lead(int n) {
        return body.substring(0, sentenceEnds[n - 1]);
    }
}
