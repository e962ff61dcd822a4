package dev.crosscheck.pipeline;

import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.RuleExample;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule file's examples: "trigger" texts must produce a warning or error of that rule;
 * "no-trigger" texts must produce none (an info note on compatible values is allowed).
 */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyRuleExampleBehavesAsDeclared() {
        ExampleRunner runner = new ExampleRunner(TestPipeline.rules(), TestPipeline.models(), 2);
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleDefinition rule : TestPipeline.rules().rules()) {
            for (RuleExample ex : rule.examples()) {
                String name = rule.id() + (ex.mustTrigger() ? " triggers: " : " does not trigger: ") + ex.note()
                        + " (" + rule.file() + ":" + ex.line() + ")";
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    ExampleRunner.Outcome outcome = runner.run(rule, ex);
                    assertTrue(outcome.passed(), outcome.problem().orElse(""));
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

    @Test
    void everyTriggerExampleStatesTheFindingItExpects() {
        for (RuleDefinition rule : TestPipeline.rules().rules()) {
            for (RuleExample ex : rule.examples()) {
                if (ex.mustTrigger()) {
                    assertTrue(ex.expect().map(e -> e.severity().isPresent() && e.values().size() == 2).orElse(false),
                            rule.file() + ":" + ex.line() + " states no expected severity and values");
                }
            }
        }
    }

    @Test
    void anExampleExpectingAnotherValueFails() {
        RuleDefinition rule = TestPipeline.rules().rule("count-conflict");
        RuleExample stated = rule.examples().stream().filter(RuleExample::mustTrigger).findFirst().orElseThrow();
        ExampleRunner runner = new ExampleRunner(TestPipeline.rules(), TestPipeline.models(), 1);
        assertTrue(runner.run(rule, stated).passed(), "the control: the example as written passes");
        RuleExample wrong = new RuleExample(true, stated.note(), stated.articles(), stated.line(),
                java.util.Optional.of(new RuleExample.Expected(stated.expect().orElseThrow().severity(),
                        java.util.List.of("At least 40 people died", "Eleven people were killed"))));
        ExampleRunner.Outcome outcome = runner.run(rule, wrong);
        assertTrue(outcome.problem().orElse("").startsWith("expected error between \"At least 40 people died\" and "
                + "\"Eleven people were killed\", got error"), outcome.problem().orElse("passed"));
    }
}
