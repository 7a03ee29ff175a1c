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
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code copydesk index expire}: removes old articles. */
@Command(name = "expire", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Removes the articles dated before now minus AGE; undated articles go by the time they were added. "
                + "Commits every 1,000 removals."},
        footer = {"%nAGE: a number and a unit, s m h d w (e.g. 30d, 12h, 2w), or ISO-8601 (P30D, PT12H).",
            "%nExample:%n  ./copydesk index add --index news.idx corpus && \\%n      ./copydesk index expire --index news.idx --older-than 30d", ExitCode.HELP})
public final class IndexExpireCommand implements Callable<Integer> {
    private static final Pattern AGE = Pattern.compile("(\\d{1,9})([smhdw])");

    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin IndexCommand.Location index;

    @Option(names = "--older-than", required = true, paramLabel = "AGE", description = "Age beyond which articles are removed, e.g. 30d.")
    String olderThan;

    @Option(names = "--now", hidden = true, paramLabel = "INSTANT", description = "Pretend it is this instant (tests).")
    Instant now;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        Duration age = parseAge(cl, olderThan);
        Instant cutoff = (now == null ? Instant.now() : now).minus(age);
        long removed;
        try (ArticleIndex ix = IndexCommand.openForWriting(index.dir, ArticleIndex.SettingsChoice.storedOr(null), false);
             IndexWriter writer = new IndexWriter(ix, 1, Clock.systemUTC())) {
            removed = writer.expire(cutoff, 1000);
        } catch (IndexException e) {
            throw IndexCommand.userError(e);
        }
        if (!quiet) cl.getErr().println(String.format(Locale.ROOT, "copydesk: removed %s older than %s", Terminal.count(removed, "article"), cutoff));
        return ExitCode.OK;
    }

    static Duration parseAge(CommandLine cl, String s) {
        Matcher m = AGE.matcher(s.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        }
        try {
            Duration d = Duration.parse(s.strip());
            if (!d.isNegative()) return d;
        } catch (DateTimeParseException e) {
            // fall through to the message
        }
        throw new CommandLine.ParameterException(cl, "--older-than must be a number and a unit (s, m, h, d, w; e.g. 30d) or an ISO-8601 duration (P30D), was '" + s + "'");
    }
}
