package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.analysis.CleanText;
import io.copydesk.document.Article;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.testing.Jsonl;
import io.copydesk.testing.Prose;
import io.copydesk.testing.Trials;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site prints one photo gallery into every story of a kind ("Photos: Who's running?"), each slide
 * a long caption line closed by the gallery's control and the next slide's title ("... Hide Caption
 * 2 of 6 Photos: Who's running?"). The slides are furniture: the story alone is kept, and two
 * different stories carrying the same gallery, longer than either, are never duplicates.
 */
class GallerySlidesTest {
    private static final Instant DAY = Instant.parse("2024-05-02T06:00:00Z");
    @TempDir Path dir;

    /** A gallery of {@code slides} slides, each a caption of two to four sentences, its control written in one of the cases sites use. */
    private static List<String> gallery(Prose prose, int slides, String control) {
        String title = "Photos: " + prose.sentence(4).replace(".", "?");
        List<String> lines = new ArrayList<>();
        for (int k = 1; k <= slides; k++) {
            StringBuilder caption = new StringBuilder(k == 1 ? title + " " : "");
            int sentences = 2 + prose.random().nextInt(3);
            for (int s = 0; s < sentences; s++) caption.append(prose.sentence()).append(' ');
            lines.add(caption + control + " " + k + " of " + slides + (k < slides ? " " + title : ""));
        }
        return lines;
    }

    /** The story's paragraphs with the gallery's slides put in as one block, after {@code at} paragraphs. */
    private static String page(List<String> story, List<String> slides, int at) {
        List<String> lines = new ArrayList<>(story.subList(0, at));
        lines.addAll(slides);
        lines.addAll(story.subList(at, story.size()));
        return String.join("\n", lines);
    }

    private static List<String> story(Prose prose, int paragraphs) {
        return List.of(prose.body(paragraphs).split("\n"));
    }

    @Test
    void aGallerysSlidesAreRemovedAndTheStoryKept() {
        Boilerplate onePage = Boilerplate.perArticle(BoilerplateConfig.DEFAULT);
        Trials.run("gallery slides", 100, r -> r.nextLong(), seed -> {
            Prose prose = new Prose(seed);
            Random r = prose.random();
            List<String> story = story(prose, 2 + r.nextInt(5));
            String control = r.nextBoolean() ? "Hide Caption" : r.nextBoolean() ? "hide caption" : "Show caption Hide caption";
            List<String> slides = gallery(prose, 1 + r.nextInt(12), control);
            String text = page(story, slides, 1 + r.nextInt(story.size()));
            CleanText clean = onePage.clean(new Article("a", null, text, null, "site", null));
            assertEquals(String.join("\n", story), clean.keptText());
        });
    }

    @Test
    void differentStoriesWithTheSameGalleryAreNotDuplicates() {
        Trials.run("shared gallery", 5, r -> r.nextLong(), seed -> {
            Prose prose = new Prose(seed);
            List<String> slides = gallery(prose, 10, "Hide Caption");
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                List<String> story = story(prose, 3);
                // the gallery grows between stories: "2 of 9", then "2 of 10", as sites add slides
                List<String> shown = slides.subList(0, 7 + i);
                articles.add(new Article("s" + i, prose.sentence(6), page(story, shown, 2), DAY.plusSeconds(3600L * i), "site", null));
                if (i == 0) { // and one true copy, at another site with no gallery: still a duplicate
                    articles.add(new Article("copy", prose.sentence(6), String.join("\n", story), DAY, "other", null));
                }
            }
            DedupResult r = dedup(articles);
            assertEquals(1, r.groups().size(), "one group: the story and its copy");
            List<String> ids = new ArrayList<>();
            for (DuplicateGroup.Member m : r.groups().get(0).members()) ids.add(r.articles().get(m.index()).id());
            ids.sort(null);
            assertEquals(List.of("copy", "s0"), ids);
        });
    }

    private DedupResult dedup(List<Article> articles) {
        Path file = Jsonl.write(dir.resolve("in-" + System.nanoTime() + ".jsonl"), articles);
        try (InputSet in = InputSet.of(List.of(file.toString()))) {
            return new NearDuplicates(DedupConfig.DEFAULT).find(Corpus.scan(in, DedupConfig.DEFAULT.analysis(), ReadProblems.silent(),
                    Progress.NONE), Progress.NONE);
        }
    }
}
