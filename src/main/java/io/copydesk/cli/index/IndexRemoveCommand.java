package io.copydesk.cli.index;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.index.ArticleIndex;
import io.copydesk.index.IndexException;
import io.copydesk.index.IndexWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code copydesk index remove}: removes articles by id. */
@Command(name = "remove", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Removes the articles with the given ids from the index, in one transaction, and takes their lines "
                + "out of the boilerplate counts.",
            "An id that is not in the index is reported; the others are still removed, and the exit code is then 4."},
        footer = {"%nExample:%n  ./copydesk index add --index news.idx corpus && \\%n      ./copydesk index remove --index news.idx \\%n      --id harbourcourier/rennick-ferry-strike", ExitCode.HELP})
public final class IndexRemoveCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin IndexCommand.Location index;

    @Option(names = "--id", required = true, arity = "1..*", paramLabel = "ID", description = "Id of an article to remove (repeatable).")
    List<String> ids;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr (missing ids are still reported).")
    boolean quiet;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        List<String> distinct = ids.stream().distinct().toList();
        List<String> missing;
        try (ArticleIndex ix = IndexCommand.openForWriting(index.dir, ArticleIndex.SettingsChoice.storedOr(null), false);
             IndexWriter writer = new IndexWriter(ix, 1, Clock.systemUTC())) {
            missing = writer.remove(distinct);
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        }
        for (String id : missing) cl.getErr().println("copydesk: no article with id " + id + " in " + index.dir);
        if (!quiet) cl.getErr().println("copydesk: removed " + Terminal.count(distinct.size() - missing.size(), "article"));
        return missing.isEmpty() ? ExitCode.OK : ExitCode.DATA;
    }
}
