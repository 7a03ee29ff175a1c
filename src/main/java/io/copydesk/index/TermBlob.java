package io.copydesk.index;

import io.copydesk.tfidf.TermCounts;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The term counts of an article as a BLOB (table {@code term_counts}): pairs of (index term id,
 * raw count and case), ids ascending, no header.
 *
 * <pre>
 * field        encoding
 * term id      unsigned LEB128 varint of the gap to the previous id (the first: the id itself)
 * count, case  varint v: v &amp; 3 is the case ({@link TermCounts#cases}: 0 none, 1 a name, 2 a common word),
 *              and c = v &gt;&gt;&gt; 2: c even: the count is the integer c / 2;
 *              c == 1: the count is the float32 in the next 4 bytes, little-endian
 * </pre>
 * (Format version 2 had no case: v was c.)
 *
 * Counts are floats (a title weight may be fractional) and are restored bit for bit; with an
 * integer title weight every count is an integer and a pair usually takes 2-3 bytes.
 */
final class TermBlob {
    private static final int MAX_INTEGER = 1 << 28;

    private TermBlob() {}

    /** Encodes counts whose term ids are distinct and non-negative (any order). */
    static byte[] encode(TermCounts c) {
        int n = c.size();
        long[] order = new long[n]; // id << 32 | position, to sort by id
        for (int i = 0; i < n; i++) order[i] = ((long) c.terms()[i] << 32) | i;
        Arrays.sort(order);
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * 3);
        int previous = 0;
        for (int k = 0; k < n; k++) {
            int id = (int) (order[k] >>> 32);
            float count = c.counts()[(int) order[k]];
            int tag = caseTag(c.cases()[(int) order[k]]);
            if (k > 0 && id == previous) throw new IllegalArgumentException("term id " + id + " twice");
            varint(out, id - previous);
            previous = id;
            if (count >= 0 && count < MAX_INTEGER && count == (int) count) {
                varint(out, (2 * (int) count) << 2 | tag);
            } else {
                varint(out, 1 << 2 | tag);
                int bits = Float.floatToRawIntBits(count);
                for (int b = 0; b < 4; b++) out.write(bits >>> (8 * b));
            }
        }
        return out.toByteArray();
    }

    /** Decodes a BLOB read from the index; a damaged one is an {@link IndexException} naming the article. */
    static TermCounts stored(byte[] blob, String article) {
        if (blob == null) throw Blobs.damaged("term counts", article, "missing");
        try {
            return decode(blob);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw Blobs.damaged("term counts", article, e.getMessage());
        }
    }

    /** Decodes a BLOB: ids ascending. Throws {@link IllegalArgumentException} on a malformed one. */
    static TermCounts decode(byte[] blob) {
        int[] terms = new int[Math.max(4, blob.length / 2)];
        float[] counts = new float[terms.length];
        byte[] cases = new byte[terms.length];
        int n = 0, id = 0;
        int[] pos = {0};
        while (pos[0] < blob.length) {
            int gap = readVarint(blob, pos);
            if (n > 0 && gap == 0) throw new IllegalArgumentException("term ids not ascending");
            id += gap;
            int tagged = readVarint(blob, pos), v = tagged >>> 2;
            if ((tagged & 3) == 3) throw new IllegalArgumentException("bad case tag 3");
            float count;
            if (v == 1) {
                if (pos[0] + 4 > blob.length) throw new IllegalArgumentException("truncated count");
                int bits = 0;
                for (int b = 0; b < 4; b++) bits |= (blob[pos[0]++] & 0xFF) << (8 * b);
                count = Float.intBitsToFloat(bits);
            } else if ((v & 1) == 0) {
                count = v >>> 1;
            } else {
                throw new IllegalArgumentException("bad count tag " + v);
            }
            if (n == terms.length) {
                terms = Arrays.copyOf(terms, n * 2);
                counts = Arrays.copyOf(counts, n * 2);
                cases = Arrays.copyOf(cases, n * 2);
            }
            terms[n] = id;
            cases[n] = (byte) ((tagged & 3) == 1 ? 1 : (tagged & 3) == 2 ? -1 : 0);
            counts[n++] = count;
        }
        return new TermCounts(Arrays.copyOf(terms, n), Arrays.copyOf(counts, n), Arrays.copyOf(cases, n));
    }

    /** The two bits of a case: 0 none, 1 a name, 2 a common word. */
    private static int caseTag(byte c) {
        return c > 0 ? 1 : c < 0 ? 2 : 0;
    }

    /** Just the term ids, ascending. */
    static int[] terms(byte[] blob) {
        return decode(blob).terms();
    }

    private static void varint(ByteArrayOutputStream out, int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readVarint(byte[] b, int[] pos) {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (pos[0] >= b.length) throw new IllegalArgumentException("truncated varint");
            int x = b[pos[0]++] & 0xFF;
            v |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) return v;
        }
        throw new IllegalArgumentException("varint too long");
    }
}
