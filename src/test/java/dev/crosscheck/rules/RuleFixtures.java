package dev.crosscheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test support: an editable copy of the project's rules, and the error loading it gives. */
final class RuleFixtures {

    private RuleFixtures() {
    }

    /** Copies {@code rules/} to {@code tmp/rules} and returns the copy. */
    static Path copyOfProjectRules(Path tmp) throws IOException {
        Path dir = tmp.resolve("rules");
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = dir.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return dir;
    }

    /** The error loading {@code dir} (labelled "r") gives; fails when it loads. */
    static RuleFileException loadError(Path dir) {
        return assertThrows(RuleFileException.class, () -> RuleLoader.fromDirectory(dir, "r"));
    }

    /** The 1-based line of the first line of {@code file} equal to {@code line}. */
    static int lineOf(Path file, String line) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.indexOf(line) + 1;
    }
}
