package io.copydesk.example;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.Boilerplate;
import io.copydesk.document.Article;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.engine.ClusterConfig;
import io.copydesk.engine.ClusterResult;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.DuplicateGroup;
import io.copydesk.engine.DuplicateIndex;
import io.copydesk.engine.NewsCollection;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedHit;
import io.copydesk.engine.RelatedStories;
import io.copydesk.engine.StoryClusters;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.verify.Overlap;
import io.copydesk.verify.Verifier;
import io.copydesk.engine.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's library example, kept compiling and correct on the bundled corpus. */
class LibraryUsageTest {
    @Test
    void readmeInMemoryExampleDedupsStrings() {
        // --- README in-memory example starts here
        List<Article> articles = List.of(
                Article.of("wire-1", "Rescue teams searched the collapsed school in Corvaro through the night after the "
                        + "magnitude 6.8 earthquake, and officials said at least 27 people had died."),
                Article.of("paper-7", "Rescue teams searched the collapsed school in Corvaro through the night after the "
                        + "magnitude 6.8 earthquake, and officials said at least 27 people had died, the agency reported."),
                Article.of("blog-3", "The central bank of Hollmark held its interest rate at 4 percent on Thursday, saying "
                        + "inflation had eased but wages were still rising faster than expected."));
        NewsCollection news = NewsCollection.of(articles);
        for (NewsCollection.Duplicates d : news.duplicates()) {
            System.out.println(d.canonical() + " has copies " + d.copies());   // paper-7 (the longer) has copies [Copy[id=wire-1, ...]]
        }
        List<RelatedHit> hits = news.related("wire-1", 5);                    // paper-7 (duplicate) first, then by level: event, storyline, related
        List<NewsCollection.Storyline> storylines = news.storylines();        // every article in one event of one storyline, by id

        DuplicateIndex index = new DuplicateIndex();                          // incremental: add, query, remove
        index.add(articles.get(0));
        List<DuplicateIndex.Match> matches = index.query(articles.get(1));    // [Match[id=wire-1, jaccard=..., ...]]
        List<DuplicateIndex.Match> news3 = index.queryAndAdd(articles.get(2)); // a stream's check, then add: one fingerprint
        index.remove("wire-1");
        // --- README in-memory example ends here
        assertEquals(1, news.duplicates().size());
        assertEquals("paper-7", news.duplicates().getFirst().canonical(), "the longest copy is kept");
        assertEquals(List.of("wire-1"), news.duplicates().getFirst().copies().stream().map(NewsCollection.Duplicates.Copy::id).toList());
        assertEquals("paper-7", hits.getFirst().id());
        assertEquals(RelatedHit.Relation.duplicate, hits.getFirst().relation());
        List<NewsCollection.Story> events = storylines.stream().flatMap(s -> s.events().stream()).toList();
        assertEquals(3, events.stream().mapToInt(s -> s.ids().size()).sum());
        assertTrue(events.stream().anyMatch(s -> s.ids().containsAll(List.of("wire-1", "paper-7"))
                && s.duplicates().equals(List.of(List.of("paper-7", "wire-1")))), events.toString());
        assertEquals(new java.util.HashSet<>(news.stories()), new java.util.HashSet<>(events));
        assertEquals(List.of("wire-1"), matches.stream().map(DuplicateIndex.Match::id).toList());
        assertTrue(news3.isEmpty(), "blog-3 copies nothing indexed before it");
        assertEquals(1, index.size());
        assertTrue(index.query(articles.get(1)).isEmpty());
        assertEquals(List.of("blog-3"), index.query(Article.of("blog-3-copy", articles.get(2).text())).stream().map(DuplicateIndex.Match::id).toList());
    }

