package dev.crosscheck.cli;

import dev.crosscheck.finding.Severity;
import dev.crosscheck.rules.ParsedRuleCache;
import dev.crosscheck.rules.RuleFileException;
import dev.crosscheck.rules.RuleFolder;
import dev.crosscheck.rules.RuleLevel;
import dev.crosscheck.rules.RuleLoader;
import dev.crosscheck.rules.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which rules run: the built-in rules, the rule folders laid over them, the levels set per rule,
 * from the command line and the project's {@value ProjectConfig#FILE_NAME}. Precedence, lowest
 * first: built-in rules, the settings file's {@code rules} folders, {@code --rules} folders (a
 * later rule with the same id replaces an earlier one); the file's {@code rule} levels, then
 * {@code --rule}.
 */
final class RuleOptions {

    /** System property the launcher sets to its source tree's rules/, used as the built-in rules. */
    static final String LAUNCHER_RULES = "crosscheck.rules";

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule folder (rule files *.yaml, optionally lexicon/*.yaml) laid over the built-in rules: "
                    + "its rules are added, a rule with a built-in rule's id replaces it, its lexicon files are "
                    + "merged key by key. Repeatable; later folders win.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-builtin-rules",
            description = "Do not start from the built-in rules: the --rules folders are the whole rule set "
                    + "(the first must then hold every lexicon file).")
    boolean noBuiltinRules;

    @Option(names = "--rule", paramLabel = "ID=LEVEL",
            description = "Set a rule's level: off (the rule does not run), info, warning or error (its main "
                    + "findings are reported at LEVEL; lesser ones are lowered to it if above). Repeatable; "
                    + "an unknown rule id is a usage error. 'crosscheck rules list' shows the ids.")
    Map<String, String> levels = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Project settings file to read instead of the nearest " + ProjectConfig.FILE_NAME
                    + " in the working directory or its parents.")
    Path config;

    @Option(names = "--no-config", description = "Read no " + ProjectConfig.FILE_NAME + ".")
    boolean noConfig;

    /** The settings file in effect ({@code --config}, else the nearest one, else none). */
    ProjectConfig projectConfig(CommandLine cl) {
        if (noConfig) {
            if (config != null) {
                throw new CommandLine.ParameterException(cl, "--config and --no-config cannot be used together");
            }
            return ProjectConfig.NONE;
        }
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new CommandLine.ParameterException(cl, "--config " + config + ": no such file");
            }
            return ProjectConfig.read(config);
        }
        return ProjectConfig.find(Path.of("")).map(ProjectConfig::read).orElse(ProjectConfig.NONE);
    }

    /**
     * Loads the rule set these options and {@code project} describe.
     *
     * @throws CommandLine.ParameterException for an unknown rule id or level on the command line
     * @throws RuleFileException              for a problem in a rule file or the settings file
     */
    RuleSet load(CommandLine cl, ProjectConfig project) {
        return withLevels(cl, project, folders(cl, project, List.of()));
    }

    /**
     * The rule folders' rules as their files say, with {@code extra} folders laid on top, no levels
     * applied ({@code rules test} runs examples against the files' severities).
     */
    RuleSet folders(CommandLine cl, ProjectConfig project, List<Path> extra) {
        List<RuleFolder> folders = new ArrayList<>();
        if (!noBuiltinRules && project.builtinRules()) {
            folders.add(builtInFolder());
        }
        folders.addAll(project.folders());
        List<Path> all = new ArrayList<>(rules);
        all.addAll(extra);
        for (Path p : all) {
            folders.add(RuleFolder.of(p, p.toString()));
        }
        if (folders.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "without the built-in rules, give at least one --rules DIR");
        }
        return RuleLoader.layered(folders, ParsedRuleCache.fromSystemProperty());
    }

    /** {@code set} with the settings file's levels, then the command line's. */
    RuleSet withLevels(CommandLine cl, ProjectConfig project, RuleSet set) {
        Map<String, Optional<Severity>> wanted = new LinkedHashMap<>();
        project.levels().forEach((id, level) -> {
            if (set.rule(id) == null) {
                throw level.at().error("unknown rule '" + id + "' (rules: " + String.join(", ", set.ids()) + ")");
            }
            wanted.put(id, level.severity());
        });
        levels.forEach((id, text) -> {
            if (set.rule(id) == null) {
                throw new CommandLine.ParameterException(cl, "--rule " + id + "=" + text + ": unknown rule '" + id
                        + "' (rules: " + String.join(", ", set.ids()) + ")");
            }
            wanted.put(id, RuleLevel.parse(text).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "--rule " + id + "=" + text + ": level must be off, info, warning or error")).severity());
        });
        return set.withLevels(wanted);
    }

    /** The bottom layer: the launcher's source tree's rules when it names them, else the jar's. */
    static RuleFolder builtInFolder() {
        String tree = System.getProperty(LAUNCHER_RULES);
        if (tree != null && !tree.isEmpty() && Files.isDirectory(Path.of(tree, "lexicon"))) {
            return RuleFolder.of(Path.of(tree), tree);
        }
        return RuleFolder.BUILT_IN;
    }
}
