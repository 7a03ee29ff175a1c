package io.copydesk.document;

import io.copydesk.internal.io.IoErrors;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * The inputs of one run: JSONL files ({@code .jsonl}, {@code .jsonl.gz}), JSON documents, CSV and TSV files
 * ({@link RecordFormat}), folders of {@code .txt} and {@code .html} articles and such pages named one by one
 * ({@link FileKind}), folders of JSONL part files (read as those files, in sorted order), and {@code -} for JSONL or
 * a JSON document on stdin. Engines read the set several times, and every pass must see the same records:
 * <ul>
 * <li>inputs that cannot be read twice (stdin, {@code /dev/stdin}, FIFOs, {@code <(...)}) are first
 *     copied into a private spool ({@link Spool}), at most {@code maxInputBytes} each;</li>
 * <li>each pass counts and checksums the bytes of every file; a file that changes during the run
 *     (grows, shrinks, is rewritten or deleted) stops it with a {@link BadInputException} naming it;</li>
 * <li>gzip is recognized by its magic bytes; a truncated or damaged gzip stream keeps the complete
 *     records before the damage, is reported, and marks the run {@link #incomplete()}.</li>
 * </ul>
 */
public final class InputSet implements AutoCloseable {
    /** Default cap on one article's size in bytes. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 16L << 20;
    /** Default cap on the bytes buffered from one input that cannot be re-read (stdin, a pipe). */
    public static final long DEFAULT_MAX_INPUT_BYTES = 8L << 30;

    private final List<String> names = new ArrayList<>();
    private final List<Path> paths = new ArrayList<>();
    private final List<Boolean> pages = new ArrayList<>(); // a file that is one page, read as a folder holding it
    private final List<TrackedInput.Seen> firstPass = new ArrayList<>();
    private final long maxArticleBytes;
    private final RecordFields fields;
    private final Spool spool;
    private final Damage damage = new Damage();
    private int opens;

    private InputSet(long maxArticleBytes, long maxInputBytes, RecordFields fields) {
        this.maxArticleBytes = maxArticleBytes;
        this.fields = fields;
        this.spool = new Spool(maxInputBytes);
    }

    /** Validates the inputs; throws {@link BadInputException} for a missing or unreadable path. */
    public static InputSet of(List<String> inputs, InputStream stdin, long maxArticleBytes, long maxInputBytes) {
        return of(inputs, stdin, maxArticleBytes, maxInputBytes, RecordFields.DEFAULT);
    }

    /** As {@link #of(List, InputStream, long, long)}, with JSONL records' article parts read from {@code fields}. */
    public static InputSet of(List<String> inputs, InputStream stdin, long maxArticleBytes, long maxInputBytes, RecordFields fields) {
        if (inputs.isEmpty()) throw new BadInputException("no input given", true);
        InputSet set = new InputSet(maxArticleBytes, maxInputBytes, Objects.requireNonNull(fields, "fields"));
        try {
            for (String name : inputs) set.add(name, stdin);
        } catch (RuntimeException e) {
            set.close();
            throw e;
        }
        return set;
    }

    public static InputSet of(List<String> inputs, InputStream stdin, long maxArticleBytes) {
        return of(inputs, stdin, maxArticleBytes, DEFAULT_MAX_INPUT_BYTES);
    }

    public static InputSet of(List<String> inputs) {
        return of(inputs, System.in, DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_INPUT_BYTES);
    }

    private void add(String name, InputStream stdin) {
        Path p;
        if (name.equals("-")) {
            p = spool.stdin(stdin, stdin == System.in);
        } else {
            p = Path.of(name);
            if (!Files.exists(p)) throw new BadInputException(name + ": no such file or directory", true);
            if (!Files.isReadable(p)) throw new BadInputException(name + ": not readable (permission denied)", true);
            if (!Files.isDirectory(p) && !Files.isRegularFile(p)) p = spool.copy(name, p); // a pipe, FIFO or device
        }
        if (Files.isDirectory(p)) {
            List<Path> parts = jsonlParts(name, p);
            if (!parts.isEmpty()) {
                for (Path part : parts) addPath(InputFolder.where(p, name, part), part);
                return;
            }
        }
        addPath(name, p);
    }

    private void addPath(String name, Path p) {
        if (!Files.isDirectory(p)) Compression.check(name, p);
        names.add(name);
        paths.add(p);
        pages.add(!Files.isDirectory(p) && isPage(name, p));
        firstPass.add(null);
    }

    private static List<Path> jsonlParts(String name, Path folder) {
        try {
            return InputFolder.jsonlParts(folder);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + IoErrors.reason(e), true);
        }
    }

    /** Opens all inputs as one stream of records, in the order given, decoded on all cores. */
    public RecordStream open(ReadProblems problems) {
        return open(problems, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #open(ReadProblems)}, records decoded on {@code threads} threads (the same records and problems for any count). */
    public RecordStream open(ReadProblems problems, int threads) {
        opens++;
        return new RecordStream(this, problems, threads, null);
    }

    /**
     * As {@link #open(ReadProblems, int)}, the decoding threads also applying {@code work} (pure,
     * thread-safe) to every usable record: {@link WorkedRecords#value()} gives its value beside each.
     */
    public <R> WorkedRecords<R> open(ReadProblems problems, int threads, java.util.function.Function<ArticleRecord, R> work) {
        opens++;
        return new WorkedRecords<>(new RecordStream(this, problems, threads, work));
    }

    /**
     * The bytes a pass reads from the inputs: the sum of their sizes on disk (compressed, for gzip; a
     * buffered stdin or pipe by its copy), or -1 when a folder is among them (its files are listed
     * only as it is read).
     */
    public long bytes() {
        long sum = 0;
        try {
            for (Path p : paths) {
                if (Files.isDirectory(p)) return -1;
                sum += Files.size(p);
            }
        } catch (IOException e) {
            return -1; // the pass will report the file
        }
        return sum;
    }

    /** How many times the inputs were opened: each is one pass over them (a run makes at most two). */
    public int opens() {
        return opens;
    }

    /**
     * True when an input could be read only in part (a truncated gzip stream, an unreadable
     * sub-folder): results cover what was read, and the run must not end in plain success.
     */
    public boolean incomplete() {
        return damage.any;
    }

    /** True when the damage is an unreadable path (exit 3) rather than damaged data (exit 4). */
    public boolean incompleteIo() {
        return damage.io;
    }

    /**
     * Each record of input {@code i} (a file, or stdin) as the JSON object its format gives (a JSONL line, an element of
     * a list, a CSV row as the object of its cells), with where it starts ({@code file:line}), for a reader of other
     * fields of the same records (the gold labels of {@code eval run}); null for a record that is not valid UTF-8. A
     * problem with the file's structure stops it: a {@link BadInputException}, or an IOException for damaged data.
     */
    public void eachRecord(int i, BiConsumer<String, String> action) throws IOException {
        if (Files.isDirectory(paths.get(i))) throw new BadInputException(names.get(i) + ": a folder, not a file of records", true);
        if (pages.get(i)) throw new BadInputException(names.get(i) + ": a page (one article), not a file of records", true);
        try (RecordSource source = openOne(i, new ReadProblems(null, true)).source()) {
            for (PendingRecord r; (r = source.next()) != null; ) {
                PendingRecord.JsonLine line = r instanceof PendingRecord.CsvRow row ? row.asJson() : r instanceof PendingRecord.JsonLine l ? l : null;
                if (line != null) action.accept(line.file() + ":" + line.line(), LineReader.decode(line.bytes(), line.bytes().length));
            }
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage() + ": " + IoErrors.reason(e.getCause()), e.getCause());
        }
    }

    /**
     * Whether file {@code p}, named {@code name}, is one page ({@link FileKind#isPage}): a {@code .txt} file opening
     * as records, and a page in gzip (read as records then), are not.
     */
    private static boolean isPage(String name, Path p) {
        FileKind kind = FileKind.of(name);
        if (!kind.isPage()) return false;
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(256);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + IoErrors.reason(e), true);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b) return false;
        if (kind == FileKind.HTML_PAGE) return true;
        java.nio.charset.Charset utf16 = Utf16AsUtf8.marked(head, head.length);
        return !FileKind.opensRecords(new String(head, utf16 != null ? utf16 : java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The private folder holding spooled inputs, or null (for tests). */
    Path spoolFolder() {
        return spool.folder();
    }

    int size() {
        return paths.size();
    }

    String name(int i) {
        return names.get(i);
    }

    /** An open input: its records, and for a file the stream whose bytes are checked between passes. */
    record Opened(RecordSource source, TrackedInput tracked) {}

    Opened openOne(int i, ReadProblems problems) throws IOException {
        String name = names.get(i);
        Path p = paths.get(i);
        if (Files.isDirectory(p) || pages.get(i)) {
            InputFolder.Listing listing = pages.get(i) ? InputFolder.one(p) : InputFolder.list(p, name, problems, damage);
            if (listing.files().isEmpty()) problems.warn(name, "directory holds no .txt or .html articles, nor .jsonl files");
            same(i, new TrackedInput.Seen(listing.files().size(), listing.fingerprint()));
            return new Opened(new TextFileReader(p, name, listing.files(), problems, maxArticleBytes), null);
        }
        TrackedInput raw = new TrackedInput(Files.newInputStream(p));
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        if (Compression.isGzip(in)) in = new GZIPInputStream(in, 1 << 16);
        RecordFormat.Sniffed sniffed = RecordFormat.of(name, in, fields);
        in = sniffed.in();
        RecordSource source = switch (sniffed.format()) {
            case LINES -> new JsonlReader(name, in, problems, maxArticleBytes, fields);
            case DOCUMENT -> new JsonDocumentReader(name, in, problems, maxArticleBytes, fields);
            case CSV -> new CsvReader(name, in, problems, maxArticleBytes, fields, false);
            case TSV -> new CsvReader(name, in, problems, maxArticleBytes, fields, true);
        };
        return new Opened(source, raw);
    }

    /** A file's pass reached its end: the whole file must be what the first pass read. */
    void finished(int i, TrackedInput raw) throws IOException {
        raw.drain();
        TrackedInput.Seen seen = raw.seen();
        long now = Files.size(paths.get(i));
        if (now != seen.bytes()) {
            throw changed(i, String.format(Locale.ROOT, "it changed while being read (%,d bytes read, %,d bytes now)", seen.bytes(), now));
        }
        same(i, seen);
    }

    /** A file's pass stopped at damaged data: the first pass must have stopped at the same place. */
    void damaged(int i, TrackedInput raw, ReadProblems problems, String where, IOException e) {
        if (raw != null) same(i, raw.seen());
        damage.report(false);
        problems.warn(where, IoErrors.reason(e) + "; the complete records before it are used, the rest is lost (exit 4)");
    }

    private void same(int i, TrackedInput.Seen seen) {
        TrackedInput.Seen first = firstPass.get(i);
        if (first == null) firstPass.set(i, seen);
        else if (!first.equals(seen)) throw changed(i, "it is not the same as on the first pass (it changed during the run)");
    }

    private BadInputException changed(int i, String what) {
        return new BadInputException(names.get(i) + ": " + what + "; copydesk reads its inputs more than once and needs them "
                + "to stay the same until it ends (copy the file first)");
    }

    /** Whether some input could be read only in part, and whether a path was unreadable. */
    static final class Damage {
        private volatile boolean any;
        private volatile boolean io;

        void report(boolean unreadable) {
            any = true;
            if (unreadable) io = true;
        }
    }

    @Override
    public void close() {
        spool.close();
    }
}
