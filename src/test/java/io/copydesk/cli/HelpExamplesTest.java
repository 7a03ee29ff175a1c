package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The examples in every command's --help: printed whole (copy-paste works), and those on corpus/ run. */
class HelpExamplesTest {
    /** Options whose value is a file copydesk writes: redirected into a temporary folder when an example runs. */
    static final Set<String> WRITES = Set.of("--out", "--write-unique", "--annotate", "--truth-pairs");

    @TempDir Path dir;

    static List<CommandLine> commands() {
        List<CommandLine> out = new ArrayList<>();
        collect(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), out);
        return out;
    }

    private static void collect(CommandLine cl, List<CommandLine> out) {
        out.add(cl);
        for (CommandLine sub : cl.getSubcommands().values()) collect(sub, out);
    }

    /** Each example of a command's footer, continuation lines (ending in a backslash) joined. */
    static List<String> examples(CommandLine cl) {
        String footer = String.format(String.join("", cl.getCommandSpec().usageMessage().footer()));
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : footer.lines().toList()) {
            String t = line.strip();
            if (current != null) {
                current.append(' ').append(t.replaceFirst("\\\\$", "").strip());
                if (!t.endsWith("\\")) { out.add(current.toString()); current = null; }
            } else if (t.startsWith("copydesk ")) {
                if (t.endsWith("\\")) current = new StringBuilder(t.substring(0, t.length() - 1).strip());
                else out.add(t);
            }
        }
        return out;
    }

    @Test
    void everyExampleLineIsPrintedWhole() {
        for (CommandLine cl : commands()) {
            String help = cl.getUsageMessage();
            String footer = String.format(String.join("", cl.getCommandSpec().usageMessage().footer()));
            for (String line : footer.lines().toList()) {
                if (!line.strip().startsWith("copydesk ") && !line.startsWith("      ")) continue;
                assertTrue(line.length() <= 79, cl.getCommandName() + ": example line longer than 79 columns: " + line);
                assertTrue(help.lines().anyMatch(l -> l.stripTrailing().equals(line.stripTrailing())),
                        cl.getCommandName() + ": example wrapped in --help: " + line + "\n" + help);
            }
        }
    }

    @Test
    void examplesOnTheCorpusRun() throws Exception {
        int ran = 0;
        for (CommandLine cl : commands()) {
            for (String example : examples(cl)) {
                List<String> args = new ArrayList<>(Arrays.asList(example.split("\\s+")));
                args.removeFirst(); // "copydesk"
                if (!args.contains("corpus") && !args.contains("corpus/corpus.jsonl")) continue;
                for (int i = 0; i + 1 < args.size(); i++) {
                    if (WRITES.contains(args.get(i))) args.set(i + 1, dir.resolve("out-" + ran + "-" + Path.of(args.get(i + 1)).getFileName()).toString());
                }
                StringWriter out = new StringWriter(), err = new StringWriter();
                int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args.toArray(String[]::new));
                assertEquals(0, code, example + "\n" + err);
                String prefix = "out-" + ran + "-";
                boolean wrote;
                try (var files = Files.list(dir)) {
                    wrote = files.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
                }
                assertTrue(!out.toString().isBlank() || wrote, "the example prints or writes something: " + example);
                ran++;
            }
        }
        assertTrue(ran >= 6, "examples on corpus/ ran: " + ran);
    }

    @Test
    void manPageListsEveryCommandAndOption() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute("man"));
        String page = out.toString();
        assertTrue(page.startsWith(".TH COPYDESK 1"), page.lines().findFirst().orElse(""));
        for (CommandLine cl : commands()) {
            String name = cl.getCommandSpec().qualifiedName();
            if (name.endsWith(" help") || name.endsWith(" man")) continue;
            if (!name.equals("copydesk")) assertTrue(page.contains(".SS " + ManPage.escape(name)), name);
            for (var o : cl.getCommandSpec().options()) {
                if (!o.hidden()) assertTrue(page.contains(ManPage.escape(o.longestName())), name + " " + o.longestName());
            }
        }
        assertTrue(page.contains("COPYDESK_JAVA_OPTS"));
        assertFalse(page.lines().anyMatch(l -> l.startsWith(".") && l.length() > 1 && !l.matches("\\.(TH|SH|SS|TP|PP|B|I|nf|fi)( .*)?")),
                "only the man macros used here start a line with a dot");
    }
}
