package io.copydesk.document;

import io.copydesk.internal.io.IoErrors;
import io.copydesk.internal.io.TempFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Private copies of inputs that cannot be read twice (stdin, pipes, FIFOs, devices), so every pass
 * sees the same bytes. The copies live in a folder only the user can enter (mode 0700, files 0600),
 * are capped at {@code maxBytes} each, and are deleted on close, at exit, on SIGTERM and on Ctrl-C.
 */
final class Spool implements AutoCloseable {
    private final long maxBytes;
    private Path dir;
    private boolean stdinTaken;
    private int files;

    Spool(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Copies stdin; refuses a closed stdin (whose descriptor the JVM may have reused for its own files). */
    Path stdin(InputStream stdin, boolean isProcessStdin) {
        if (stdinTaken) throw new BadInputException("'-' (stdin) can be given only once", true);
        stdinTaken = true;
        if (isProcessStdin && stdinClosed()) {
            throw new BadInputException("-: stdin is closed; pipe articles into copydesk or name a file", true);
        }
        return copy("-", stdin);
    }

    /** Copies a non-regular file (FIFO, device, /dev/stdin, a process substitution). */
    Path copy(String name, Path source) {
        try (InputStream in = Files.newInputStream(source)) {
            return copy(name, in);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + IoErrors.reason(e), true);
        }
    }

    private Path copy(String name, InputStream in) {
        Path file = null;
        try {
            file = Files.createTempFile(dir(), "input-" + files++ + "-", ".spool"); // owner-only (0600)
            TempFiles.register(file);
            long total = 0;
            byte[] buf = new byte[1 << 16];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new BadInputException(String.format(Locale.ROOT, "%s: more than --max-input-bytes %,d bytes; it cannot be "
                                + "read twice, so copydesk buffers it; raise the limit or give a file", label(name), maxBytes), true);
                    }
                    out.write(buf, 0, n);
                }
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new BadInputException(label(name) + ": cannot buffer it (" + IoErrors.reason(e) + ")", true);
        } catch (BadInputException e) {
            delete(file);
            throw e;
        }
    }

    Path folder() {
        return dir;
    }

    private static String label(String name) {
        return name.equals("-") ? "- (stdin)" : name;
    }

    private Path dir() throws IOException {
        if (dir == null) {
            TempFiles.prepare();
            dir = Files.createTempDirectory("copydesk-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            TempFiles.register(dir);
        }
        return dir;
    }

    /**
     * True when file descriptor 0 was closed when the JVM started ({@code copydesk dedup - <&-}):
     * the JVM then opened one of its own files on it. Linux only; elsewhere assume it is open.
     */
    static boolean stdinClosed() {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) return false;
        if (!Files.exists(fd0, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return true;
        try {
            Path target = Files.readSymbolicLink(fd0);
            return target.startsWith(Path.of(System.getProperty("java.home"))) || target.toString().endsWith(".jar");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void delete(Path file) {
        if (file == null) return;
        try {
            TempFiles.delete(file);
        } catch (IOException e) {
            // deleted at exit by TempFiles
        }
    }

    @Override
    public void close() {
        if (dir == null) return;
        try {
            try (var list = Files.list(dir)) {
                for (Path p : list.toList()) TempFiles.delete(p);
            }
            TempFiles.delete(dir);
        } catch (IOException e) {
            // left for the exit hook
        }
    }
}
