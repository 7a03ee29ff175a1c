package io.copydesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random news-like prose for tests: a fixed vocabulary, sentences of 8-24 words. */
public final class Prose {
    private static final String[] SYLLABLES = {"ka", "lo", "mir", "ten", "sa", "vo", "rel", "din", "po", "gar", "ul", "fen",
            "tra", "bel", "os", "nik", "ha", "zer", "mo", "quin"};
    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();

    public Prose(long seed) {
        random = new Random(seed);
        Random v = new Random(seed ^ 0x5EED);
        for (int i = 0; i < 5000; i++) {
            StringBuilder w = new StringBuilder();
            int n = 1 + v.nextInt(3);
            for (int s = 0; s < n; s++) w.append(SYLLABLES[v.nextInt(SYLLABLES.length)]);
            vocabulary.add(w.toString() + i % 97);
        }
    }

    public Random random() {
        return random;
    }

    public String word() {
        // skewed towards the head of the vocabulary, like real word frequencies
        double u = random.nextDouble();
        return vocabulary.get((int) (vocabulary.size() * u * u * u));
    }

    public String sentence() {
        return sentence(8 + random.nextInt(17));
    }

    /** A sentence of {@code n} words. */
    public String sentence(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = word();
            if (i == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            sb.append(i == 0 ? "" : " ").append(w);
        }
        return sb.append('.').toString();
    }

    public String paragraph() {
        int n = 2 + random.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(sentence());
        return sb.toString();
    }

    /** An article body of {@code paragraphs} paragraphs, one per line. */
    public String body(int paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) sb.append(i == 0 ? "" : "\n").append(paragraph());
        return sb.toString();
    }

    /** Replaces about {@code rate} of the words with other words. */
    public String edit(String text, double rate) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) if (random.nextDouble() < rate) words[i] = word();
        return String.join(" ", words);
    }
}
