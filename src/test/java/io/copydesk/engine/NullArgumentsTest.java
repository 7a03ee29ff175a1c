package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.document.Article;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A null argument is refused where it enters the library, by a NullPointerException naming it (a null article: its position). */
class NullArgumentsTest {
    private final Article a = Article.of("a", "Rescue teams searched the collapsed school in Corvaro through the night after the quake.");
    private final Article b = Article.of("b", "The central bank of Hollmark held its interest rate at 4 percent on Thursday.");

    private static void refused(String name, Executable call) {
        assertEquals(name, assertThrows(NullPointerException.class, call).getMessage());
    }

    @Test
    void aCollectionRefusesANullArticleByItsPosition() {
        refused("articles[1]", () -> NewsCollection.of(Arrays.asList(a, null, b)));
        refused("articles[2]", () -> NewsCollection.of(Stream.of(a, b, null)));
        refused("articles", () -> NewsCollection.of((List<Article>) null));
    }

    @Test
    void aCollectionRefusesNullQueries() {
        NewsCollection news = NewsCollection.of(List.of(a, b));
        refused("id", () -> news.related(null, 5));
        refused("article", () -> news.query(null, 5));
    }

    /** remove and contains refuse null as add and query do, rather than answer false. */
    @Test
    void theDuplicateIndexRefusesNullEverywhere() {
        DuplicateIndex index = new DuplicateIndex();
        refused("article", () -> index.add(null));
        refused("article", () -> index.query(null));
        refused("article", () -> index.queryAndAdd(null));
        refused("id", () -> index.remove(null));
        refused("id", () -> index.contains(null));
    }

    @Test
    void settingsRefuseNullWhenMade() {
        refused("text", () -> TimeDecay.parse(null));
        refused("config", () -> new Explainer(null));
        refused("config", () -> new NearDuplicates(null));
        refused("config", () -> new StoryClusters(null));
        refused("config", () -> new DuplicateIndex(null));
    }
}
