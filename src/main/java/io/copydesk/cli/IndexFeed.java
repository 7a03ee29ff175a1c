package io.copydesk.cli;

import io.copydesk.document.Article;
import io.copydesk.document.ArticleRecord;
import io.copydesk.document.BadInputException;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordStream;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexException;
import io.copydesk.index.IndexWriter;
import io.copydesk.internal.Progress;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;

/**
 * Streams the inputs into an index in batches, one transaction each: what {@code index add} and
 * {@code index query --add} share. A repeated id within one run is reported and skipped (the
 * first one wins, as in {@code dedup}); across runs, re-adding is idempotent by id.
 */
final class IndexFeed {
    /** What a run did. */
    record Totals(long added, long replaced, long unchanged, long seconds100) {
        long articles() {
            return added + replaced + unchanged;
        }
    }

    private IndexFeed() {}

    static Totals run(CommandLine cl, InputOptions input, ArticleIndex index, int batchSize, IndexWriter.BeforeInsert before) {
        PrintWriter err = cl.getErr();
        ReadProblems problems = new ReadProblems(err, input.strict);
        Progress progress = input.progress(err);
        Set<String> seen = new HashSet<>();
        long start = System.nanoTime();
        long added = 0, replaced = 0, unchanged = 0;
        try (InputSet inputs = input.open(cl);
             RecordStream stream = inputs.open(problems);
             IndexWriter writer = new IndexWriter(index, input.threads(cl), Clock.systemUTC())) {
            progress.start("indexing", -1);
            List<Article> batch = new ArrayList<>(batchSize);
            for (ArticleRecord r; ; ) {
                r = stream.next();
                if (r != null) {
                    if (!seen.add(r.article().id())) {
                        problems.skip(r.location(), "repeated id " + r.article().id() + " (the first one is indexed)");
                        continue;
                    }
                    batch.add(r.article());
                }
                if (batch.size() == batchSize || (r == null && !batch.isEmpty())) {
                    IndexWriter.BatchResult b = writer.add(batch, before);
                    added += b.added();
                    replaced += b.replaced();
                    unchanged += b.unchanged();
                    progress.advance(batch.size());
                    batch = new ArrayList<>(batchSize);
                }
                if (r == null) break;
            }
        } catch (BadInputException e) {
            throw new UserException(e.isIo() ? ExitCode.IO : ExitCode.DATA, e.getMessage());
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        } finally {
            progress.finish();
        }
        if (problems.summary() != null) err.println("copydesk: " + problems.summary());
        if (seen.isEmpty()) throw new UserException(ExitCode.DATA, "no usable article in " + String.join(", ", input.inputs));
        return new Totals(added, replaced, unchanged, (System.nanoTime() - start) / 10_000_000);
    }

    static String summary(Totals t) {
        double s = Math.max(0.01, t.seconds100() / 100.0);
        return String.format(Locale.ROOT, "%,d articles (%,d added, %,d replaced, %,d unchanged) in %.1f s, %,.0f articles/s",
                t.articles(), t.added(), t.replaced(), t.unchanged(), s, t.articles() / s);
    }
}
