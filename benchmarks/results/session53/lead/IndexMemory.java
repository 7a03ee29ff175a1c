// Heap held by a DuplicateIndex of every article of FILE (after collections), per article.
// usage: java -Xmx8g -cp target/copydesk-0.1.0-SNAPSHOT-all.jar IndexMemory.java FILE
import io.copydesk.document.Article;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.engine.DuplicateIndex;
import java.util.ArrayList;
import java.util.List;

public class IndexMemory {
    public static void main(String[] args) throws Exception {
        List<Article> articles = new ArrayList<>();
        try (InputSet inputs = InputSet.of(List.of(args[0])); RecordStream s = inputs.open(ReadProblems.silent())) {
            for (ArticleRecord r; (r = s.next()) != null; ) articles.add(r.article());
        }
        long before = used();
        DuplicateIndex index = new DuplicateIndex();
        articles.forEach(index::add);
        long after = used();
        System.out.printf("%d articles, %.1f KB of heap an article%n", index.size(), (after - before) / 1024.0 / index.size());
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 3; i++) { System.gc(); Thread.sleep(100); }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
