package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The files the examples of the README and of every --help name as placeholders for the user's own
 * ({@code articles.jsonl.gz}, {@code incoming.jsonl}, {@code news.idx}, ...), made from {@code
 * corpus/} in a folder, and the examples' arguments with those names pointed there. Files that
 * exist in the project root ({@code corpus}, {@code corpus/corpus.jsonl}) are used as they are.
 */
final class ExampleFixtures {
    /** A placeholder id of the examples, replaced by an id of the corpus. */
    static final String PLACEHOLDER_ID = "wire-0311";

    final Path dir;
    final String realId;

    ExampleFixtures(Path dir) throws IOException {
        this.dir = dir;
        Path corpus = Path.of("corpus", "corpus.jsonl");
        List<String> records = Files.readAllLines(corpus);
        realId = (String) io.copydesk.internal.json.Json.parseObject(records.getFirst()).get("id");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("articles.jsonl.gz")))) {
            gz.write(Files.readAllBytes(corpus));
        }
        Files.copy(corpus, dir.resolve("articles.jsonl"));
        // five new articles arriving: corpus records under new ids
        Files.write(dir.resolve("incoming.jsonl"), records.subList(0, 5).stream()
                .map(l -> l.replaceFirst("\"id\": \"", "\"id\": \"incoming/")).toList());
        // headlines only: the records without their texts
        Files.write(dir.resolve("headlines.jsonl"), records.stream().map(l -> l.replaceFirst("\"text\": \"(?:[^\"\\\\]|\\\\.)*+\"", "\"text\": \"\"")).toList());
        Files.createDirectories(dir.resolve("archive")); // a folder of .txt articles: title line, then the text
        for (String record : records.subList(0, 5)) {
            var a = io.copydesk.internal.json.Json.parseObject(record);
            Files.writeString(dir.resolve("archive").resolve(((String) a.get("id")).replace('/', '-') + ".txt"), a.get("title") + "\n\n" + a.get("text"));
        }
        Files.writeString(dir.resolve("draft.txt"), "Hollmark Reserve Bank cuts interest rate\n\nThe central bank of Hollmark cut its key rate "
                + "for the first time in four years on Thursday, to 4.25%, citing slowing inflation.\n");
        Files.copy(corpus, dir.resolve("labelled.jsonl"));
        Files.copy(corpus, dir.resolve("gold.jsonl"));
        Files.writeString(dir.resolve("clusters.jsonl"), ok("cluster", corpus.toString(), "--format", "jsonl", "-q"));
        Files.writeString(dir.resolve("related.jsonl"), ok("related", corpus.toString(), "--all", "--format", "jsonl", "-q"));
        Path news = dir.resolve("news300.jsonl");
        ok("generate", "--articles", "300", "--out", news.toString(), "--truth-pairs", dir.resolve("truth.jsonl").toString());
        Files.copy(dir.resolve("truth.jsonl"), dir.resolve("exact-pairs.jsonl"));
        Files.writeString(dir.resolve("pairs.jsonl"), ok("dedup", news.toString(), "--pairs", "--format", "jsonl", "-q"));
        ok("index", "add", "--index", dir.resolve("news.idx").toString(), corpus.toString(), "-q");
    }

    /** Runs copydesk in this JVM; stdout, after checking the exit code is 0. */
    static String ok(String... args) {
        String[] r = run(List.of(args));
        assertEquals("0", r[0], String.join(" ", args) + "\n" + r[2]);
        return r[1];
    }

    /** {exit code, stdout, stderr}. */
    static String[] run(List<String> args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args.toArray(String[]::new));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    /** An example's words (after the program name) with placeholder files and ids replaced. */
    List<String> arguments(String words) {
        List<String> args = new ArrayList<>();
        for (String word : words.strip().split("\\s+")) {
            if (word.equals(PLACEHOLDER_ID)) word = realId;
            else if (looksLikeFile(word) && !Files.exists(Path.of(word))) word = dir.resolve(word).toString();
            args.add(word);
        }
        return args;
    }

    private static boolean looksLikeFile(String word) {
        return !word.startsWith("-") && !word.startsWith("/") && word.matches("[\\w.-]+(\\.(jsonl|gz|html|idx|tsv|csv|txt|1)|/)");
    }
}
