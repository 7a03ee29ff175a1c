// The in-memory DuplicateIndex as a stream (queryAndAdd of each article in file order) against comparing every
// article with all before it (the exact answer under the same per-article fingerprints), and the stream's time.
// usage: java -Xmx8g -cp target/copydesk-0.1.0-SNAPSHOT-all.jar StreamRecall.java FILE [ROUNDS [no-exact]]
import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.ShingleSet;
import io.copydesk.document.Article;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.engine.DedupConfig;
import io.copydesk.engine.DuplicateIndex;
import io.copydesk.fingerprint.Fingerprinter;
import io.copydesk.verify.Verifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

public class StreamRecall {
    public static void main(String[] args) throws Exception {
        List<Article> articles = new ArrayList<>();
        try (InputSet inputs = InputSet.of(List.of(args[0])); RecordStream s = inputs.open(ReadProblems.silent())) {
            for (ArticleRecord r; (r = s.next()) != null; ) articles.add(r.article());
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1, n = articles.size();
        boolean exact = args.length < 3;
        DedupConfig config = DedupConfig.DEFAULT;
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < n; i++) first.putIfAbsent(articles.get(i).id(), i);
        Set<Long> found = new HashSet<>();
        for (int r = 0; r < rounds; r++) {
            found.clear();
            DuplicateIndex index = new DuplicateIndex(config);
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) for (DuplicateIndex.Match m : index.queryAndAdd(articles.get(i))) found.add((long) i << 32 | first.get(m.id()));
            System.out.printf("stream: %.3f s%n", (System.nanoTime() - t0) / 1e9);
        }
        System.out.println("articles " + n + ", stream pairs " + found.size());
        if (!exact) return;
        Fingerprinter f = Fingerprinter.forDuplicates(config.analysis(), Boilerplate.perArticle(config.analysis().boilerplate()));
        ShingleSet[] sets = new ShingleSet[n];
        IntStream.range(0, n).parallel().forEach(i -> sets[i] = f.fingerprint(articles.get(i).repaired()).shingles());
        Verifier v = new Verifier(config.rule());
        Set<Long> all = ConcurrentHashMap.newKeySet();
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int j = 0; j < i; j++) if (v.verify(sets[i], sets[j]) != null) all.add((long) i << 32 | j);
        });
        int briefLater = 0, briefFirst = 0, extra = 0;
        for (long p : all) {
            if (found.contains(p)) continue;
            int i = (int) (p >>> 32), j = (int) p;
            if (sets[i].size() <= sets[j].size()) briefLater++;
            else briefFirst++;
        }
        for (long p : found) if (!all.contains(p)) extra++;
        System.out.println("pairs comparing all " + all.size() + ", stream " + found.size() + ", missed " + (briefLater + briefFirst)
                + " (the smaller after the larger " + briefLater + ", before it " + briefFirst + "), not in all " + extra);
    }
}
