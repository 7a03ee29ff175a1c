package io.copydesk.fingerprint;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.analysis.Span;
import io.copydesk.minhash.Signature;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything copydesk needs of one article, computed once by {@link Fingerprinter}: its metadata,
 * the boilerplate line keys it adds to the collection's counts, the line ranges kept and removed
 * by cleaning, its shingle set and MinHash signature, and its index terms. Duplicate detection,
 * related stories, story clusters, explanations, the persistent index and the Spark job consume
 * fingerprints and never read or tokenize the text again. Immutable.
 *
 * <p>Anchors (the shingles that propose containment candidates) and LSH band keys are not stored:
 * both are functions of the shingle set and signature under the duplicate settings
 * ({@code lsh.AnchorIndex}, {@code lsh.LshIndex}).
 *
 * <p>Binary layout (version 3, little-endian; {@code str} is an int32 byte length, -1 for null,
 * then that many UTF-8 bytes):
 * <pre>
 * offset  size  field
 *      0     4  magic "CDFP" (0x43 0x44 0x46 0x50)
 *      4     1  format version (3; version 1 had no name votes, version 2 no figure bits in the shingles)
 *      5     1  flags (bit 0: the tokens are the title's, the body had none left after cleaning;
 *                      bit 1: incomplete, not for an index: no line keys, and no terms when made
 *                      for duplicate detection)
 *      6     1  shingle size k
 *      7     1  reserved, 0
 *      8     8  seed of every hash
 *     16     …  str id, str title, str source, str url
 *              int64 date, epoch seconds (Long.MIN_VALUE: no date); int32 nanoseconds
 *              int32 body length in chars
 *              int32 n, n × int64: corpus line keys;  int32 n, n × int64: site line keys
 *              int32 n, n × (int32 start, int32 end): kept line ranges of the body
 *              int32 n, n × (int32 start, int32 end, str reason): removed line ranges
 *              int32 n, n × int64: shingle hashes, ascending, distinct (bits 0-15 of a shingle that holds a
 *                              figure say which: {@code ShingleSet.figureCode})
 *              int32 n, n bytes: the MinHash signature in its own layout ({@link Signature}), same seed
 *              int32 n, n × (str term, str word, int32 body count, int32 title count, int32 name votes), terms ascending
 * </pre>
 */
public final class Fingerprint {
    static final int MAGIC = 0x50464443; // "CDFP" read little-endian
    /** The format version this class writes and reads. */
    public static final byte VERSION = 3;
    private static final long NO_DATE = Long.MIN_VALUE;

    private final long seed;
    private final int shingle;
    private final boolean fromTitle;
    private final boolean complete;
    private final String id, title, source, url;
    private final Instant date;
    private final int length;
    private final long[] corpusKeys, siteKeys;
    private final List<Span> kept, removed;
    private final ShingleSet shingles;
    private final Signature signature;
    private final ArticleTerms terms;

    Fingerprint(long seed, int shingle, boolean fromTitle, boolean complete, String id, String title, String source, String url, Instant date,
                int length, Boilerplate.LineKeys lineKeys, List<Span> kept, List<Span> removed, ShingleSet shingles,
                Signature signature, ArticleTerms terms) {
        if (signature.seed() != seed) {
            throw new IllegalArgumentException("signature seed " + signature.seed() + " differs from the fingerprint's seed " + seed);
        }
        this.seed = seed;
        this.shingle = shingle;
        this.fromTitle = fromTitle;
        this.complete = complete;
        this.id = id;
        this.title = title;
        this.source = source;
        this.url = url;
        this.date = date;
        this.length = length;
        this.corpusKeys = lineKeys.corpus().clone();
        this.siteKeys = lineKeys.site().clone();
        this.kept = List.copyOf(kept);
        this.removed = List.copyOf(removed);
        this.shingles = shingles;
        this.signature = signature;
        this.terms = terms;
    }

    public String id() { return id; }
    /** The headline, or null. */
    public String title() { return title; }
    /** The source (site or agency), or null. */
    public String source() { return source; }
    /** The page address, or null. */
    public String url() { return url; }
    /** Publication time, or null. */
    public Instant date() { return date; }
    /** Characters of body text. */
    public int length() { return length; }
    /** Seed of every hash of this fingerprint. */
    public long seed() { return seed; }
    /** Words per shingle. */
    public int shingleSize() { return shingle; }
    /** True when the body had no words after cleaning and the title's tokens stand for the text. */
    public boolean fromTitle() { return fromTitle; }
    /**
     * False for a fingerprint made {@link Fingerprinter#forDuplicates for duplicate detection} (its line
     * keys and terms are empty) or {@link Fingerprinter#forStories for stories} (its line keys are).
     */
    public boolean complete() { return complete; }

    /** The keys this article adds to the collection's boilerplate line counts. */
    public Boilerplate.LineKeys lineKeys() {
        return new Boilerplate.LineKeys(corpusKeys.clone(), siteKeys.clone());
    }

    /** Line ranges of the body kept for analysis. */
    public List<Span> kept() { return kept; }
    /** Line ranges of the body removed as boilerplate, each with its reason. */
    public List<Span> removed() { return removed; }
    public ShingleSet shingles() { return shingles; }
    public Signature signature() { return signature; }
    public ArticleTerms terms() { return terms; }

    /** Throws when {@code other} was made with another seed, shingle size or signature size: their hashes never meet. */
    public void checkComparable(Fingerprint other) {
        if (other.seed != seed || other.shingle != shingle || other.signature.size() != signature.size()) {
            throw new IllegalArgumentException("fingerprints are not comparable: seed=" + seed + ", shingle=" + shingle + ", hashes="
                    + signature.size() + " vs seed=" + other.seed + ", shingle=" + other.shingle + ", hashes=" + other.signature.size());
        }
    }

