package io.copydesk.analysis;

import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.document.Article;
import io.copydesk.document.ArticleJson;
import io.copydesk.document.ReadProblems;
import io.copydesk.internal.LongSort;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;

/**
 * Single-thread timing of dedup's per-article reading work (not committed code: a measuring tool).
 * usage: ReadHarness FILE MAXARTICLES PASSES
 * Prints per pass: draft (Analyzer.draft, as dedup's first pass), and the pieces on whole texts:
 * tokenize, hashes, windows, sort (ms).
 */
public class ReadHarness {
    private static final java.lang.management.ThreadMXBean MX = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long cpu() {
        return MX.getCurrentThreadCpuTime();
    }

    private final List<Article> articles = new ArrayList<>();
    private final String[] texts;
    private final byte[][] bytes;
    private final Shingler shingler = new Shingler(AnalysisConfig.DEFAULT.shingle(), AnalysisConfig.DEFAULT.seed());
    public long sink;

    public ReadHarness(String file, int limit) throws Exception {
        String[] args = {file, String.valueOf(limit)};
        int max = Integer.parseInt(args[1]);
        InputStream in = Files.newInputStream(Path.of(args[0]));
        if (args[0].endsWith(".gz")) in = new GZIPInputStream(in);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && articles.size() < max) {
                Article a = ArticleJson.parse(line, "x", ReadProblems.silent());
                if (a != null) articles.add(a);
            }
        }
        texts = articles.stream().map(Article::text).toArray(String[]::new);
        bytes = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) bytes[i] = PageLine.latin1(texts[i]);
    }

    /** one pass: {draft, tokenize, +hashes, +windows, +sort} thread CPU ns (cumulative pipelines) */
    public long[] pass() {
        AnalysisConfig config = AnalysisConfig.DEFAULT;
        long[] r = new long[5];
        {
            Boilerplate noCounts = Boilerplate.perArticle(config.boilerplate());
            Analyzer analyzer = new Analyzer(config, noCounts);
            Boilerplate.Builder counts = Boilerplate.builder(config.boilerplate()).noteRepeats();
            long t0 = cpu();
            for (Article a : articles) {
                Analyzer.Drafted d = analyzer.draft(a, counts, shingler);
                counts.add(d.keys());
                sink += d.draft().isFinal() ? 1 : 0;
            }
            r[0] = cpu() - t0;
            OpenNlpTokenizer tok = new OpenNlpTokenizer(TokenizerKind.simple);
            TokenList list = new TokenList(1024);
            long[] hashes = new long[1024], windows = new long[1024];
            long[] cum = new long[4];
            for (int depth = 0; depth < 4; depth++) {
                long c0 = cpu();
                for (int ai = 0; ai < texts.length; ai++) {
                    String text = texts[ai];
                    byte[] latin1 = bytes[ai];
                    list.clear();
                    tok.tokenize(text, latin1, 0, text.length(), list);
                    int n = list.size();
                    if (n == 0 || depth == 0) continue;
                    hashes = shingler.tokenHashes(list, hashes);
                    if (depth == 1) continue;
                    int c = shingler.windowCount(n);
                    if (windows.length < c) windows = new long[2 * c];
                    shingler.windows(hashes, 0, n, windows);
                    if (depth == 2) continue;
                    sink += LongSort.sortDistinctHashes(windows, 0, c);
                }
                cum[depth] = cpu() - c0;
            }
            System.arraycopy(cum, 0, r, 1, 4);
        }
        return r;
    }

    public static void main(String[] args) throws Exception {
        ReadHarness h = new ReadHarness(args[0], Integer.parseInt(args[1]));
        for (int p = 0; p < Integer.parseInt(args[2]); p++) System.out.println(Arrays.toString(h.pass()));
    }
}
