package dev.crosscheck.cli;

import dev.crosscheck.finding.Severity;
import dev.crosscheck.rules.RuleFileException;
import dev.crosscheck.rules.RuleFolder;
import dev.crosscheck.rules.RuleLevel;
import dev.crosscheck.rules.RuleLoader;
import dev.crosscheck.rules.YamlNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's settings file, {@value #FILE_NAME}, found in the working directory or the nearest
 * parent that has one. It holds what the command line can say about rules and the gate; the
 * command line wins where both speak:
 * <pre>
 * rules: [newsroom-rules]     # --rules DIR (relative to this file), added after the built-in rules
 * builtin-rules: false        # --no-builtin-rules
 * rule:                       # --rule ID=LEVEL
 *   name-style-variant: off
 * fail-on: warning            # --fail-on
 * </pre>
 *
 * @param file         the file read; empty when there is none
 * @param folders      rule folders, resolved against the file's folder
 * @param builtinRules whether the built-in rules are the bottom layer
 * @param levels       rule id → level (empty: off), with the node each came from for errors
 * @param failOn       the gate's threshold, when set
 */
record ProjectConfig(Optional<Path> file, List<RuleFolder> folders, boolean builtinRules,
                     Map<String, Level> levels, Optional<FailOn> failOn) {

    /** The settings file's name. */
    static final String FILE_NAME = ".crosscheck.yaml";

    /** No settings file. */
    static final ProjectConfig NONE = new ProjectConfig(Optional.empty(), List.of(), true, Map.of(), Optional.empty());

    /** A level from the file and where it was written. */
    record Level(Optional<Severity> severity, YamlNode at) {
    }

    /** The nearest {@value #FILE_NAME} at or above {@code start}, if any. */
    static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a settings file.
     *
     * @throws RuleFileException naming the file and line of the first problem
     */
    static ProjectConfig read(Path file) {
        YamlNode root = RuleLoader.readYaml(file, file.toString());
        if (!root.isMap()) {
            throw root.error("a settings file is a mapping (keys: rules, builtin-rules, rule, fail-on)");
        }
        root.requireOnlyKeys("rules", "builtin-rules", "rule", "fail-on");
        Path base = file.toAbsolutePath().getParent();
        List<RuleFolder> folders = new ArrayList<>();
        for (YamlNode n : root.opt("rules").map(YamlNode::asList).orElse(List.of())) {
            String written = n.asString();
            Path dir = base.resolve(written).normalize();
            if (!Files.isDirectory(dir)) {
                throw n.error("rule folder '" + written + "' is not a directory (" + dir + ")");
            }
            folders.add(RuleFolder.of(dir, relativeLabel(dir)));
        }
        Map<String, Level> levels = new LinkedHashMap<>();
        root.opt("rule").ifPresent(r -> {
            if (!r.isMap()) {
                throw r.error("rule is a mapping of rule id to off, info, warning or error");
            }
            r.asMap().forEach((id, value) -> levels.put(id, new Level(RuleLevel.parse(value.asString())
                    .orElseThrow(() -> value.error("level must be off, info, warning or error, got '"
                            + value.asString() + "'")).severity(), value)));
        });
        Optional<FailOn> failOn = root.opt("fail-on").map(n -> {
            try {
                return new CheckCommand.FailOnConverter().convert(n.asString());
            } catch (RuntimeException e) {
                throw n.error("fail-on: " + e.getMessage());
            }
        });
        return new ProjectConfig(Optional.of(file), List.copyOf(folders), root.bool("builtin-rules", true),
                levels, failOn);
    }

    /** The folder as messages name it: relative to the working directory when it is below it. */
    private static String relativeLabel(Path dir) {
        Path cwd = Path.of("").toAbsolutePath();
        return dir.startsWith(cwd) && !dir.equals(cwd) ? cwd.relativize(dir).toString() : dir.toString();
    }
}
