package io.copydesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code copydesk man}: the manual page (troff, section 1) written from the command-line model
 * itself, so it lists exactly the commands, options, defaults and examples of {@code --help}.
 */
@Command(name = "man", mixinStandardHelpOptions = true,
        description = "Prints copydesk's manual page (troff) built from the same model as --help.",
        footer = {"%nExample:%n  ./copydesk man > copydesk.1 && man -l copydesk.1", ExitCode.HELP})
public final class ManPage implements Callable<Integer> {
    @CommandLine.Spec CommandSpec spec;

    @Override
    public Integer call() {
        write(spec.root(), spec.commandLine().getOut());
        return ExitCode.OK;
    }

    static void write(CommandSpec root, PrintWriter out) {
        out.println(".TH COPYDESK 1 \"\" \"" + escape(String.join(" ", root.version())) + "\" \"User Commands\"");
        out.println(".SH NAME");
        out.println("copydesk \\- " + escape(String.join(" ", root.usageMessage().description())));
        out.println(".SH SYNOPSIS");
        out.println(".B copydesk");
        out.println("\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIINPUT\\fR...]");
        out.println(".SH COMMANDS");
        for (CommandSpec c : commands(root)) {
            if (c.name().equals("help") || c.name().equals("man") || c.usageMessage().hidden()) continue;
            section(c, out);
        }
        out.println(".SH ENVIRONMENT");
        out.println(".TP\n.B COPYDESK_JAVA_OPTS");
        out.println("Options passed to Java by the copydesk launcher, e.g. \\fB\\-Xmx8g\\fR for an 8 GB heap.");
        out.println(".SH EXIT STATUS");
        for (String line : String.format(ExitCode.HELP).lines().toList()) {
            if (line.matches("\\s+\\d\\s+.*")) out.println(".TP\n.B " + line.strip().charAt(0) + "\n" + escape(line.strip().substring(1).strip()));
        }
    }

    private static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> out = new java.util.ArrayList<>();
        for (CommandLine sub : root.subcommands().values()) {
            if (out.contains(sub.getCommandSpec())) continue; // aliases
            out.add(sub.getCommandSpec());
            out.addAll(commands(sub.getCommandSpec()));
        }
        return out;
    }

    private static void section(CommandSpec c, PrintWriter out) {
        out.println(".SS " + escape(c.qualifiedName()));
        for (String d : c.usageMessage().description()) out.println(escape(String.format(Locale.ROOT, d)) + "\n.PP");
        for (PositionalParamSpec p : c.positionalParameters()) {
            out.println(".TP\n.I " + escape(p.paramLabel()) + (p.arity().max() > 1 ? "..." : ""));
            out.println(escape(String.join(" ", p.description())));
        }
        for (OptionSpec o : c.options()) {
            if (o.hidden()) continue;
            String label = o.typeInfo().isBoolean() ? "" : " \\fI" + escape(o.paramLabel()) + "\\fR";
            out.println(".TP\n\\fB" + escape(String.join(", ", o.names())) + "\\fR" + label);
            out.println(escape(String.join(" ", o.description()).replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()))));
        }
        String footer = String.format(String.join("", c.usageMessage().footer()));
        List<String> examples = footer.lines().filter(l -> l.strip().startsWith("./copydesk ") || l.startsWith("      ") || l.startsWith("  # ")).toList();
        if (!examples.isEmpty()) {
            out.println(".PP\nExamples:\n.PP\n.nf");
            for (String e : examples) out.println(escape(e));
            out.println(".fi");
        }
    }

    /** Text safe in troff: backslashes and hyphens escaped, no line starting with a control character. */
    static String escape(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
