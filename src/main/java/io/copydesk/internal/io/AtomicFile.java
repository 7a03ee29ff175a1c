package io.copydesk.internal.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * An output file that never appears half-written. A regular file (or a path that does not exist
 * yet) is written to a temporary sibling and renamed into place on {@link #commit()}; closing
 * without commit deletes the temporary file, and so does a SIGTERM or Ctrl-C ({@link TempFiles}).
 * A symbolic link is written through: its final target is replaced atomically, the link stays. A
 * character device, a FIFO, and anything under {@code /dev} or {@code /proc} ({@code /dev/stdout})
 * cannot be renamed over and is written directly.
 */
public final class AtomicFile implements AutoCloseable {
    private static final int MAX_LINKS = 40;

    private final Path target;
    private final Path temp; // null when writing directly
    private final Writer writer;
    private boolean committed;

    public AtomicFile(Path target) throws IOException {
        this(target, false);
    }

    /**
     * A file whose content is gzip-compressed when {@code gzip} is true, at the fastest level:
     * four times the speed of the default level for files about 13% larger, which suits large
     * generated collections written once.
     */
    public AtomicFile(Path target, boolean gzip) throws IOException {
        Path given = target.toAbsolutePath().normalize();
        check(given);
        OutputStream out;
        if (writesDirectly(given)) {
            this.target = given;
            this.temp = null;
            // append: /dev/stdout may be a file the shell opened with >> (and > left it empty)
            out = Files.newOutputStream(given, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } else {
            this.target = finalTarget(given);
            Temp t = createTemp(this.target.getParent(), "." + this.target.getFileName() + ".");
            this.temp = t.path();
            out = Channels.newOutputStream(t.channel());
        }
        if (gzip) out = fastGzip(out);
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Throws the error opening {@code target} would for where it points: a folder, or a file in a
     * folder that is not there. Creates nothing; commands call it for every output before any work.
     */
    public static void check(Path target) throws IOException {
        Path given = target.toAbsolutePath().normalize();
        if (Files.isDirectory(given)) throw new FileSystemException(null, null, "is a directory");
        if (writesDirectly(given)) return;
        Path dir = finalTarget(given).getParent();
        // A missing folder is most often a typo: refuse it rather than create a tree of folders.
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new java.nio.file.NotDirectoryException(dir.toString());
        if (!Files.isDirectory(dir)) throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no such directory");
    }

    private record Temp(Path path, FileChannel channel) {}

    /**
     * A new owner-only file {@code prefix + n + ".tmp"} in {@code dir}, registered with {@link
     * TempFiles}, open for writing. Not {@link Files#createTempFile}: its random names come from a
     * {@link java.security.SecureRandom}, whose security providers took 20-30 ms to load and start,
     * a few percent of a short run. Creating with CREATE_NEW never opens a file
     * or link that is there already; a taken name gets the next number.
     */
    private static Temp createTemp(Path dir, String prefix) throws IOException {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        TempFiles.prepare();
        long n = (System.nanoTime() & 0xFF_FFFF_FFFFL) + NEXT.getAndIncrement();
        for (int attempt = 0; ; attempt++, n++) {
            Path p = dir.resolve(prefix + n + ".tmp");
            FileChannel channel;
            try {
                channel = FileChannel.open(p, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly);
            } catch (FileAlreadyExistsException e) { // someone else's
                if (attempt == 1000) throw e;
                continue;
            }
            TempFiles.register(p);
            return new Temp(p, channel);
        }
    }

    private static final AtomicLong NEXT = new AtomicLong();

    /** Devices, FIFOs, sockets and the kernel's file views: there is nothing to rename over. */
    static boolean writesDirectly(Path p) {
        if (p.startsWith("/dev") || p.startsWith("/proc")) return true;
        return Files.exists(p) && !Files.isRegularFile(p);
    }

    /** The path a chain of symbolic links ends at (which may not exist yet). */
    static Path finalTarget(Path p) throws IOException {
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            Path link = Files.readSymbolicLink(p);
            p = p.resolveSibling(link).normalize();
        }
        if (Files.isSymbolicLink(p)) throw new FileSystemException(null, null, "too many levels of symbolic links");
        if (p.getParent() == null) throw new FileSystemException(null, null, "is a directory");
        return p;
    }

    private static OutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    public Writer writer() {
        return writer;
    }

    /** The file that receives the output (a symbolic link's target). */
    public Path target() {
        return target;
    }

    /** Flushes, closes and renames the temporary file to the target. */
    public void commit() throws IOException {
        writer.close();
        if (temp == null) {
            committed = true;
            return;
        }
        // the temporary file is owner-only; results are ordinary files, readable like any other.
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        TempFiles.release(temp);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed) return;
        try {
            writer.close();
        } finally {
            if (temp != null) TempFiles.delete(temp);
        }
    }
}
