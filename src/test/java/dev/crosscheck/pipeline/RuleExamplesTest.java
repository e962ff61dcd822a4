package dev.crosscheck.pipeline;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.RuleExample;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule file's examples: "trigger" texts must produce a warning or error of that rule;
 * "no-trigger" texts must produce none (an info note on compatible values is allowed).
 */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyRuleExampleBehavesAsDeclared() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleDefinition rule : TestPipeline.rules().rules()) {
            for (RuleExample ex : rule.examples()) {
                String name = rule.id() + (ex.mustTrigger() ? " triggers: " : " does not trigger: ") + ex.note()
                        + " (" + rule.file() + ":" + ex.line() + ")";
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    List<Finding> mine = TestPipeline.check(ex.articles().toArray(String[]::new)).findings()
                            .stream().filter(f -> f.rule().equals(rule.id()) && f.severity() != Severity.INFO)
                            .toList();
                    if (ex.mustTrigger()) {
                        assertFalse(mine.isEmpty(), "expected a finding of " + rule.id());
                    } else {
                        assertTrue(mine.isEmpty(), "expected no finding of " + rule.id() + " but got " + mine);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasExamplesThatMustAndMustNotTriggerIt() {
        for (RuleDefinition rule : TestPipeline.rules().rules()) {
            assertTrue(rule.examples().stream().anyMatch(RuleExample::mustTrigger), rule.id() + " lacks a trigger example");
            assertTrue(rule.examples().stream().anyMatch(e -> !e.mustTrigger()),
                    rule.id() + " lacks a no-trigger example");
        }
    }
}
