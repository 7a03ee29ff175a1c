package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A draft resolved with any counts gives the shingle set of the tokens the counts leave: windows
 * across the lines that stay, a short text's one shingle, the title when nothing of the body stays.
 */
class ShingleDraftTest {
    private static final String[] WORDS = {"a", "b", "c", "d", "e"}; // few words: windows repeat inside and across lines
    private static final String[] MANY = new String[200]; // for long lines: their windows are mostly distinct

    static {
        for (int i = 0; i < MANY.length; i++) MANY[i] = "w" + i;
    }

    @Test
    void resolvedDraftsEqualTheShinglesOfTheLinesThatStay() {
        Random random = new Random(15);
        ShingleStore store = new ShingleStore();
        ShingleDraft.Scratch scratch = new ShingleDraft.Scratch(); // reused round after round, as a reading thread does
        int changed = 0;
        for (int round = 0; round < 20_000; round++) {
            int k = 1 + random.nextInt(6);
            Shingler shingler = new Shingler(k, 42);
            int spans = random.nextInt(9);
            List<List<String>> lines = new ArrayList<>();
            Boilerplate.PendingLine[] pending = new Boilerplate.PendingLine[spans];
            Set<Long> gone = new HashSet<>();
            for (int s = 0; s < spans; s++) {
                List<String> line = new ArrayList<>();
                boolean longLine = random.nextInt(8) == 0; // sets past the sort's few-value path
                int n = longLine ? random.nextInt(300) : random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(14);
                for (int t = 0; t < n; t++) line.add(longLine ? MANY[random.nextInt(MANY.length)] : WORDS[random.nextInt(WORDS.length)]);
                lines.add(line);
                if (random.nextInt(3) == 0) {
                    pending[s] = new Boilerplate.PendingLine(1000 + s, 0, 3);
                    if (random.nextBoolean()) gone.add(1000L + s);
                }
            }
            TokenList title = tokens(random.nextBoolean() ? List.of() : List.of("t", "u", WORDS[random.nextInt(WORDS.length)]));
            TokenList body = new TokenList();
            int[] ends = new int[spans];
            List<String> stays = new ArrayList<>();
            for (int s = 0; s < spans; s++) {
                for (String w : lines.get(s)) body.add(w, 0, 0);
                ends[s] = body.size();
                if (pending[s] == null || !gone.contains(pending[s].key())) stays.addAll(lines.get(s));
            }
            if (body.size() == 0) continue; // the caller takes the title for an empty body before drafting
            Boilerplate counts = Boilerplate.withCounts(BoilerplateConfig.DEFAULT, key -> gone.contains(key) ? 99 : 0, key -> 0);
            int titleBelow = random.nextInt(3) == 0 ? 0 : random.nextInt(25); // the title joins a body of fewer shingles
            ShingleSet titleSet = shingler.shingles(title);
            ShingleSet expected = stays.isEmpty() ? titleSet : shortWithTitle(shingler.shingles(tokens(stays)), titleBelow, titleSet);
            ShingleSet allKept = shortWithTitle(shingler.shingles(body), titleBelow, titleSet);
            long[] h = shingler.tokenHashes(body);
            ShingleDraft draft = random.nextBoolean() ? ShingleDraft.of(h, ends, pending, shingler, () -> shingler.shingles(title), titleBelow)
                    : ShingleDraft.of(java.util.Arrays.copyOf(h, h.length + random.nextInt(3)), h.length, ends, pending, shingler,
                            () -> shingler.shingles(title), titleBelow, scratch, random.nextBoolean() ? store : null);
            ShingleSet resolved = draft.resolve(counts, shingler);
            assertEquals(resolved, draft.storedIn(store).resolve(counts, shingler), "stored, round " + round); // its set in a shared array
            assertArrayEquals(expected.hashes(), resolved.hashes(), "round " + round + " k=" + k + " lines " + lines + " gone " + gone);
            assertArrayEquals(allKept.hashes(), draft.resolve(Boilerplate.perArticle(BoilerplateConfig.DEFAULT), shingler).hashes());
            if (!java.util.Arrays.equals(expected.hashes(), allKept.hashes())) changed++;
        }
        assertTrue(changed > 5_000, "rounds where removal changed the set: " + changed);
    }

    /** The set a body of {@code body}'s shingles ends with: and the title's, where it holds fewer than {@code below}; by a HashSet. */
    private static ShingleSet shortWithTitle(ShingleSet body, int below, ShingleSet title) {
        if (body.size() >= below) return body;
        Set<Long> all = new HashSet<>();
        for (long v : body.hashes()) all.add(v);
        for (long v : title.hashes()) all.add(v);
        return ShingleSet.of(all.stream().mapToLong(Long::longValue).toArray());
    }

    @Test
    void aDraftWithoutPendingTokensIsFinal() {
        Shingler shingler = new Shingler(4, 42);
        TokenList body = tokens(List.of("one", "two", "three", "four", "five"));
        ShingleDraft draft = ShingleDraft.of(shingler.tokenHashes(body), new int[] {2, 2, 5},
                new Boilerplate.PendingLine[] {null, new Boilerplate.PendingLine(7, 0, 1), null}, shingler, () -> fail("title asked"), 2);
        assertTrue(draft.isFinal());
        assertArrayEquals(shingler.shingles(body).hashes(), draft.resolve(Boilerplate.perArticle(BoilerplateConfig.DEFAULT), shingler).hashes());
    }

    @Test
    void windowsOfTokenHashesAreTheWindowsOfTheTokens() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            Shingler shingler = new Shingler(1 + random.nextInt(8), random.nextLong());
            List<String> words = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) words.add(WORDS[random.nextInt(WORDS.length)] + random.nextInt(3));
            TokenList tokens = tokens(words);
            long[] hashes = new long[tokens.size() + 3];
            System.arraycopy(shingler.tokenHashes(tokens), 0, hashes, 2, tokens.size());
            assertArrayEquals(shingler.windows(tokens), shingler.windows(hashes, 2, 2 + tokens.size()));
        }
    }

    private static TokenList tokens(List<String> words) {
        TokenList t = new TokenList();
        for (String w : words) t.add(w, 0, 0);
        return t;
    }
}