    public byte[] toBytes() {
        Out o = new Out();
        o.b.putInt(MAGIC).put(VERSION).put((byte) ((fromTitle ? 1 : 0) | (complete ? 0 : 2))).put((byte) shingle).put((byte) 0).putLong(seed);
        o.str(id); o.str(title); o.str(source); o.str(url);
        o.ensure(16);
        o.b.putLong(date == null ? NO_DATE : date.getEpochSecond()).putInt(date == null ? 0 : date.getNano()).putInt(length);
        o.longs(corpusKeys);
        o.longs(siteKeys);
        o.count(kept.size());
        for (Span s : kept) { o.ensure(8); o.b.putInt(s.start()).putInt(s.end()); }
        o.count(removed.size());
        for (Span s : removed) { o.ensure(8); o.b.putInt(s.start()).putInt(s.end()); o.str(s.reason()); }
        o.longs(shingles.hashes());
        byte[] sig = signature.toBytes();
        o.count(sig.length);
        o.ensure(sig.length);
        o.b.put(sig);
        o.count(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            o.str(terms.term(i)); o.str(terms.word(i));
            o.ensure(12);
            o.b.putInt(terms.bodyCount(i)).putInt(terms.titleCount(i)).putInt(terms.nameVotes(i));
        }
        return Arrays.copyOf(o.b.array(), o.b.position());
    }

    /** Reads a fingerprint written by {@link #toBytes()}; throws naming the problem (wrong magic, version, length or seed). */
    public static Fingerprint fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (b.getInt() != MAGIC) throw new IllegalArgumentException("not a copydesk fingerprint");
            byte version = b.get();
            if (version != VERSION) {
                throw new IllegalArgumentException("fingerprint format version " + version + " is not supported; this copydesk reads version " + VERSION);
            }
            byte flags = b.get();
            boolean fromTitle = (flags & 1) != 0, complete = (flags & 2) == 0;
            int shingle = b.get();
            if (shingle < 1 || shingle > 16) throw new IllegalArgumentException("fingerprint has shingle size " + shingle + ", not in [1, 16]");
            b.get();
            long seed = b.getLong();
            String id = str(b), title = str(b), source = str(b), url = str(b);
            long seconds = b.getLong();
            int nanos = b.getInt();
            Instant date = seconds == NO_DATE ? null : Instant.ofEpochSecond(seconds, nanos);
            int length = b.getInt();
            Boilerplate.LineKeys keys = new Boilerplate.LineKeys(longs(b), longs(b));
            List<Span> kept = new ArrayList<>(), removed = new ArrayList<>();
            for (int i = count(b, 8); i > 0; i--) kept.add(new Span(b.getInt(), b.getInt(), null));
            for (int i = count(b, 12); i > 0; i--) removed.add(new Span(b.getInt(), b.getInt(), str(b)));
            ShingleSet shingles = ShingleSet.of(longs(b));
            byte[] sig = new byte[count(b, 1)];
            b.get(sig);
            Signature signature = Signature.fromBytes(sig);
            int n = count(b, 20);
            String[] terms = new String[n], words = new String[n];
            int[] body = new int[n], titles = new int[n], votes = new int[n];
            for (int i = 0; i < n; i++) {
                terms[i] = str(b); words[i] = str(b); body[i] = b.getInt(); titles[i] = b.getInt(); votes[i] = b.getInt();
            }
            if (b.hasRemaining()) throw new IllegalArgumentException("fingerprint has " + b.remaining() + " bytes after its end");
            return new Fingerprint(seed, shingle, fromTitle, complete, id, title, source, url, date, length, keys, kept, removed, shingles,
                    signature, n == 0 ? ArticleTerms.EMPTY : new ArticleTerms(terms, words, body, titles, votes));
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("fingerprint is truncated (" + bytes.length + " bytes)");
        }
    }

    private static int count(ByteBuffer b, int minBytesEach) {
        int n = b.getInt();
        if (n < 0 || (long) n * minBytesEach > b.remaining()) throw new IllegalArgumentException("fingerprint is truncated or corrupt: count " + n);
        return n;
    }

    private static long[] longs(ByteBuffer b) {
        long[] out = new long[count(b, 8)];
        for (int i = 0; i < out.length; i++) out[i] = b.getLong();
        return out;
    }

    private static String str(ByteBuffer b) {
        int n = b.getInt();
        if (n == -1) return null;
        if (n < 0 || n > b.remaining()) throw new IllegalArgumentException("fingerprint is truncated or corrupt: string of " + n + " bytes");
        String s = new String(b.array(), b.position(), n, StandardCharsets.UTF_8);
        b.position(b.position() + n);
        return s;
    }

    /** A growing little-endian buffer. */
    private static final class Out {
        ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);

        void ensure(int more) {
            if (b.remaining() >= more) return;
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(b.capacity() * 2, b.position() + more)).order(ByteOrder.LITTLE_ENDIAN);
            bigger.put(b.array(), 0, b.position());
            b = bigger;
        }

        void count(int n) {
            ensure(4);
            b.putInt(n);
        }

        void str(String s) {
            if (s == null) { count(-1); return; }
            byte[] u = s.getBytes(StandardCharsets.UTF_8);
            count(u.length);
            ensure(u.length);
            b.put(u);
        }

        void longs(long[] v) {
            count(v.length);
            ensure(8 * v.length);
            for (long x : v) b.putLong(x);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(f.toBytes(), toBytes());
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + signature.hashCode();
    }

    @Override
    public String toString() {
        return "Fingerprint[id=" + id + ", shingles=" + shingles.size() + ", terms=" + terms.size() + ", seed=" + seed + "]";
    }
}
