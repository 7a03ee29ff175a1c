package io.copydesk.document;

import io.copydesk.internal.io.IoErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recognizes gzip by its magic bytes (1f 8b), whatever the file is called. */
final class Compression {
    private Compression() {}

    /** True when the stream starts with the gzip magic; the stream must support mark/reset. */
    static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int a = in.read(), b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b;
    }

    /** Refuses, before any work, a file named .gz that holds something else (or nothing). */
    static void check(String name, Path p) {
        if (!name.endsWith(".gz")) return;
        try (InputStream in = Files.newInputStream(p)) {
            int a = in.read(), b = in.read();
            if (a < 0) throw new BadInputException(name + ": empty file (a .gz file needs gzip data)", true);
            if (a != 0x1f || b != 0x8b) {
                throw new BadInputException(name + ": named .gz but not gzip data (it starts with "
                        + (a >= 0x20 && a < 0x7f ? "'" + (char) a + "'" : String.format("byte 0x%02x", a)) + ")", true);
            }
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + IoErrors.reason(e), true);
        }
    }
}
