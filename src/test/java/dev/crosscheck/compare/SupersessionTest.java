package dev.crosscheck.compare;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.pipeline.Checker;
import dev.crosscheck.pipeline.TestPipeline;
import dev.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SupersessionTest {

    private static final String A = "LuAnn Marie Vik was hurt in the crash in Ostra on Monday, police said.\nLuAnn Vik is 52.";
    private static final String B = "Luann Vik was hurt in the crash in Ostra on Monday, police said.";

    private static List<String> rulesFound(RuleSet rules) {
        return new Checker(rules, TestPipeline.models(), 1).checkTexts(List.of("a.txt", "b.txt"), List.of(A, B))
                .findings().stream().map(Finding::rule).sorted().toList();
    }

    @Test
    void aMisspellingFindingYieldsToTheStyleFindingOnTheSameVariant() {
        assertEquals(List.of("name-style-variant"), rulesFound(TestPipeline.rules()));
    }

    @Test
    void withTheStyleRuleOffTheMisspellingFindingStays() {
        // control: the same texts give the spelling rule's finding when nothing supersedes it
        assertEquals(List.of("name-spelling-variant"),
                rulesFound(TestPipeline.rules().withLevels(Map.of("name-style-variant", Optional.empty()))));
    }
}
