// Heap held by a DuplicateIndex of every article of a JSONL file (the synthetic set's simple layout: "id" then "text").
// usage: java -Xmx4g -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar IndexMemory.java syn.jsonl
import io.copydesk.document.Article;
import io.copydesk.engine.DuplicateIndex;
import java.nio.file.*;
import java.util.*;

public class IndexMemory {
    public static void main(String[] args) throws Exception {
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            int i = line.indexOf("\"id\": \""), j = line.indexOf('"', i + 7);
            int t = line.indexOf("\"text\": \""), u = line.indexOf("\", \"", t + 9);
            if (u < 0) u = line.lastIndexOf('"');
            articles.add(Article.of(line.substring(i + 7, j), line.substring(t + 9, u)));
        }
        Runtime rt = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        DuplicateIndex index = new DuplicateIndex();
        for (Article a : articles) index.add(a);
        for (int k = 0; k < 3; k++) System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("articles %d, index heap %.1f MB, %.0f bytes per article%n", index.size(), (after - before) / 1e6, (double) (after - before) / index.size());
        if (index.query(articles.get(0)) == null) System.out.println();
    }
}
