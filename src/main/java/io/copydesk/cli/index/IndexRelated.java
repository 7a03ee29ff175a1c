package io.copydesk.cli.index;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.cli.ExitCode;
import io.copydesk.cli.UserException;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.options.TfIdfOptions;
import io.copydesk.engine.DedupResult;
import io.copydesk.engine.NearDuplicates;
import io.copydesk.engine.Progress;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedStories;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexException;
import io.copydesk.index.IndexSnapshot;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code related --index} and {@code cluster --index}: the in-memory related-story model of the
 * articles of an index, built from their stored shingle sets and term counts (no texts needed),
 * with the index's settings; options may only repeat them.
 */
public final class IndexRelated {
    private IndexRelated() {}

    /** The related model of an index's articles, with their shingle sets. */
    public record Loaded(RelatedStories related, List<ShingleSet> shingleSets) {}

    public static RelatedStories load(CommandLine cl, InputOptions input, TfIdfOptions tfidf, double minScore) {
        return loadWithShingles(cl, input, tfidf, minScore).related();
    }

    public static Loaded loadWithShingles(CommandLine cl, InputOptions input, TfIdfOptions tfidf, double minScore) {
        if (input.inputs.size() != 1) {
            throw new CommandLine.ParameterException(cl, "--index takes one INPUT, the index folder; got " + input.inputs.size());
        }
        RelatedConfig asked = tfidf.config(cl, input, minScore);
        Path dir = Path.of(input.inputs.getFirst());
        Progress progress = input.progress(cl.getErr());
        try (ArticleIndex ix = IndexCommand.openForReading(dir, IndexCommand.settings(cl, input, tfidf))) {
            RelatedConfig config = ix.settings().relatedConfig(asked.time(), minScore, asked.threads());
            IndexSnapshot snapshot = IndexSnapshot.load(ix, true, progress);
            if (snapshot.articles().isEmpty()) throw new UserException(ExitCode.DATA, "no article in the index " + dir);
            DedupResult dedup = new NearDuplicates(config.dedup()).find(snapshot.articles(), snapshot.shingleSets(), progress);
            return new Loaded(RelatedStories.fromCounts(snapshot.articles(), config, dedup, snapshot.vocabulary(), snapshot.termCounts(), progress),
                    snapshot.shingleSets());
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        }
    }
}
