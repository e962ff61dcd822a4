package dev.crosscheck.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuleLoaderTest {

    @TempDir
    Path tmp;

    private Path copyOfProjectRules() throws IOException {
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

    @Test
    void theBuiltInCopyMatchesTheProjectRules() {
        RuleSet builtIn = RuleLoader.builtIn();
        RuleSet project = RuleLoader.fromDirectory(Path.of("rules"), "rules");
        assertEquals(project.rules().stream().map(RuleDefinition::id).toList(),
                builtIn.rules().stream().map(RuleDefinition::id).toList());
        assertEquals(project.lexicon().offices(), builtIn.lexicon().offices());
    }

    @Test
    void anUnknownKeyIsReportedAtItsLine() throws IOException {
        Path dir = copyOfProjectRules();
        Files.writeString(dir.resolve("extra.yaml"), "id: extra\nkind: date-conflict\ncategory: date\n"
                + "severity: error\nmessage: m\ntolerence: 3\n");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.fromDirectory(dir, "r"));
        assertEquals("r/extra.yaml", e.file());
        assertEquals(6, e.line());
    }

    @Test
    void anUnknownKindListsTheKnownOnes() throws IOException {
        Path dir = copyOfProjectRules();
        Files.writeString(dir.resolve("extra.yaml"), "id: extra\nkind: vibes\ncategory: date\nseverity: error\n"
                + "message: m\n");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.fromDirectory(dir, "r"));
        assertEquals("r/extra.yaml:2: unknown kind 'vibes' (expected one of: attribute-conflict, "
                + "interval-conflict, date-conflict, variant-spelling, quote-conflict, name-order)", e.getMessage());
    }

    @Test
    void anInvalidBoilerplateRegexNamesTheLexiconFileAndLine() throws IOException {
        Path dir = copyOfProjectRules();
        Path bp = dir.resolve("lexicon/boilerplate.yaml");
        Files.writeString(bp, "patterns:\n  - name: broken\n    scope: line\n    regex: '(unclosed'\n");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.fromDirectory(dir, "r"));
        assertEquals("r/lexicon/boilerplate.yaml", e.file());
        assertEquals(4, e.line());
    }

    @Test
    void aMissingLexiconFileIsNamed() throws IOException {
        Path dir = copyOfProjectRules();
        Files.delete(dir.resolve("lexicon/hedges.yaml"));
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.fromDirectory(dir, "r"));
        assertEquals("r/lexicon/hedges.yaml: file is missing", e.getMessage());
    }
}
