package dev.crosscheck.pipeline;

import dev.crosscheck.rules.PatternDefinition;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every token pattern's examples, through the real sentence splitter, tokenizer, tagger and lemmatizer. */
class PatternExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyPatternExampleBehavesAsDeclared() {
        ExampleRunner runner = new ExampleRunner(TestPipeline.rules(), TestPipeline.models(), 1);
        List<DynamicTest> tests = new ArrayList<>();
        for (PatternDefinition p : TestPipeline.rules().lexicon().patterns().values()) {
            for (PatternDefinition.Example ex : p.examples()) {
                tests.add(DynamicTest.dynamicTest(p.id() + (ex.mustMatch() ? " matches: " : " does not match: ")
                        + ex.text() + " (" + p.file() + ":" + ex.line() + ")", () -> {
                            ExampleRunner.PatternOutcome o = runner.run(p, ex);
                            assertTrue(o.passed(), o.problem().orElse(""));
                        }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyPatternHasExamplesThatMustAndMustNotMatchItWithTheirCaptures() {
        assertFalse(TestPipeline.rules().lexicon().patterns().isEmpty());
        for (PatternDefinition p : TestPipeline.rules().lexicon().patterns().values()) {
            assertTrue(p.examples().stream().anyMatch(e -> e.mustMatch() && !e.captures().isEmpty()),
                    p.id() + " lacks a match example with its captures");
            assertTrue(p.examples().stream().anyMatch(e -> !e.mustMatch()), p.id() + " lacks a no-match example");
        }
    }

    @Test
    void aMatchExampleExpectingOtherCapturesFails() {
        PatternDefinition zero = TestPipeline.rules().lexicon().patterns().get("zero-word");
        ExampleRunner runner = new ExampleRunner(TestPipeline.rules(), TestPipeline.models(), 1);
        PatternDefinition.Example right = new PatternDefinition.Example(true, "No one was hurt.",
                Map.of("zero", "No one"), 1);
        assertTrue(runner.run(zero, right).passed(), "the control");
        PatternDefinition.Example wrong = new PatternDefinition.Example(true, "No one was hurt.",
                Map.of("zero", "No"), 1);
        assertTrue(runner.run(zero, wrong).problem().orElse("").startsWith("expected a match with {zero=No}, got "
                + "[{zero=No one}]"), runner.run(zero, wrong).problem().orElse("passed"));
    }
}
