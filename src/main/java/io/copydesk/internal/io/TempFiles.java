package io.copydesk.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Temporary files and folders that must not outlive the process: deleted when released, and by a
 * shutdown hook on a normal exit, on SIGTERM and on Ctrl-C (SIGINT). Only {@code kill -9} can leave
 * one behind. Folders are deleted after the files registered after them.
 */
public final class TempFiles {
    private static final Set<Path> LIVE = Collections.synchronizedSet(new LinkedHashSet<>());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "copydesk-temp-cleanup"));
    }

    private TempFiles() {}

    /**
     * Makes sure the shutdown hook is in place; called before a file it must delete is created, since loading this
     * class is what registers it (a SIGTERM between the file's creation and its {@link #register}, while the class
     * was still loading, left the file behind on a busy machine).
     */
    public static void prepare() {
        // loading the class has done it
    }

    /** Deletes {@code path} at exit unless released first. */
    public static void register(Path path) {
        LIVE.add(path);
    }

    /** Forgets {@code path} (it was renamed into place or deleted). */
    public static void release(Path path) {
        LIVE.remove(path);
    }

    /** Deletes {@code path} (a file or an empty folder) now and forgets it. */
    public static void delete(Path path) throws IOException {
        try {
            Files.deleteIfExists(path);
        } finally {
            release(path);
        }
    }

    private static void deleteAll() {
        List<Path> paths;
        synchronized (LIVE) {
            paths = new ArrayList<>(LIVE);
        }
        Collections.reverse(paths); // files before the folders holding them
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                // best effort at exit: nothing else can be done
            }
        }
    }
}
