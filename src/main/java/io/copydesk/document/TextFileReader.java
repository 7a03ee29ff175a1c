package io.copydesk.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a directory of {@code .txt} articles (scraped pages) and saved web pages ({@code .html}, {@code .htm}: read
 * as {@link HtmlPage} says), recursively and in sorted path order. The id is the path relative to the directory
 * without its extension; the layout is read as {@link #parse} says. The source defaults to the first sub-folder
 * (one folder per site). A page named on its own is read as a directory holding it alone, its id the name it was
 * given without its extension (two pages both called {@code index.html} keep apart).
 */
final class TextFileReader implements RecordSource {
    /** How many non-empty lines after the title may hold a date or metadata line. */
    private static final int HEADER_LINES = 8;

    private final Path root;
    private final String rootName;
    private final Iterator<Path> files;
    private final ReadProblems problems;
    private final long maxBytes;

    TextFileReader(Path root, String rootName, List<Path> files, ReadProblems problems, long maxBytes) {
        this.root = root;
        this.rootName = rootName;
        this.files = files.iterator();
        this.problems = problems;
        this.maxBytes = maxBytes;
    }

    @Override
    public PendingRecord next() {
        while (files.hasNext()) {
            Path file = files.next();
            String where, id, folderSource;
            if (file.equals(root)) { // a page named on its own: called as named
                where = rootName;
                id = Path.of(rootName).normalize().toString();
                folderSource = null;
            } else {
                Path rel = root.relativize(file);
                where = rootName.endsWith("/") ? rootName + rel : rootName + "/" + rel;
                id = rel.toString();
                folderSource = rel.getNameCount() > 1 ? rel.getName(0).toString() : null;
            }
            problems.countRead();
            id = id.replace('\\', '/');
            id = id.substring(0, id.lastIndexOf('.')); // without .txt, .html or .htm
            Article a = read(file, id, folderSource, where);
            if (a != null) return new PendingRecord.Ready(new ArticleRecord(a, where, 0));
        }
        return null;
    }

    private Article read(Path file, String id, String folderSource, String where) {
        String content;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.skip(where, String.format(Locale.ROOT, "file of %,d bytes exceeds --max-article-bytes %,d", size, maxBytes));
                return null;
            }
            boolean page = FileKind.of(where) == FileKind.HTML_PAGE; // where ends with the name that tells
            byte[] bytes = Files.readAllBytes(file);
            Charset declared = page ? HtmlPage.declaredCharset(bytes) : null;
            boolean utf16 = Utf16AsUtf8.marked(bytes, bytes.length) != null || declared != null && declared.name().startsWith("UTF-16");
            if (!utf16 && binary(bytes)) {
                problems.skip(where, "binary file");
                return null;
            }
            content = declared != null ? new String(bytes, declared) : decode(bytes, where);
            if (content == null) return null;
            if (page) content = HtmlPage.asText(content);
        } catch (IOException e) {
            problems.skip(where, "cannot read: " + e.getMessage());
            return null;
        }
        return parse(id, content, folderSource, where);
    }

    /**
     * A page's text: UTF-16 when it starts with that encoding's byte order mark (what Windows Notepad saves as
     * "Unicode"), else UTF-8. A file that is not valid UTF-8 was most likely saved in the code page most Western
     * pages and Windows editors used: it is read as Windows-1252 (the five bytes that leaves undefined as Latin-1),
     * with a warning, rather than lost. Null, reported, for invalid UTF-16.
     */
    private String decode(byte[] bytes, String where) {
        Charset utf16 = Utf16AsUtf8.marked(bytes, bytes.length);
        if (utf16 != null) {
            String text = strict(utf16, bytes, 2);
            if (text == null) problems.skip(where, "invalid UTF-16");
            return text;
        }
        String text = strict(StandardCharsets.UTF_8, bytes, 0);
        if (text != null) return text;
        problems.warn(where, "not valid UTF-8: read as Windows-1252");
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            char c = b >= 0x80 && b <= 0x9F ? Mojibake.windows1252(b) : 0;
            chars[i] = c != 0 ? c : (char) b;
        }
        return new String(chars);
    }

    /**
     * Whether a file named as a page holds no text (a picture, a program): a NUL byte, which no text in an 8-bit
     * encoding or UTF-8 holds, or more than a tenth of its bytes control characters other than tab, line and
     * page breaks and escape.
     */
    static boolean binary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) return true;
            if ((b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f) controls++;
        }
        return controls > bytes.length / 10;
    }

    /** {@code bytes} from {@code offset} decoded in {@code charset}, or null where they are not valid in it. */
    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Splits a scraped page into title, metadata and body. Before the headline, blank lines, metadata
     * lines, lone punctuation and site words ({@code Language}) are skipped; the first other line is
     * the headline (its first half when the page printed it twice on one line). Metadata lines in the
     * first {@value #HEADER_LINES} lines after it are taken out of the text; the first date line there
     * ({@code Published: ...}, a byline bullet {@code • Jan 10 2022, 17:22 ist}) gives the date when no
     * {@code date} line does, an update stamp only when nothing else does. Visible for tests.
     */
    Article parse(String id, String content, String folderSource, String where) {
        if (content.startsWith("\uFEFF")) content = content.substring(1);
        String[] lines = content.split("\r\n|[\r\n\u2028\u2029]", -1); // a lone CR ends a line too (old Mac files)
        Header h = new Header(folderSource);
        int i = 0;
        while (i < lines.length && (lines[i].isBlank() || h.takeMeta(lines[i]) || PageHeader.isPreludeNoise(lines[i]))) i++;
        if (i == lines.length) {
            problems.skip(where, "empty article");
            return null;
        }
        String title = lines[i].strip();
        String half = DoubledLine.half(title);
        if (half != null) title = half;
        StringBuilder body = new StringBuilder(content.length());
        int nonEmptySeen = 0;
        for (int j = i + 1; j < lines.length; j++) {
            String line = lines[j];
            if (!line.isBlank() && nonEmptySeen++ < HEADER_LINES) {
                if (h.takeMeta(line)) continue;
                h.offerDateLine(line);
            }
            if (!body.isEmpty()) body.append('\n');
            body.append(line);
        }
        return new Article(id, title, body.toString().strip(), h.date(), h.source, h.url);
    }

    /** What the top of a page says about it. */
    private static final class Header {
        Instant date, published, updated;
        String source, url;

        Header(String folderSource) {
            this.source = folderSource;
        }

        /** Takes a metadata line; false when the line is not one (it then stays in the text). */
        boolean takeMeta(String line) {
            PageHeader.Meta m = PageHeader.meta(line);
            if (m == null) return false;
            switch (m.key()) {
                case "date" -> {
                    Instant d = Dates.parse(m.value());
                    if (d == null || date != null) return false;
                    date = d;
                }
                case "source" -> source = m.value();
                default -> url = m.value();
            }
            return true;
        }

        void offerDateLine(String line) {
            if (published != null) return;
            PageHeader.DateLine d = PageHeader.dateLine(line);
            if (d == null) return;
            if (!d.update()) published = d.date();
            else if (updated == null) updated = d.date();
        }

        Instant date() {
            return date != null ? date : published != null ? published : updated;
        }
    }

    @Override
    public void close() throws IOException {
        // files are opened and closed one at a time
    }
}
