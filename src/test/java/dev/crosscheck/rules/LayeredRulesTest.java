package dev.crosscheck.rules;

import dev.crosscheck.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule folders laid over the built-in rules ({@code --rules DIR}). */
class LayeredRulesTest {

    private static final String EVACUEES = """
            id: evacuee-count-conflict
            kind: interval-conflict
            category: number
            severity: warning
            message: "{source_a} reports {value_a}, {source_b} {value_b}."
            params: {claim: quantity, measures: [evacuated]}
            """;

    @TempDir
    Path tmp;

    private Path folder(String name, Map<String, String> files) throws IOException {
        Path dir = tmp.resolve(name);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return dir;
    }

    private static RuleSet over(Path... dirs) {
        List<RuleFolder> folders = new java.util.ArrayList<>(List.of(RuleFolder.BUILT_IN));
        for (Path d : dirs) {
            folders.add(RuleFolder.of(d, d.getFileName().toString()));
        }
        return RuleLoader.layered(folders, ParsedRuleCache.none());
    }

    @Test
    void aFolderWithOneRuleFileAddsItToTheBuiltInRules() throws IOException {
        RuleSet builtIn = RuleLoader.builtIn();
        RuleSet set = over(folder("mine", Map.of("evacuees.yaml", EVACUEES)));
        assertEquals(builtIn.rules().size() + 1, set.rules().size());
        assertEquals("mine/evacuees.yaml", set.rule("evacuee-count-conflict").file());
        assertEquals("built-in rules + mine", set.origin());
        assertNotEquals(builtIn.digest(), set.digest());
        assertEquals(builtIn.lexicon().quotes().speechVerbs(), set.lexicon().quotes().speechVerbs());
    }

    @Test
    void aRuleWithABuiltInRulesIdReplacesIt() throws IOException {
        String quieter = "id: name-order\nkind: name-order\ncategory: name\nseverity: info\nmessage: \"{subject}\"\n";
        RuleSet set = over(folder("mine", Map.of("order.yaml", quieter)));
        assertEquals(RuleLoader.builtIn().rules().size(), set.rules().size());
        assertEquals(Severity.INFO, set.rule("name-order").severity());
        assertEquals("mine/order.yaml", set.rule("name-order").file());
    }

    @Test
    void aLaterFolderWinsOverAnEarlierOne() throws IOException {
        Path first = folder("first", Map.of("evacuees.yaml", EVACUEES));
        Path second = folder("second", Map.of("evacuees.yaml", EVACUEES.replace("severity: warning", "severity: error")));
        assertEquals(Severity.ERROR, over(first, second).rule("evacuee-count-conflict").severity());
        assertEquals(Severity.WARNING, over(second, first).rule("evacuee-count-conflict").severity());
    }

    @Test
    void aLexiconFileIsLaidOverTheBuiltInOneKeyByKey() throws IOException {
        RuleSet set = over(folder("mine", Map.of("lexicon/quantities.yaml",
                "measures:\n  evacuated:\n    verbs+: [relocate]\n")));
        Lexicon.Measure evacuated = set.lexicon().quantities().measures().stream()
                .filter(m -> m.id().equals("evacuated")).findFirst().orElseThrow();
        assertTrue(evacuated.verbs().contains("relocate"), evacuated.toString());
        assertTrue(evacuated.verbs().contains("evacuate"), "the built-in verbs are kept: " + evacuated);
        assertEquals(Set.of("evacuee"), evacuated.nouns());
        assertEquals(RuleLoader.builtIn().lexicon().quantities().measures().size(),
                set.lexicon().quantities().measures().size(), "the other measures are kept");
    }

    @Test
    void aListWithoutPlusReplacesTheListBelowIt() throws IOException {
        RuleSet set = over(folder("mine", Map.of("lexicon/quotes.yaml", "speech-verbs: [quip]\n")));
        assertEquals(Set.of("quip"), set.lexicon().quotes().speechVerbs());
        RuleSet appended = over(folder("more", Map.of("lexicon/quotes.yaml", "speech-verbs+: [quip]\n")));
        assertTrue(appended.lexicon().quotes().speechVerbs().contains("quip"));
        assertTrue(appended.lexicon().quotes().speechVerbs().contains("say"));
    }

    @Test
    void anErrorInALaidOverLexiconKeyNamesTheFolderFileAndLine() throws IOException {
        RuleFileException e = assertThrows(RuleFileException.class, () -> over(folder("mine", Map.of(
                "lexicon/quantities.yaml", "measures:\n  evacuated:\n    verbz: [relocate]\n"))));
        assertEquals("mine/lexicon/quantities.yaml:3", e.file() + ":" + e.line());
        assertTrue(e.getMessage().contains("unknown key 'verbz'"), e.getMessage());
    }

