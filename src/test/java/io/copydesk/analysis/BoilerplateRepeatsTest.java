package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Trials;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A builder noting repeats knows, once every article's keys are in, each line its counts remove:
 * {@code removesAlready} says what the built remover's {@code removes} says, for lines of any
 * source and length, on articles whose keys come from a small pool (so many reach the repeats).
 */
class BoilerplateRepeatsTest {
    @Test
    void notedRepeatsAreTheLinesTheCountsRemove() {
        BoilerplateConfig config = BoilerplateConfig.DEFAULT;
        int[] removed = new int[1];
        Trials.run("noted repeats", 300, r -> r.nextLong(), seed -> {
            java.util.Random r = new java.util.Random(seed);
            long[] pool = new long[1 + r.nextInt(30)], sources = {0L, 11L, 12L, 13L};
            for (int i = 0; i < pool.length; i++) pool[i] = r.nextLong() | 1;
            Boilerplate.Builder builder = Boilerplate.builder(config);
            boolean noted = r.nextBoolean();
            if (noted) builder.noteRepeats();
            for (int article = r.nextInt(40); article > 0; article--) {
                long source = sources[r.nextInt(sources.length)];
                List<Long> corpus = new ArrayList<>(), site = new ArrayList<>();
                for (long key : pool) {
                    if (r.nextInt(3) > 0) continue; // the article's keys are distinct
                    corpus.add(key);
                    if (source != 0) site.add(Boilerplate.siteKey(key, source));
                }
                builder.add(new Boilerplate.LineKeys(corpus.stream().mapToLong(Long::longValue).toArray(),
                        site.stream().mapToLong(Long::longValue).toArray()));
            }
            Boilerplate counts = builder.build();
            for (long key : pool) {
                for (long source : sources) {
                    for (int words : new int[] {1, config.corpusMaxWords(), config.corpusMaxWords() + 1, config.siteMaxWords() + 1}) {
                        Boilerplate.PendingLine line = new Boilerplate.PendingLine(key, source, words);
                        boolean removes = counts.removes(line);
                        assertEquals(noted && removes, builder.removesAlready(line), key + " " + source + " " + words);
                        if (removes) removed[0]++;
                    }
                }
            }
        });
        assertTrue(removed[0] > 1_000, "lines the counts remove: " + removed[0]);
    }
}
