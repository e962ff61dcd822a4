package dev.crosscheck.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleLoaderTest {

    @TempDir
    Path tmp;

    private Path copyOfProjectRules() throws IOException {
        return RuleFixtures.copyOfProjectRules(tmp);
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
        RuleFileException e = RuleFixtures.loadError(dir);
        assertEquals("r/extra.yaml", e.file());
        assertEquals(6, e.line());
    }

    @Test
    void anUnknownKindListsTheKnownOnes() throws IOException {
        Path dir = copyOfProjectRules();
        Files.writeString(dir.resolve("extra.yaml"), "id: extra\nkind: vibes\ncategory: date\nseverity: error\n"
                + "message: m\n");
        RuleFileException e = RuleFixtures.loadError(dir);
        assertEquals("r/extra.yaml:2: unknown kind 'vibes' (expected one of: attribute-conflict, "
                + "interval-conflict, date-conflict, variant-spelling, quote-conflict, name-order)", e.getMessage());
    }

    @Test
    void anInvalidBoilerplateRegexNamesTheLexiconFileAndLine() throws IOException {
        Path dir = copyOfProjectRules();
        Path bp = dir.resolve("lexicon/boilerplate.yaml");
        Files.writeString(bp, "patterns:\n  - name: broken\n    scope: line\n    regex: '(unclosed'\n");
        RuleFileException e = RuleFixtures.loadError(dir);
        assertEquals("r/lexicon/boilerplate.yaml", e.file());
        assertEquals(4, e.line());
    }

    @Test
    void aMissingLexiconFileIsNamed() throws IOException {
        Path dir = copyOfProjectRules();
        Files.delete(dir.resolve("lexicon/hedges.yaml"));
        RuleFileException e = RuleFixtures.loadError(dir);
        assertEquals("r/lexicon/hedges.yaml: file is missing", e.getMessage());
    }

    @Test
    void anUnknownOfficeInAnEquivalenceGroupIsReportedAtItsLine() throws IOException {
        Path dir = copyOfProjectRules();
        Path offices = dir.resolve("lexicon/offices.yaml");
        String text = Files.readString(offices).replace("  - [foreign-minister, secretary-of-state, top-diplomat]",
                "  - [foreign-minister, vizier]");
        Files.writeString(offices, text);
        int line = text.lines().toList().indexOf("  - [foreign-minister, vizier]") + 1;
        RuleFileException e = RuleFixtures.loadError(dir);
        assertEquals("r/lexicon/offices.yaml", e.file());
        assertEquals(line, e.line());
        assertTrue(e.getMessage().contains("vizier"));
    }

    @Test
    void equivalenceGroupsSharingAnOfficeAreOneGroup() {
        Lexicon.Offices offices = RuleLoader.fromDirectory(Path.of("rules"), "rules").lexicon().offices();
        // offices.yaml lists [head-of-state, monarch] and [head-of-state, queen]
        assertTrue(offices.equivalent("monarch", "queen"));
        assertFalse(offices.equivalent("monarch", "foreign-minister"));
        assertEquals(List.of(Set.of("a", "b", "c", "d"), Set.of("x", "y")), LexiconLoader.mergeOverlapping(
                List.of(Set.of("a", "b"), Set.of("x", "y"), Set.of("c", "d"), Set.of("b", "c"))));
    }

    @Test
    void aLexiconNumberBelowItsMinimumIsReportedAtItsLine() throws IOException {
        RuleFileException e = RuleFixtures.lexiconEditError(tmp, "names.yaml", "max-distance: 1",
                "max-distance: -1", "  max-distance: -1");
        assertTrue(e.getMessage().contains("max-distance must be at least 0"), e.getMessage());
    }

    @Test
    void anUnknownFamilyNameFirstCountryIsReportedAtItsLine() throws IOException {
        RuleFileException e = RuleFixtures.lexiconEditError(tmp, "names.yaml", "[CN, TW, KR, KP]",
                "[CN, TW, KR, cn]", "  family-name-first-countries: [CN, TW, KR, cn]");
        assertTrue(e.getMessage().contains("'cn'"), e.getMessage());
    }

    @Test
    void aWeekdayNameThatIsNotOneWordIsReportedAtItsLine() throws IOException {
        RuleFileException e = RuleFixtures.lexiconEditError(tmp, "calendar.yaml", "[friday, fri]",
                "[friday, fri.]", "  FRIDAY: [friday, fri.]");
        assertTrue(e.getMessage().contains("'fri.'"), e.getMessage());
    }

    @Test
    void anAgePatternWithoutAGroupIsReportedAtItsLine() throws IOException {
        RuleFileException e = RuleFixtures.lexiconEditError(tmp, "quantities.yaml", "'\\baged (\\d{1,3})\\b'",
                "'\\baged \\d+'", "  - pattern: '\\baged \\d+'");
        assertTrue(e.getMessage().contains("group"), e.getMessage());
    }
}
