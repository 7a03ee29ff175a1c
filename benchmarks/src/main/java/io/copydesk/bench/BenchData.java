package io.copydesk.bench;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Shingler;
import io.copydesk.analysis.TokenList;
import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.generate.GeneratedArticle;
import io.copydesk.generate.GeneratorConfig;
import io.copydesk.generate.NewsGenerator;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded inputs shared by the benchmarks and their sanity tests: generated news articles, random
 * word sequences of a given length, and shingle sets with planted near-duplicates. Same seed, same
 * data, on every machine.
 */
public final class BenchData {
    /** Seed of every benchmark input. */
    public static final long SEED = 20240601L;
    /** The engine's hashing seed, so benchmark hashes equal the ones the engine computes. */
    public static final long HASH_SEED = AnalysisConfig.DEFAULT_SEED;

    private static final String LETTERS = "etaoinshrdlcumwfgypbvkjxqz";

    private BenchData() {}

    /** The first {@code n} articles of the seeded generated collection. */
    public static List<GeneratedArticle> articles(int n, long seed) {
        List<GeneratedArticle> out = new ArrayList<>(n);
        for (GeneratedArticle a : new NewsGenerator(GeneratorConfig.of(n).withSeed(seed))) out.add(a);
        return out;
    }

    /**
     * Writes the first {@code n} articles of the seeded generated collection to a new temporary
     * JSONL file (in {@code java.io.tmpdir}), streaming: memory does not grow with {@code n}. The
     * caller deletes it.
     */
    public static Path writeArticles(int n, long seed) {
        try {
            Path file = Files.createTempFile("copydesk-bench-" + n + "-", ".jsonl");
            try (BufferedWriter w = Files.newBufferedWriter(file)) {
                for (GeneratedArticle a : new NewsGenerator(GeneratorConfig.of(n).withSeed(seed))) {
                    w.write(a.toJson());
                    w.write('\n');
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine's first pass over a JSONL file, as the CLI runs it (default analysis, silent). */
    public static Corpus corpus(Path jsonl) {
        return Corpus.scan(InputSet.of(List.of(jsonl.toString())), AnalysisConfig.DEFAULT,
                ReadProblems.silent(), Progress.NONE);
    }

    /** Deletes a temporary input, ignoring failures (it is in the temporary directory anyway). */
    public static void delete(Path file) {
        try {
            if (file != null) Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left for the system's temporary-file cleanup
        }
    }

    /** A vocabulary of {@code size} distinct lower-case pseudo-words of 2-10 letters. */
    public static String[] vocabulary(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        while (words.size() < size) {
            int len = 2 + r.nextInt(9);
            StringBuilder sb = new StringBuilder(len);
            // Skewed letter choice, so words look (statistically) a little like English.
            for (int i = 0; i < len; i++) sb.append(LETTERS.charAt(Math.min(r.nextInt(LETTERS.length()), r.nextInt(LETTERS.length()))));
            words.add(sb.toString());
        }
        return words.toArray(String[]::new);
    }

    /** {@code length} tokens drawn uniformly from {@code vocabulary}. */
    public static TokenList tokens(String[] vocabulary, int length, SplittableRandom r) {
        TokenList t = new TokenList();
        for (int i = 0; i < length; i++) t.add(vocabulary[r.nextInt(vocabulary.length)], 0, 0);
        return t;
    }

    /**
     * A token sequence whose k-shingle set has exactly {@code shingles} elements: random words from
     * a large vocabulary, re-drawn until every window is distinct.
     */
    public static TokenList tokensWithShingles(int shingles, int k, long seed) {
        String[] vocab = vocabulary(50_000, seed);
        SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        Shingler shingler = new Shingler(k, HASH_SEED);
        while (true) {
            TokenList t = tokens(vocab, shingles + k - 1, r);
            if (shingler.shingles(t).size() == shingles) return t;
        }
    }

    /** A set of {@code n} random 64-bit shingle hashes. */
    public static ShingleSet randomSet(int n, SplittableRandom r) {
        long[] h = new long[n];
        for (int i = 0; i < n; i++) h[i] = r.nextLong();
        return ShingleSet.of(h);
    }

    /**
     * A copy of {@code base} with {@code share} of its elements replaced by new random ones: the
     * Jaccard similarity of the two is about {@code (1 - share) / (1 + share)}.
     */
    public static ShingleSet nearCopy(ShingleSet base, double share, SplittableRandom r) {
        long[] h = base.hashes().clone();
        for (int i = 0; i < h.length; i++) if (r.nextDouble() < share) h[i] = r.nextLong();
        return ShingleSet.of(h);
    }

    /** Candidate pairs packed as {@code LongList.pair} values, the form the side-by-side results compare. */
    static long[] packed(io.copydesk.lsh.CandidatePairs pairs) {
        long[] out = new long[pairs.size()];
        for (int i = 0; i < out.length; i++) out[i] = io.copydesk.internal.LongList.pair(pairs.a(i), pairs.b(i));
        return out;
    }
}
