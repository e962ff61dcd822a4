package dev.crosscheck.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotesLexiconTest {

    @TempDir
    Path tmp;

    private Path rulesWithQuotes(String quotesYaml) throws IOException {
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
        Files.writeString(dir.resolve("lexicon/quotes.yaml"), quotesYaml);
        return dir;
    }

    @Test
    void antonymPairsWorkBothWays() {
        Lexicon.Quotes q = RuleLoader.fromDirectory(Path.of("rules"), "rules").lexicon().quotes();
        assertTrue(q.antonyms().get("positive").contains("negative"));
        assertTrue(q.antonyms().get("negative").contains("positive"));
        assertTrue(q.isMark("“") && q.isMark("\"") && !q.isMark("’"));
    }

    @Test
    void aQuoteMarkOfTwoCharactersIsReportedAtItsLine() throws IOException {
        Path dir = rulesWithQuotes("marks:\n  opening: [\"“\"]\n  closing: [\"”\", \"''\"]\n");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.fromDirectory(dir, "r"));
        assertEquals("r/lexicon/quotes.yaml", e.file());
        assertEquals(3, e.line());
    }

    @Test
    void anAntonymEntryThatIsNotAPairIsReportedAtItsLine() throws IOException {
        Path dir = rulesWithQuotes("marks:\n  either: ['\"']\nantonyms:\n  - [good, bad]\n  - [up]\n");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.fromDirectory(dir, "r"));
        assertEquals(5, e.line());
    }

    @Test
    void anUnknownOfficeInAnEquivalenceGroupIsReportedAtItsLine() throws IOException {
        Path dir = rulesWithQuotes("marks:\n  either: ['\"']\n");
        Path offices = dir.resolve("lexicon/offices.yaml");
        String text = Files.readString(offices).replace("  - [foreign-minister, secretary-of-state, top-diplomat]",
                "  - [foreign-minister, vizier]");
        Files.writeString(offices, text);
        int line = text.lines().toList().indexOf("  - [foreign-minister, vizier]") + 1;
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.fromDirectory(dir, "r"));
        assertEquals("r/lexicon/offices.yaml", e.file());
        assertEquals(line, e.line());
        assertTrue(e.getMessage().contains("vizier"));
    }

    @Test
    void aMinimalQuotesFileLoads() throws IOException {
        Path dir = rulesWithQuotes("marks:\n  either: ['\"']\n");
        Lexicon.Quotes q = RuleLoader.fromDirectory(dir, "r").lexicon().quotes();
        assertEquals(Set.of("\""), q.eitherMarks());
        assertEquals(4, q.pronounWindow());
    }
}
