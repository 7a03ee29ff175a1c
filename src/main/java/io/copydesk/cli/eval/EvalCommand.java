package io.copydesk.cli.eval;

import io.copydesk.cli.ExitCode;
import io.copydesk.cli.UserException;
import io.copydesk.eval.Clustering;
import io.copydesk.eval.EvalDataException;
import io.copydesk.eval.EvalFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** {@code copydesk eval}: scores copydesk's (or any system's) output against gold labels. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Scores story clusters, related-story rankings or duplicate pairs against gold data.",
        subcommands = {EvalRunCommand.class, EvalSweepCommand.class, EvalClustersCommand.class, EvalRelatedCommand.class, EvalPairsCommand.class},
        footer = "%nExamples:%n  ./copydesk eval run corpus/corpus.jsonl%n  ./copydesk eval clusters --gold gold.jsonl --pred clusters.jsonl%n" + ExitCode.HELP)
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (clusters, related, pairs)");
    }

    /**
     * Warns on {@code err} when {@code gold}, read from {@code field} of {@code name}, has no label at all: every
     * item is then a gold cluster of its own, and the scores against it measure nothing (0/0 ones are null).
     */
    static void warnUnlabelled(java.io.PrintWriter err, String name, String field, Clustering gold, String scores) {
        if (gold.size() > 0 && gold.labelledItems() == 0) {
            err.println("copydesk: " + name + " has no \"" + field + "\" labels: every article is its own gold cluster, so the "
                    + scores + " scores measure nothing");
        }
    }

    /** Reads gold labels; a gold file without items is bad data, since nothing could be scored. */
    static Clustering readGold(Path file) {
        Clustering gold = read(file, EvalFiles::readGold);
        if (gold.size() == 0) throw new UserException(ExitCode.DATA, file + ": no items to evaluate");
        if (gold.labelledItems() == 0) {
            throw new UserException(ExitCode.DATA, file + ": no \"cluster\" labels: every item would be a gold cluster of its own, "
                    + "which leaves nothing to score against");
        }
        return gold;
    }

    /** What reads one evaluation input file. */
    interface FileReader<T> {
        T read(Path file) throws IOException;
    }

    /**
     * Gold labels from each of {@code fields} of input 0 of {@code inputs} (a file, .gz, or - for stdin), in one read,
     * the records' ids read as the articles' ids are.
     */
    static List<io.copydesk.eval.Clustering> readGold(io.copydesk.document.InputSet inputs, String name, List<String> fields,
                                                      io.copydesk.document.RecordFields articleFields) {
        try {
            return EvalFiles.readGold(inputs, 0, fields, articleFields);
        } catch (io.copydesk.document.BadInputException e) {
            throw new UserException(e.isIo() ? ExitCode.IO : ExitCode.DATA, e.getMessage());
        } catch (IOException e) {
            throw new UserException(ExitCode.IO, "cannot read " + name + ": " + io.copydesk.internal.io.IoErrors.reason(e));
        } catch (EvalDataException e) {
            throw new UserException(ExitCode.DATA, e.getMessage());
        }
    }

    /** Reads an input, turning an unreadable file into exit code IO and a bad line into DATA. */
    static <T> T read(Path file, FileReader<T> reader) {
        try {
            return reader.read(file);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCode.IO, "cannot read " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UserException(ExitCode.IO, "cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new UserException(ExitCode.IO, "cannot read " + file + ": " + io.copydesk.internal.io.IoErrors.reason(e));
        } catch (EvalDataException e) {
            throw new UserException(ExitCode.DATA, e.getMessage());
        }
    }
}
