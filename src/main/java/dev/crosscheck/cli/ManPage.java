package dev.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.Map;

/**
 * A troff man page (section 1) of crosscheck and its check command, made from picocli's model;
 * {@code baseline create} shares check's run options and is described in one paragraph.
 */
final class ManPage {

    private ManPage() {
    }

    static String render(CommandLine root) {
        CommandSpec top = root.getCommandSpec();
        CommandSpec check = root.getSubcommands().get("check").getCommandSpec();
        StringBuilder sb = new StringBuilder();
        // the first line only ("crosscheck 0.1.0"); commit and rule digest are --version's
        String[] lines = top.version();
        String version = (lines.length == 0 ? "" : lines[0]).replace("crosscheck ", "");
        sb.append(".TH CROSSCHECK 1 \"\" \"crosscheck ").append(esc(version)).append("\" \"User Commands\"\n");
        sb.append(".SH NAME\ncrosscheck \\- ").append(esc(String.join(" ", top.usageMessage().description())))
                .append('\n');
        sb.append(".SH SYNOPSIS\n.B crosscheck check\n[\\fIOPTIONS\\fR] \\fIPATH\\fR...\n.br\n")
                .append(".B crosscheck baseline create\n[\\fIOPTIONS\\fR] \\fIPATH\\fR...\n.br\n")
                .append(".B crosscheck generate-completion\n.br\n.B crosscheck generate-man\n");
        sb.append(".SH DESCRIPTION\n").append(esc(String.join(" ", check.usageMessage().description()))).append('\n');
        for (PositionalParamSpec p : check.positionalParameters()) {
            sb.append(".TP\n.I ").append(esc(p.paramLabel())).append('\n')
                    .append(esc(String.join(" ", p.description()))).append('\n');
        }
        CommandLine baseline = root.getSubcommands().get("baseline");
        if (baseline != null && baseline.getSubcommands().containsKey("create")) {
            CommandSpec create = baseline.getSubcommands().get("create").getCommandSpec();
            sb.append(".PP\n.B crosscheck baseline create\n")
                    .append(esc(String.join(" ", create.usageMessage().description()))).append('\n');
        }
        sb.append(".SH OPTIONS\n");
        for (OptionSpec o : check.options()) {
            if (o.hidden()) {
                continue;
            }
            sb.append(".TP\n.B ").append(esc(String.join(", ", o.names())));
            if (o.arity().max() > 0) {
                sb.append(" \\fI").append(esc(o.paramLabel())).append("\\fR");
            }
            sb.append('\n').append(esc(description(o))).append('\n');
        }
        sb.append(".SH EXIT STATUS\n");
        for (Map.Entry<String, String> e : ExitCode.helpList().entrySet()) {
            sb.append(".TP\n.B ").append(e.getKey().strip()).append('\n').append(esc(e.getValue())).append('\n');
        }
        sb.append(".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nWhen set, the summary is never coloured.\n")
                .append(".TP\n.B CI\nWhen set, no progress bar is drawn.\n")
                .append(".TP\n.B CROSSCHECK_JAVA_OPTS\nExtra JVM options for the launcher, e.g. -Xmx4g.\n")
                .append(".TP\n.B CROSSCHECK_DEBUG\nWhen set, internal errors print their stack traces.\n");
        sb.append(".SH EXAMPLES\n");
        for (String line : check.usageMessage().footer()) {
            sb.append(".nf\n").append(esc(line.strip())).append("\n.fi\n");
        }
        sb.append(".SH SEE ALSO\nThe README and rules/README.md of the crosscheck sources.\n");
        return sb.toString();
    }

    private static String description(OptionSpec o) {
        String d = String.join(" ", o.description());
        String dflt = o.defaultValueString();
        d = d.replace("${DEFAULT-VALUE}", dflt == null ? "" : dflt);
        if (o.completionCandidates() != null) {
            d = d.replace("${COMPLETION-CANDIDATES}", String.join(", ", o.completionCandidates()));
        }
        return d;
    }

    /** Escapes troff: backslashes, and a leading dot or quote on a line. */
    static String esc(String s) {
        String out = s.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder sb = new StringBuilder();
        for (String line : out.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
        }
        return sb.toString();
    }
}
