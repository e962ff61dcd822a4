package dev.crosscheck.rules;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One folder of a layered rule set ({@link RuleLoader#layered}): rule files ({@code *.yaml}) and
 * optionally {@code lexicon/*.yaml}, or the rules built into the jar.
 *
 * @param path  the folder; empty for the built-in rules
 * @param label how its files are named in messages (the path as the user wrote it)
 */
public record RuleFolder(Optional<Path> path, String label) {

    /** The rules built into the jar (or on the test classpath). */
    public static final RuleFolder BUILT_IN = new RuleFolder(Optional.empty(), "built-in rules");

    /** A folder on disk. */
    public static RuleFolder of(Path dir, String label) {
        return new RuleFolder(Optional.of(dir), label);
    }

    /** Whether this is {@link #BUILT_IN}. */
    public boolean isBuiltIn() {
        return path.isEmpty();
    }

    /** The folder; only for a folder on disk. */
    public Path dir() {
        return path.orElseThrow(() -> new IllegalStateException("the built-in rules have no folder"));
    }
}
