package io.copydesk.document;

import io.copydesk.internal.io.IoErrors;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The {@code .txt} articles and saved web pages ({@code .html}, {@code .htm}) under a folder, in sorted order. Symbolic links to folders and files
 * are followed (a link back to a folder above is reported once and not followed again); a
 * sub-folder that cannot be read is reported, and the run then ends with a non-zero exit.
 * A folder holding no page but JSONL files ({@link #jsonlParts}: the part files Spark and other tools write) is read as
 * those files instead; JSONL files beside pages are not read (the bundled corpus keeps its pages' JSONL twin beside them).
 */
final class InputFolder {
    /** The articles, and a fingerprint of their names, sizes and times (to spot a change between passes). */
    record Listing(List<Path> files, long fingerprint) {}

    private InputFolder() {}

    /**
     * The {@code .jsonl} and {@code .jsonl.gz} files under a folder that holds no page, in sorted order; empty for a
     * folder of pages. A sub-folder that cannot be read fails a folder of JSONL files: its records could be missing.
     */
    static List<Path> jsonlParts(Path root) throws IOException {
        java.util.TreeSet<Path> parts = new java.util.TreeSet<>();
        IOException[] unreadable = new IOException[1];
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                if (isPage(file)) {
                    parts.clear();
                    return FileVisitResult.TERMINATE;
                }
                if (isJsonl(file)) parts.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof FileSystemLoopException) && unreadable[0] == null) unreadable[0] = e;
                return FileVisitResult.CONTINUE;
            }
        });
        if (!parts.isEmpty() && unreadable[0] != null) throw unreadable[0];
        return List.copyOf(parts);
    }

    private static boolean isPage(Path file) {
        return FileKind.of(file.getFileName().toString()).isPage();
    }

    private static boolean isJsonl(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz");
    }

    static Listing list(Path root, String name, ReadProblems problems, InputSet.Damage damage) throws IOException {
        java.util.TreeMap<Path, String> found = new java.util.TreeMap<>(); // file -> size and time
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isPage(file)) found.put(file, sizeAndTime(attrs));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String where = where(root, name, file);
                if (e instanceof FileSystemLoopException) {
                    problems.warn(where, "symbolic link loop, not followed again");
                } else {
                    damage.report(true);
                    problems.warn(where, "cannot read: " + IoErrors.reason(e) + "; its articles are missing from the results (exit 3)");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return listing(root, found);
    }

    /** A page named on its own, listed as a folder holding it alone. */
    static Listing one(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        java.util.TreeMap<Path, String> found = new java.util.TreeMap<>();
        found.put(file, sizeAndTime(attrs));
        return listing(file, found);
    }

    private static String sizeAndTime(BasicFileAttributes attrs) {
        return attrs.size() + "\0" + attrs.lastModifiedTime().toMillis();
    }

    private static Listing listing(Path root, java.util.TreeMap<Path, String> found) {
        CRC32C crc = new CRC32C();
        found.forEach((file, sizeAndTime) -> crc.update((root.relativize(file) + "\0" + sizeAndTime + "\n").getBytes(StandardCharsets.UTF_8)));
        return new Listing(List.copyOf(found.keySet()), crc.getValue() ^ ((long) found.size() << 32));
    }

    static String where(Path root, String name, Path file) {
        String rel = root.relativize(file).toString();
        if (rel.isEmpty()) return name;
        return name.endsWith("/") ? name + rel : name + "/" + rel;
    }
}
