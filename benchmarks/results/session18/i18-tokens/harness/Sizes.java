package io.copydesk.analysis;

import io.copydesk.analysis.opennlp.OpenNlpTokenizer;
import io.copydesk.document.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.zip.GZIPInputStream;

public class Sizes {
    public static void main(String[] args) throws Exception {
        InputStream in = Files.newInputStream(Path.of(args[0]));
        if (args[0].endsWith(".gz")) in = new GZIPInputStream(in);
        Shingler shingler = new Shingler(4, AnalysisConfig.DEFAULT.seed());
        OpenNlpTokenizer tok = new OpenNlpTokenizer(TokenizerKind.simple);
        int[] hist = new int[20]; long[] vals = new long[20];
        int max = Integer.parseInt(args[1]), count = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && count++ < max) {
                Article a = ArticleJson.parse(line, "x", ReadProblems.silent());
                if (a == null) continue;
                TokenList list = new TokenList();
                tok.tokenize(a.text(), 0, a.text().length(), list);
                int n = Math.max(1, list.size() - 3);
                int b = 32 - Integer.numberOfLeadingZeros(n);
                hist[b]++; vals[b] += n;
            }
        }
        for (int b = 0; b < 20; b++) if (hist[b] > 0) System.out.printf("[%d,%d): %d articles, %d values%n", (1 << b) >> 1, 1 << b, hist[b], vals[b]);
    }
}
