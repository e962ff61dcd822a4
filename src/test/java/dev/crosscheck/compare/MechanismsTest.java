package dev.crosscheck.compare;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.pipeline.TestPipeline;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.RuleFileException;
import dev.crosscheck.rules.YamlNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MechanismsTest {

    private static RuleDefinition rule(ComparisonKind kind, String params) {
        return new RuleDefinition("r", kind, Category.NUMBER, Severity.ERROR, "d", "m",
                YamlNode.parse("rules/r.yaml", params), List.of(), "rules/r.yaml");
    }

    @Test
    void theSelectingParameterPicksTheMechanismAndItsAbsencePicksTheKindsDefault() {
        assertEquals(QuantityComparison.MECHANISM, Mechanisms.of(rule(ComparisonKind.INTERVAL_CONFLICT, "claim: quantity")));
        assertEquals(AgeComparison.MECHANISM, Mechanisms.of(rule(ComparisonKind.INTERVAL_CONFLICT, "claim: age")));
        assertEquals(DurationComparison.MECHANISM, Mechanisms.of(rule(ComparisonKind.INTERVAL_CONFLICT, "{}")));
        assertEquals(QuoteComparison.MECHANISM, Mechanisms.of(rule(ComparisonKind.QUOTE_CONFLICT, "{}")));
    }

    @Test
    void everyKindHasMechanismsAndAtMostOneDefaultAmongSeveral() {
        Map<ComparisonKind, List<ComparisonMechanism>> byKind = Mechanisms.BUILT_IN.stream()
                .collect(Collectors.groupingBy(ComparisonMechanism::kind));
        assertEquals(List.of(ComparisonKind.values()).size(), byKind.size());
        byKind.forEach((kind, ms) -> {
            if (ms.size() > 1) {
                assertEquals(1, ms.stream().filter(m -> m.selector().orElseThrow().byDefault()).count(), kind.label());
            }
        });
    }

    @Test
    void anUnknownChoiceIsALoadErrorAtItsLineListingTheKnownOnes() {
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> Mechanisms.of(rule(ComparisonKind.INTERVAL_CONFLICT, "tolerance: 1\nclaim: speed")));
        assertEquals("rules/r.yaml:2: claim must be one of duration, quantity, elapsed, age, got 'speed'", e.getMessage());
    }

    @Test
    void aParameterTheMechanismDoesNotDeclareIsALoadErrorAndADeclaredOneIsRead() {
        RuleDefinition bad = rule(ComparisonKind.INTERVAL_CONFLICT, "claim: age\ntolerence: 2");
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> Mechanisms.of(bad).factory().apply(bad, TestPipeline.rules()));
        assertTrue(e.getMessage().startsWith("rules/r.yaml:2: unknown key 'tolerence'"), e.getMessage());
        RuleDefinition good = rule(ComparisonKind.INTERVAL_CONFLICT, "claim: age\ntolerance: -1");
        RuleFileException range = assertThrows(RuleFileException.class,
                () -> Mechanisms.of(good).factory().apply(good, TestPipeline.rules()));
        assertEquals("rules/r.yaml:2: tolerance must be at least 0", range.getMessage());
    }

    @Test
    void everyBuiltInRuleFindsItsMechanism() {
        for (RuleDefinition r : TestPipeline.rules().rules()) {
            ComparisonMechanism m = Mechanisms.of(r);
            assertEquals(r.kind(), m.kind(), r.id());
            assertEquals(r.id(), m.factory().apply(r, TestPipeline.rules()).ruleId());
        }
    }
}
