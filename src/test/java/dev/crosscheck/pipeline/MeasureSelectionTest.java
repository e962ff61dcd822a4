package dev.crosscheck.pipeline;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.rules.RuleFileException;
import dev.crosscheck.rules.RuleLoader;
import dev.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A quantity rule naming {@code measures} compares those figures, and the general count rule leaves them. */
class MeasureSelectionTest {

    private static final String EVACUEES = """
            id: evacuee-count-conflict
            kind: interval-conflict
            category: number
            severity: warning
            description: Evacuee counts that cannot both be true.
            message: '{source_a} reports "{value_a}", while {source_b} reports "{value_b}".'
            params:
              claim: quantity
              measures: [%s]
              lead-figures-only: true
              lead-sentences: 4
            """;

    private static final List<String> ARTICLES = List.of(
            "June 3, 2024\n\nTwelve people died in Ostra after the flood.\nSome 5,000 people were evacuated from Ostra.\n",
            "June 3, 2024\n\nAt least 40 people died in Ostra after the flood.\nAbout 2,000 people were evacuated from Ostra.\n");

    @TempDir
    Path dir;

    private RuleSet rulesWith(String extraRule) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Path to = dir.resolve(Path.of("rules").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        if (extraRule != null) {
            Files.writeString(dir.resolve("evacuee-count-conflict.yaml"), extraRule);
        }
        return RuleLoader.fromDirectory(dir, "rules");
    }

    private static List<String> counts(RuleSet rules) {
        CheckResult r = new Checker(rules, TestPipeline.models(), 1).checkTexts(List.of("a.txt", "b.txt"), ARTICLES);
        return r.findings().stream().filter(f -> f.category().name().equals("NUMBER"))
                .map(MeasureSelectionTest::describe).sorted().toList();
    }

    private static String describe(Finding f) {
        return f.rule() + " " + f.severity() + ": " + f.a().value() + " / " + f.b().value();
    }

    @Test
    void withoutAnEvacueeRuleTheCountRuleComparesEveryMeasure() throws IOException {
        assertEquals(List.of(
                "count-conflict ERROR: Some 5,000 people were evacuated / About 2,000 people were evacuated",
                "count-conflict ERROR: Twelve people died / At least 40 people died"), counts(rulesWith(null)));
    }

    @Test
    void anEvacueeRuleTakesTheEvacueeFiguresAndTheCountRuleKeepsTheToll() throws IOException {
        assertEquals(List.of(
                "count-conflict ERROR: Twelve people died / At least 40 people died",
                "evacuee-count-conflict WARNING: Some 5,000 people were evacuated / About 2,000 people were evacuated"),
                counts(rulesWith(EVACUEES.formatted("evacuated"))));
    }

    @Test
    void aMeasureTheLexiconDoesNotHaveIsALoadErrorAtItsLine() throws IOException {
        RuleSet rules = rulesWith(EVACUEES.formatted("evacuees"));
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> new Checker(rules, TestPipeline.models(), 1));
        assertTrue(e.getMessage().startsWith("rules/evacuee-count-conflict.yaml:9: unknown measure 'evacuees'"),
                e.getMessage());
    }
}
