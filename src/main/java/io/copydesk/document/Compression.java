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

    /**
     * Refuses, before any work, a file named .gz that holds something else (or nothing), and a file compressed or packed
     * in a form copydesk does not read (zstd, bzip2, xz, zip, 7z, Parquet), saying what to do instead.
     */
    static void check(String name, Path p) {
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(6);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + IoErrors.reason(e), true);
        }
        String other = otherFormat(head, name);
        if (other != null) throw new BadInputException(name + ": " + other, true);
        if (!name.endsWith(".gz")) return;
        if (head.length == 0) throw new BadInputException(name + ": empty file (a .gz file needs gzip data)", true);
        if (!starts(head, 0x1f, 0x8b)) {
            int a = head[0] & 0xFF;
            throw new BadInputException(name + ": named .gz but not gzip data (it starts with "
                    + (a >= 0x20 && a < 0x7f ? "'" + (char) a + "'" : String.format("byte 0x%02x", a)) + ")", true);
        }
    }

    /** What a file that starts with {@code head} is when copydesk cannot read it, with what to do; null otherwise. */
    private static String otherFormat(byte[] head, String name) {
        String plain = "copydesk reads plain and gzip files: ";
        if (starts(head, 0x28, 0xB5, 0x2F, 0xFD)) return "zstd-compressed data; " + plain + "decompress it first (zstd -d " + name + ")";
        if (starts(head, 'B', 'Z', 'h') && head.length > 3 && head[3] >= '1' && head[3] <= '9') return "bzip2-compressed data; " + plain + "decompress it first (bunzip2 -k " + name + ")";
        if (starts(head, 0xFD, '7', 'z', 'X', 'Z', 0)) return "xz-compressed data; " + plain + "decompress it first (xz -dk " + name + ")";
        if (starts(head, 'P', 'K', 3, 4)) return "a zip archive (or a spreadsheet); unpack it and give the JSONL, JSON or CSV files inside";
        if (starts(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) return "a 7z archive; unpack it and give the JSONL, JSON or CSV files inside";
        if (starts(head, 'P', 'A', 'R', '1')) return "a Parquet file; copydesk-spark dedup reads Parquet, or convert it to JSONL";
        return null;
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((head[i] & 0xFF) != magic[i]) return false;
        return true;
    }
}
