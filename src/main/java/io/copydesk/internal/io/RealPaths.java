package io.copydesk.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a path really leads, so two spellings of one file (links, "..", relative) compare equal. */
public final class RealPaths {
    private RealPaths() {}

    /** The real path; for a file not created yet, its folder's real path and its name. */
    public static Path of(Path p) {
        Path a = p.toAbsolutePath().normalize();
        try {
            return a.toRealPath();
        } catch (IOException e) {
            // does not exist (yet): resolve the links it goes through and its folder
        }
        try {
            Path t = AtomicFile.finalTarget(a);
            Path parent = t.getParent();
            return Files.exists(parent) ? parent.toRealPath().resolve(t.getFileName()) : t;
        } catch (IOException e) {
            return a;
        }
    }

    /** True for outputs that are written straight through (devices, FIFOs, /dev/stdout). */
    public static boolean isStream(Path p) {
        return AtomicFile.writesDirectly(p.toAbsolutePath().normalize());
    }
}
