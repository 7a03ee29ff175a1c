package io.copydesk.analysis;

/**
 * A text's chars as bytes, each char's low eight bits, in a buffer the thread reuses: exact for the
 * text's ASCII ranges, which {@link io.copydesk.hash.Hash64#hashLowerAscii(byte[], int, int, long)}
 * then reads eight at a time instead of char by char. The buffer is valid until the thread's next
 * {@link #of}; it has eight spare bytes past the text, so a word at the text's end reads at once.
 */
final class LowBytes {
    private static final ThreadLocal<LowBytes> BUFFERS = ThreadLocal.withInitial(LowBytes::new);

    private byte[] buffer = new byte[4096];

    private LowBytes() {}

    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) drops each char's high byte: what is wanted here
    static byte[] of(String text) {
        LowBytes b = BUFFERS.get();
        int n = text.length();
        if (b.buffer.length < n + 8) b.buffer = new byte[Math.max(n + 8, b.buffer.length * 2)];
        text.getBytes(0, n, b.buffer, 0);
        return b.buffer;
    }
}
