package dev.crosscheck.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotesLexiconTest {

    @TempDir
    Path tmp;

    private Path rulesWithQuotes(String quotesYaml) throws IOException {
        Path dir = RuleFixtures.copyOfProjectRules(tmp);
        Files.writeString(dir.resolve("lexicon/quotes.yaml"), quotesYaml);
        return dir;
    }

    @Test
    void antonymPairsWorkBothWays() {
        Lexicon.Quotes q = RuleLoader.fromDirectory(Path.of("rules"), "rules").lexicon().quotes();
        assertTrue(q.antonyms().get("positive").contains("negative"));
        assertTrue(q.antonyms().get("negative").contains("positive"));
        assertTrue(q.markCharacters().contains("“") && q.markCharacters().contains("\"")
                && !q.markCharacters().contains("’"));
    }

    @Test
    void aQuoteMarkOfTwoCharactersIsReportedAtItsLine() throws IOException {
        Path dir = rulesWithQuotes("marks:\n  opening: [\"“\"]\n  closing: [\"”\", \"''\"]\n");
        RuleFileException e = RuleFixtures.loadError(dir);
        assertEquals("r/lexicon/quotes.yaml", e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("one punctuation character"), e.getMessage());
    }

    @Test
    void anAntonymEntryThatIsNotAPairIsReportedAtItsLine() throws IOException {
        Path dir = rulesWithQuotes("marks:\n  either: ['\"']\nantonyms:\n  - [good, bad]\n  - [up]\n");
        RuleFileException e = RuleFixtures.loadError(dir);
        assertEquals("r/lexicon/quotes.yaml", e.file());
        assertEquals(5, e.line());
    }

    @Test
    void aMinimalQuotesFileLoads() throws IOException {
        Path dir = rulesWithQuotes("marks:\n  either: ['\"']\n");
        Lexicon.Quotes q = RuleLoader.fromDirectory(dir, "r").lexicon().quotes();
        assertEquals(Set.of("\""), q.eitherMarks());
        assertEquals(4, q.pronounWindow());
    }
}
