package dev.crosscheck.pipeline;

import dev.crosscheck.rules.ParsedRuleCache;
import dev.crosscheck.rules.PatternDefinition;
import dev.crosscheck.rules.RuleFolder;
import dev.crosscheck.rules.RuleLoader;
import dev.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    @Test
    void aQuotedConditionSeesTheArticlesQuotationMarks(@TempDir Path tmp) throws IOException {
        Path patterns = Files.createDirectories(tmp.resolve("mine").resolve("patterns"));
        Files.writeString(patterns.resolve("died-outside-quotes.yaml"),
                "id: died-outside-quotes\ntokens:\n  - {lemma: die, quoted: false, capture: verb}\n");
        RuleSet set = RuleLoader.layered(List.of(RuleFolder.BUILT_IN, RuleFolder.of(tmp.resolve("mine"), "mine")),
                ParsedRuleCache.none());
        PatternDefinition p = set.lexicon().patterns().get("died-outside-quotes");
        ExampleRunner runner = new ExampleRunner(set, TestPipeline.models(), 1);
        ExampleRunner.PatternOutcome told = runner.run(p, new PatternDefinition.Example(true,
                "Police said 12 people died in Ostra.", Map.of("verb", "died"), 1));
        assertTrue(told.passed(), "the control: " + told.problem().orElse(""));
        ExampleRunner.PatternOutcome quoted = runner.run(p, new PatternDefinition.Example(false,
                "\"Twelve people died in Ostra,\" police said.", Map.of(), 1));
        assertTrue(quoted.passed(), quoted.problem().orElse(""));
    }
}