    /** Each example block of this test, its lines as they stand (indentation aside), is in the README, in one piece. */
    @Test
    void theReadmeShowsTheseExamples() throws java.io.IOException {
        List<String> readme = java.nio.file.Files.readAllLines(java.nio.file.Path.of("README.md")).stream().map(String::strip).toList();
        List<String> source = java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/test/java/io/copydesk/example/LibraryUsageTest.java"));
        int blocks = 0;
        for (int i = 0; i < source.size(); i++) {
            if (!marker(source.get(i), "starts here")) continue;
            List<String> block = new java.util.ArrayList<>();
            for (int j = i + 1; !marker(source.get(j), "ends here"); j++) block.add(source.get(j).strip());
            assertTrue(java.util.Collections.indexOfSubList(readme, block) >= 0, "README lacks the example after line " + (i + 1) + ":\n"
                    + String.join("\n", block));
            blocks++;
        }
        assertTrue(blocks >= 3, "example blocks found: " + blocks);
    }

    private static boolean marker(String line, String end) {
        String l = line.strip();
        return l.startsWith("// --- README") && l.endsWith(end);
    }

    @Test
    void readmeFileExampleRunsOnTheCorpus() {
        Path corpusDir = Path.of("corpus");
        assertTrue(Files.isDirectory(corpusDir), "run from the project root");
        // --- README file example starts here
        try (InputSet inputs = InputSet.of(List.of("corpus"))) {
            Corpus corpus = Corpus.scan(inputs, AnalysisConfig.DEFAULT, ReadProblems.silent(), Progress.NONE);
            RelatedStories related = RelatedStories.build(corpus, RelatedConfig.DEFAULT, Progress.NONE);
            DedupResult dups = related.dedup();                                 // found in the same pass
            for (DuplicateGroup g : dups.groups()) {
                String canonical = corpus.articles().get(g.canonical()).id();
                System.out.println(canonical + " has " + (g.members().size() - 1) + " copies");
            }
            int quake = corpus.indexOf("harbourcourier/valdoria-earthquake-kills-27");
            List<RelatedHit> hits = related.related(quake, 5);    // duplicates first, then related coverage
            ClusterResult stories = new StoryClusters(ClusterConfig.DEFAULT).cluster(related, Progress.NONE);
            // --- README file example ends here
            assertEquals(16, dups.groups().size());
            assertEquals(RelatedHit.Relation.duplicate, hits.getFirst().relation());
            assertTrue(hits.stream().anyMatch(h -> h.id().equals("continentalwire/valdoria-quake-27-dead")
                    && h.relation() == RelatedHit.Relation.related));
            assertEquals(24, stories.clusters().size());
            assertEquals(corpus.size(), stories.clusters().stream().mapToInt(c -> c.members().size()).sum());
            assertEquals(2, inputs.opens(), "ids and boilerplate counts, then fingerprints");
        }
    }

    @Test
    void readmeFingerprintExampleFindsACopy() {
        List<Article> articles = new ArrayList<>();
        try (InputSet inputs = InputSet.of(List.of("corpus")); RecordStream s = inputs.open(ReadProblems.silent())) {
            for (ArticleRecord r; (r = s.next()) != null; ) articles.add(r.article());
        }
        Article article = articles.stream().filter(a -> a.id().equals("harbourcourier/valdoria-earthquake-kills-27")).findFirst().orElseThrow();
        Article copy = new Article("copy", article.title(), article.text(), article.date(), article.source(), null);
        // --- README fingerprint example starts here
        Boilerplate.Builder counts = Boilerplate.builder(AnalysisConfig.DEFAULT.boilerplate());
        for (Article a : articles) counts.add(counts.lineKeys(a));           // pass 1: line counts
        Fingerprinter fingerprinter = new Fingerprinter(AnalysisConfig.DEFAULT, counts.build());
        Fingerprint f = fingerprinter.fingerprint(article);                   // pass 2: thread-safe
        // --- README fingerprint example ends here
        Fingerprint other = fingerprinter.fingerprint(copy);
        Overlap o = new Verifier(DedupConfig.DEFAULT.rule()).verify(f, other);  // null unless duplicates
        assertNotNull(o);
        assertEquals(1.0, o.jaccard());
        assertNull(new Verifier(DedupConfig.DEFAULT.rule()).verify(f, fingerprinter.fingerprint(articles.getFirst())));
    }
}
