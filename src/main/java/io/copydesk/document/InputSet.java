package io.copydesk.document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The inputs of one run: JSONL files ({@code .jsonl}, {@code .jsonl.gz}, {@code .json}), directories
 * of {@code .txt} articles, and {@code -} for JSONL on stdin. Paths are checked up front; the set
 * can be read several times (engines make two passes), so stdin is spooled to a temporary file.
 */
public final class InputSet implements AutoCloseable {
    /** Default cap on one article's size in bytes. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 16L << 20;

    private final List<String> names = new ArrayList<>();
    private final List<Path> paths = new ArrayList<>();
    private final long maxArticleBytes;
    private Path spool;
    private int opens;

    private InputSet(long maxArticleBytes) {
        this.maxArticleBytes = maxArticleBytes;
    }

    /** Validates the inputs; throws {@link BadInputException} for a missing or unreadable path. */
    public static InputSet of(List<String> inputs, InputStream stdin, long maxArticleBytes) {
        if (inputs.isEmpty()) throw new BadInputException("no input given", true);
        InputSet set = new InputSet(maxArticleBytes);
        for (String name : inputs) {
            if (name.equals("-")) {
                set.names.add("-");
                set.paths.add(set.spool(stdin));
                continue;
            }
            Path p = Path.of(name);
            if (!Files.exists(p)) throw new BadInputException(name + ": no such file or directory", true);
            if (!Files.isReadable(p)) throw new BadInputException(name + ": not readable", true);
            set.names.add(name);
            set.paths.add(p);
        }
        return set;
    }

    public static InputSet of(List<String> inputs) {
        return of(inputs, System.in, DEFAULT_MAX_ARTICLE_BYTES);
    }

    private Path spool(InputStream stdin) {
        if (spool != null) throw new BadInputException("'-' (stdin) can be given only once", true);
        try {
            spool = Files.createTempFile("copydesk-stdin-", ".jsonl");
            spool.toFile().deleteOnExit();
            Files.copy(stdin, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return spool;
        } catch (IOException e) {
            throw new BadInputException("cannot buffer stdin: " + e.getMessage(), true);
        }
    }

    /** Opens all inputs as one stream of records, in the order given. */
    public RecordStream open(ReadProblems problems) {
        opens++;
        return new RecordStream(this, problems);
    }

    /** How many times the inputs were opened: each is one pass over them (a run makes at most two). */
    public int opens() {
        return opens;
    }

    int size() {
        return paths.size();
    }

    RecordSource openOne(int i, ReadProblems problems) throws IOException {
        String name = names.get(i);
        Path p = paths.get(i);
        if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(p)) {
                files = walk.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                        .sorted().toList();
            }
            if (files.isEmpty()) problems.warn(name, "directory holds no .txt articles");
            return new TextFileReader(p, name, files, problems, maxArticleBytes);
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16);
        if (name.endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
        return new JsonlReader(name, in, problems, maxArticleBytes);
    }

    @Override
    public void close() {
        if (spool == null) return;
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