    @Test
    void appendingToSomethingThatIsNotAListIsAnErrorAtItsLine() throws IOException {
        RuleFileException e = assertThrows(RuleFileException.class, () -> over(folder("mine", Map.of(
                "lexicon/quantities.yaml", "\nmeasures+: [x]\n"))));
        assertEquals("mine/lexicon/quantities.yaml:2", e.file() + ":" + e.line());
        assertTrue(e.getMessage().contains("'measures' is not a list"), e.getMessage());
    }

    @Test
    void anUnknownLexiconFileIsAnError() throws IOException {
        RuleFileException e = assertThrows(RuleFileException.class, () -> over(folder("mine", Map.of(
                "lexicon/quantites.yaml", "measures: {}\n"))));
        assertEquals("mine/lexicon/quantites.yaml", e.file());
        assertTrue(e.getMessage().contains("unknown lexicon file (expected one of: boilerplate.yaml"), e.getMessage());
    }

    @Test
    void anEmptyFolderIsAnErrorAndOneFolderAloneNeedsEveryLexiconFile() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        RuleFileException none = assertThrows(RuleFileException.class, () -> over(empty));
        assertEquals("empty: no rule files (*.yaml), no lexicon/ and no patterns/ found", none.getMessage());
        Path mine = folder("mine", Map.of("evacuees.yaml", EVACUEES));
        RuleFileException alone = assertThrows(RuleFileException.class,
                () -> RuleLoader.fromDirectory(mine, "mine"));
        assertTrue(alone.getMessage().startsWith("mine/lexicon/"), alone.getMessage());
        assertTrue(alone.getMessage().endsWith(": file is missing"), alone.getMessage());
    }

    @Test
    void yieldsToMustNameARuleOfTheSet() throws IOException {
        Path mine = folder("mine", Map.of("a.yaml", EVACUEES + "yields-to: [count-conflic]\n"));
        RuleFileException e = assertThrows(RuleFileException.class, () -> over(mine));
        assertEquals("mine/a.yaml:7: yields-to names no rule: 'count-conflic'", e.getMessage());
        // control: a built-in rule's id is accepted
        Path fine = folder("fine", Map.of("a.yaml", EVACUEES + "yields-to: [count-conflict]\n"));
        assertEquals(List.of("count-conflict"), over(fine).rule("evacuee-count-conflict").yieldsTo());
    }

    @Test
    void aDuplicateIdInsideOneFolderIsAnError() throws IOException {
        Path mine = folder("mine", Map.of("a.yaml", EVACUEES, "b.yaml", EVACUEES));
        RuleFileException e = assertThrows(RuleFileException.class, () -> over(mine));
        assertEquals("mine/b.yaml:1: duplicate rule id 'evacuee-count-conflict' (also in mine/a.yaml)",
                e.getMessage());
    }

    @Test
    void oneFolderAloneHasTheDigestItHadBeforeLayering() {
        RuleSet alone = RuleLoader.fromDirectory(Path.of("rules"), "rules");
        assertEquals(RuleLoader.digest(Path.of("rules"), "rules"), alone.digest());
    }

    // --- levels (--rule ID=LEVEL) ---

    @Test
    void offRemovesTheRuleAndALevelIsRecorded() {
        RuleSet set = RuleLoader.builtIn().withLevels(Map.of("name-order", Optional.empty(),
                "count-conflict", Optional.of(Severity.WARNING)));
        assertNull(set.rule("name-order"));
        assertEquals(Severity.WARNING, set.levels().get("count-conflict"));
        assertEquals(Severity.WARNING, set.asReported().stream()
                .filter(r -> r.id().equals("count-conflict")).findFirst().orElseThrow().severity());
        assertNotEquals(RuleLoader.builtIn().digest(), set.digest());
    }

    @Test
    void aLevelSetsTheMainFindingsAndLowersOnlyLesserFindingsAboveIt() {
        RuleSet set = RuleLoader.builtIn().withLevels(Map.of("count-conflict", Optional.of(Severity.WARNING),
                "name-spelling-variant", Optional.of(Severity.ERROR)));
        // count-conflict: error in its file
        assertEquals(Severity.WARNING, set.adjust("count-conflict", Severity.ERROR));
        assertEquals(Severity.WARNING, set.adjust("count-conflict", Severity.WARNING));
        assertEquals(Severity.INFO, set.adjust("count-conflict", Severity.INFO));
        // name-spelling-variant: warning in its file, raised to error
        assertEquals(Severity.ERROR, set.adjust("name-spelling-variant", Severity.WARNING));
        assertEquals(Severity.INFO, set.adjust("name-spelling-variant", Severity.INFO));
        // a rule without a level keeps what it found
        assertEquals(Severity.ERROR, set.adjust("title-conflict", Severity.ERROR));
    }

    @Test
    void aLevelForAnUnknownRuleIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> RuleLoader.builtIn().withLevels(Map.of("no-such-rule", Optional.empty())));
        assertFalse(RuleLoader.builtIn().withLevels(Map.of()).digest().isEmpty());
        assertEquals(RuleLoader.builtIn().digest(), RuleLoader.builtIn().withLevels(Map.of()).digest(),
                "no levels: the rule set as its files say");
    }
}
