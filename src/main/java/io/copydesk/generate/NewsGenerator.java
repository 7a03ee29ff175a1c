package io.copydesk.generate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Generates a synthetic, news-like collection with ground truth: events of a dozen kinds, related
 * coverage, republished copies, briefs and updates wrapped in per-site page furniture, and
 * same-kind distractor events. See {@link GeneratorConfig} for the knobs.
 *
 * <p>Generation streams: events are written one at a time and their articles pass through a
 * shuffling window of {@value #MIX_WINDOW} articles, so copies do not sit next to their original
 * yet memory does not depend on the number of articles. Each event draws from its own random
 * stream derived from the seed, so the output is the same on every run and machine.
 *
 * <pre>{@code
 * for (GeneratedArticle a : new NewsGenerator(GeneratorConfig.of(10_000).withSeed(7))) index.add(a.toArticle());
 * }</pre>
 */
public final class NewsGenerator implements Iterable<GeneratedArticle> {
    static final int MIX_WINDOW = 1024;

    private final GeneratorConfig config;

    public NewsGenerator(GeneratorConfig config) {
        this.config = config;
    }

    /** A fresh run over all {@code config.articles()} articles. */
    @Override
    public Iterator<GeneratedArticle> iterator() {
        return new Run(config, pair -> {});
    }

    public Stream<GeneratedArticle> stream() {
        Spliterator<GeneratedArticle> s = Spliterators.spliterator(iterator(), config.articles(),
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED);
        return StreamSupport.stream(s, false);
    }

    /**
     * Generates every article into {@code articles} and every duplicate pair (all pairs within each
     * duplicate group) into {@code pairs}. Pairs of an event come before its articles.
     */
    public void generate(Consumer<? super GeneratedArticle> articles, Consumer<? super TruthPair> pairs) {
        Run run = new Run(config, pairs);
        while (run.hasNext()) articles.accept(run.next());
    }

    /** One pass: writes events on demand and hands out articles in a seeded shuffled order. */
    static final class Run implements Iterator<GeneratedArticle> {
        private final long total;
        private final long seed;
        private final EventWriter writer;
        private final Consumer<? super TruthPair> pairs;
        private final Rng mixer;
        private final List<GeneratedArticle> window = new ArrayList<>(MIX_WINDOW + 64);
        private final List<GeneratedArticle> event = new ArrayList<>();
        private long written;
        private long emitted;
        private long events;

        Run(GeneratorConfig config, Consumer<? super TruthPair> pairs) {
            this.total = config.articles();
            this.seed = config.seed();
            this.writer = new EventWriter(config);
            this.pairs = pairs;
            this.mixer = Rng.of(seed, -3);
        }

        @Override
        public boolean hasNext() {
            return emitted < total;
        }

        @Override
        public GeneratedArticle next() {
            if (!hasNext()) throw new NoSuchElementException();
            while (window.size() < MIX_WINDOW && written < total) refill();
            int i = mixer.nextInt(window.size());
            GeneratedArticle out = window.get(i);
            GeneratedArticle last = window.removeLast();
            if (i < window.size()) window.set(i, last);
            emitted++;
            return out;
        }

        /** Articles held right now; bounded by the window plus one event's coverage. */
        int buffered() {
            return window.size();
        }

        private void refill() {
            event.clear();
            writer.writeNext(Rng.of(seed, events++), event);
            // The last event is cut to the exact count; its pairs then cover only what is kept.
            List<GeneratedArticle> kept = event.subList(0, (int) Math.min(event.size(), total - written));
            reportPairs(kept);
            window.addAll(kept);
            written += kept.size();
        }

        private void reportPairs(List<GeneratedArticle> articles) {
            // Members of a duplicate group are written one after another.
            int start = 0;
            for (int i = 1; i <= articles.size(); i++) {
                if (i < articles.size() && articles.get(i).dupGroup().equals(articles.get(start).dupGroup())) continue;
                for (int a = start; a < i; a++) {
                    for (int b = a + 1; b < i; b++) pairs.accept(TruthPair.of(articles.get(a), articles.get(b)));
                }
                start = i;
            }
        }
    }
}
