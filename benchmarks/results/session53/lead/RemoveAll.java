// Adds every article of FILE to a DuplicateIndex, then removes each (a removal makes the article's keys again from
// its shingles and fails if they are not the keys it was added with), and times the removals.
// usage: java -Xmx8g -cp target/copydesk-0.1.0-SNAPSHOT-all.jar RemoveAll.java FILE
import io.copydesk.document.Article;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.engine.DuplicateIndex;
import java.util.ArrayList;
import java.util.List;
public class RemoveAll {
    public static void main(String[] args) throws Exception {
        List<Article> articles = new ArrayList<>();
        try (InputSet inputs = InputSet.of(List.of(args[0])); RecordStream s = inputs.open(ReadProblems.silent())) {
            for (ArticleRecord r; (r = s.next()) != null; ) articles.add(r.article());
        }
        DuplicateIndex index = new DuplicateIndex();
        articles.forEach(index::add);
        long t0 = System.nanoTime();
        int removed = 0;
        for (Article a : articles) if (index.remove(a.id())) removed++;
        System.out.printf("%d added, %d removed in %.3f s, %d left%n", articles.size(), removed, (System.nanoTime() - t0) / 1e9, index.size());
    }
}
