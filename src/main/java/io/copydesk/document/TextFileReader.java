package io.copydesk.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a directory of {@code .txt} articles, recursively and in sorted path order. The id is the
 * path relative to the directory without {@code .txt}; the first non-empty line is the title; a
 * metadata line near the top ({@code date 2021-07-27}, {@code source name}, {@code url https://..})
 * is taken out of the text, and a {@code Published: ...} line supplies the date when there is no
 * {@code date} line. The source defaults to the first sub-folder (one folder per site).
 */
final class TextFileReader implements RecordSource {
    /** How many non-empty lines after the title may hold a date or metadata line. */
    private static final int HEADER_LINES = 6;
    private static final Pattern META = Pattern.compile("^(date|source|url)\\s*[:=]?\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED = Pattern.compile("^(published|posted|updated|first published|last updated)\\b.*",
            Pattern.CASE_INSENSITIVE);

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
    public ArticleRecord next() {
        while (files.hasNext()) {
            Path file = files.next();
            Path rel = root.relativize(file);
            String where = rootName.endsWith("/") ? rootName + rel : rootName + "/" + rel;
            problems.countRead();
            Article a = read(file, rel, where);
            if (a != null) return new ArticleRecord(a, where, 0);
        }
        return null;
    }

    private Article read(Path file, Path rel, String where) {
        String content;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.skip(where, String.format(Locale.ROOT, "file of %,d bytes exceeds --max-article-bytes %,d", size, maxBytes));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.skip(where, "invalid UTF-8");
            return null;
        } catch (IOException e) {
            problems.skip(where, "cannot read: " + e.getMessage());
            return null;
        }
        String id = rel.toString().replace('\\', '/');
        id = id.substring(0, id.length() - ".txt".length());
        return parse(id, content, rel.getNameCount() > 1 ? rel.getName(0).toString() : null, where);
    }

    /** Splits a scraped page into title, metadata and body. Visible for tests. */
    Article parse(String id, String content, String folderSource, String where) {
        if (content.startsWith("\uFEFF")) content = content.substring(1);
        String[] lines = content.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        if (i == lines.length) {
            problems.skip(where, "empty article");
            return null;
        }
        String title = lines[i].strip();
        StringBuilder body = new StringBuilder(content.length());
        Instant date = null;
        Instant published = null;
        String source = folderSource;
        String url = null;
        int nonEmptySeen = 0;
        for (int j = i + 1; j < lines.length; j++) {
            String line = lines[j];
            if (!line.isBlank() && nonEmptySeen++ < HEADER_LINES) {
                Matcher m = META.matcher(line.strip());
                if (m.matches()) {
                    String key = m.group(1).toLowerCase(Locale.ROOT);
                    String value = m.group(2).strip();
                    if (key.equals("date") && date == null && (date = Dates.parse(value)) != null) continue;
                    if (key.equals("source")) { source = value; continue; }
                    if (key.equals("url")) { url = value; continue; }
                }
                if (published == null && PUBLISHED.matcher(line.strip()).matches()) published = Dates.find(line);
            }
            if (!body.isEmpty()) body.append('\n');
            body.append(line);
        }
        String text = body.toString().strip();
        return new Article(id, title, text, date != null ? date : published, source, url);
    }

    @Override
    public void close() throws IOException {
        // files are opened and closed one at a time
    }
}
