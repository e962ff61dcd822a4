package dev.crosscheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * Replaces {@code from} by {@code to} in lexicon file {@code name} of a copy of the project
     * rules, and returns the load error, checked to name that file and the line that now reads
     * {@code lineNow}.
     */
    static RuleFileException lexiconEditError(Path tmp, String name, String from, String to, String lineNow)
            throws IOException {
        Path dir = copyOfProjectRules(tmp);
        Path file = dir.resolve("lexicon").resolve(name);
        String text = Files.readString(file);
        assertTrue(text.contains(from), name + " no longer contains " + from);
        Files.writeString(file, text.replace(from, to));
        RuleFileException e = loadError(dir);
        assertEquals("r/lexicon/" + name, e.file());
        assertEquals(lineOf(file, lineNow), e.line());
        return e;
    }

    /** The 1-based line of the first line of {@code file} equal to {@code line}. */
    static int lineOf(Path file, String line) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.indexOf(line) + 1;
    }
}
