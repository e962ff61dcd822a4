package dev.crosscheck.cli;

import dev.crosscheck.compare.ComparisonMechanism;
import dev.crosscheck.compare.Comparisons;
import dev.crosscheck.compare.Mechanisms;
import dev.crosscheck.nlp.NlpModels;
import dev.crosscheck.pipeline.ExampleRunner;
import dev.crosscheck.report.ClaimsWriter;
import dev.crosscheck.rules.PatternDefinition;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.RuleExample;
import dev.crosscheck.rules.RuleSet;
import dev.crosscheck.rules.YamlNode;
import dev.crosscheck.text.Prose;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck rules list|explain|validate|test}: what the rules in effect are (the built-in
 * rules with the rule folders and levels of the command line and {@value ProjectConfig#FILE_NAME}),
 * whether a rule folder loads, and whether its rules' examples behave as they say.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists, explains, validates and tests rules (the built-in ones and those of rule folders).",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Explain.class, RulesCommand.Validate.class,
            RulesCommand.TestRules.class})
final class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: list, explain ID, validate [DIR] or test [DIR]");
    }

    /**
     * What every {@code rules} subcommand shares: the rule options (with the settings file) and
     * the command line they were given on.
     */
    abstract static class RulesSubcommand implements Callable<Integer> {

        @Mixin
        RuleOptions options = new RuleOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** The rules in effect, levels applied, with {@code dir} (if any) laid on top. */
        RuleSet leveled(Path dir) {
            CommandLine cl = spec.commandLine();
            ProjectConfig project = options.projectConfig(cl);
            return options.withLevels(cl, project, options.folders(cl, project, dir == null ? List.of() : List.of(dir)));
        }

        /** As the files say, no levels (examples are written against the files' severities). */
        RuleSet asWritten(Path dir) {
            CommandLine cl = spec.commandLine();
            return options.folders(cl, options.projectConfig(cl), dir == null ? List.of() : List.of(dir));
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** {@code rules list}: one line per rule. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Lists the rules in effect: id, category, level and what each checks.")
    static final class ListRules extends RulesSubcommand {

        @Option(names = "--patterns", description = "Also list the token patterns (patterns/*.yaml) the extractors use.")
        boolean patterns;

        @Override
        public Integer call() {
            RuleSet rules = leveled(null);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "CATEGORY", "LEVEL", "CHECKS"});
            for (RuleDefinition r : rules.asReported()) {
                rows.add(new String[] {r.id(), r.category().label(), r.severity().label(),
                    summary(r.description().isBlank() ? r.message() : r.description())});
            }
            PrintWriter out = out();
            int[] width = new int[3];
            for (String[] row : rows) {
                for (int i = 0; i < width.length; i++) {
                    width[i] = Math.max(width[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                out.printf("%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s%n",
                        row[0], row[1], row[2], row[3]);
            }
            out.println(CheckCommand.plural(rules.rules().size(), "rule") + " from " + rules.origin() + ".");
            if (patterns) {
                out.println();
                out.println("PATTERN  FINDS");
                for (PatternDefinition p : rules.lexicon().patterns().values()) {
                    out.println(p.id() + "  " + summary(p.description()) + " (" + p.file() + ")");
                }
            }
            out.flush();
            return ExitCode.OK.code();
        }
    }

    /** {@code rules explain ID}: everything about one rule. */
    @Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Explains one rule: its file, what it compares, its parameters (with the values it sets "
                    + "and the defaults), its message and its examples.")
    static final class Explain extends RulesSubcommand {

        @Parameters(paramLabel = "ID", description = "The rule id (crosscheck rules list).")
        String id;

        @Override
        public Integer call() {
            CommandLine cl = spec.commandLine();
            RuleSet rules = leveled(null);
            RuleDefinition r = rules.asReported().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new CommandLine.ParameterException(cl, "unknown rule '" + id + "' (rules: "
                            + String.join(", ", rules.ids()) + ")"));
            ComparisonMechanism m = Mechanisms.of(r);
            PrintWriter out = out();
            out.println(r.id() + " (" + r.file() + ")");
            out.println("  category: " + r.category().label() + "; level: " + r.severity().label()
                    + (rules.levels().containsKey(r.id()) ? " (set by --rule or the settings file)" : ""));
            out.println("  compares: " + m.compares() + " [" + m.name() + "]");
            if (!r.description().isBlank()) {
                out.println("  description: " + Prose.flat(r.description()));
            }
            out.println("  message: " + Prose.flat(r.message()));
            out.println("  parameters:");
            m.selector().ifPresent(s -> out.println("    " + s.param() + ": " + s.value() + " (picks this mechanism)"));
            for (ComparisonMechanism.ParamSpec p : m.params()) {
                Optional<YamlNode> set = r.params().opt(p.name());
                out.println("    " + p.name() + ": " + set.map(RulesCommand::show).orElse(p.defaultValue())
                        + (set.isPresent() ? " (default " + p.defaultValue() + ")" : " (default)") + "  "
                        + p.description());
            }
            out.println("  examples:");
            for (RuleExample ex : r.examples()) {
                out.println("    " + (ex.mustTrigger() ? "triggers: " : "does not trigger: ")
                        + (ex.note().isBlank() ? "(no note)" : ex.note())
                        + ex.expect().map(e -> " -> " + e.severity().map(s -> s.label() + " ").orElse("")
                        + (e.values().isEmpty() ? "" : "\"" + e.values().get(0) + "\" / \"" + e.values().get(1) + "\""))
                        .orElse("") + " (line " + ex.line() + ")");
            }
            out.flush();
            return ExitCode.OK.code();
        }
    }

    /** {@code rules validate [DIR]}: loads the rules and builds every comparison, reporting the first problem. */
    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Loads the rules in effect (with DIR laid over them, as --rules DIR would) and checks every "
                    + "rule file, lexicon file, parameter and message. Exits 0 when they are valid, 2 with "
                    + "file:line: message at the first problem."})
    static final class Validate extends RulesSubcommand {

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "A rule folder to validate on top of the rules.")
        Path dir;

        @Override
        public Integer call() {
            RuleSet rules = leveled(dir);
            Comparisons.of(rules);
            out().println("valid: " + CheckCommand.plural(rules.rules().size(), "rule") + " from " + rules.origin() + ".");
            out().flush();
            return ExitCode.OK.code();
        }
    }

    /** {@code rules test [DIR]}: runs the rules' examples. */
    @Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Runs the examples of the rules and token patterns (of DIR's only, when DIR is given, laid "
                    + "over the others as --rules DIR would): each trigger example must produce a warning or error of "
                    + "its rule (the one it expects, when it says), each no-trigger example none; each pattern "
                    + "example must match (with its captures) or not. A failing example "
                    + "is shown with what was found and the claims extracted from it. Exits 0 when every "
                    + "example passes, 1 when one fails, 2 when the rules do not load."})
    static final class TestRules extends RulesSubcommand {

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "A rule folder whose examples are run.")
        Path dir;

        @Option(names = {"-v", "--verbose"}, description = "List every example with the rule's findings on it, not only "
                + "those that fail.")
        boolean verbose;

        @Override
        public Integer call() {
            RuleSet rules = asWritten(dir);
            Comparisons.of(rules);
            String prefix = dir == null ? null : dir + "/";
            ExampleRunner runner = new ExampleRunner(rules, NlpModels.load(), 1);
            PrintWriter out = out();
            List<ExampleRunner.Outcome> outcomes = runner.run(r -> prefix == null || r.file().startsWith(prefix));
            int failed = 0;
            for (ExampleRunner.Outcome o : outcomes) {
                List<String> details = new ArrayList<>(List.of("claims extracted:"));
                for (String line : claims(o).split("\n")) {
                    details.add("  " + line);
                }
                failed += show(out, o.rule().id() + " " + (o.example().mustTrigger() ? "triggers" : "does not trigger")
                        + ": " + o.example().note(), o.rule().file(), o.example().line(),
                        o.findings().isEmpty() ? "" : ExampleRunner.describe(o.findings()), o.problem(), details);
            }
            List<ExampleRunner.PatternOutcome> patterns = runner.runPatterns(
                    p -> prefix == null || p.file().startsWith(prefix));
            int patternsFailed = 0;
            for (ExampleRunner.PatternOutcome o : patterns) {
                patternsFailed += show(out, "pattern " + o.pattern().id() + (o.example().mustMatch() ? " matches: "
                        : " does not match: ") + "\"" + o.example().text() + "\"", o.pattern().file(),
                        o.example().line(), o.found().isEmpty() ? "" : o.found().toString(), o.problem(), List.of());
            }
            out.println(tally(outcomes.size(), failed, outcomes.stream().map(o -> o.rule().id()), "rule"));
            if (!patterns.isEmpty()) {
                out.println(tally(patterns.size(), patternsFailed, patterns.stream().map(o -> o.pattern().id()),
                        "pattern"));
            }
            out.flush();
            if (outcomes.isEmpty() && patterns.isEmpty() && dir != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        dir + ": no rule or pattern of this folder has examples");
            }
            return failed + patternsFailed == 0 ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
        }

        /**
         * One example's line: with {@code -v} "ok  WHAT (FILE:LINE) -> FOUND" when it passed; else
         * "FAIL ..." with the problem and {@code details}. Returns 1 when it failed.
         */
        private int show(PrintWriter out, String what, String file, int line, String found, Optional<String> problem,
                         List<String> details) {
            String where = what + " (" + file + ":" + line + ")";
            if (problem.isEmpty()) {
                if (verbose) {
                    out.println("ok    " + where + (found.isEmpty() ? "" : " -> " + found));
                }
                return 0;
            }
            out.println("FAIL  " + where);
            out.println("      " + problem.get());
            for (String d : details) {
                out.println("      " + d);
            }
            return 1;
        }

        /** "5 examples of 2 rules: 4 passed, 1 failed." */
        private static String tally(int examples, int failed, java.util.stream.Stream<String> ids, String noun) {
            return CheckCommand.plural(examples, "example") + " of " + CheckCommand.plural(ids.distinct().count(), noun)
                    + ": " + (examples - failed) + " passed, " + failed + " failed.";
        }

        private static String claims(ExampleRunner.Outcome o) {
            StringWriter w = new StringWriter();
            try {
                ClaimsWriter.write(w, o.corpus());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return w.toString().strip();
        }
    }

    /** A description's first sentence without its full stop, at most about 100 characters. */
    private static String summary(String description) {
        String first = Prose.firstSentence(description);
        if (first.endsWith(".")) {
            first = first.substring(0, first.length() - 1);
        }
        if (first.length() <= 100) {
            return first;
        }
        int cut = first.lastIndexOf(' ', 97);
        return first.substring(0, cut > 0 ? cut : 97) + "...";
    }

    private static String show(YamlNode n) {
        if (n.isScalar()) {
            return n.asString();
        }
        if (n.isList()) {
            return "[" + String.join(", ", n.asList().stream().map(RulesCommand::show).toList()) + "]";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : n.asMap().entrySet()) {
            parts.add(e.getKey() + ": " + show(e.getValue()));
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
