package dev.crosscheck.rules;

import dev.crosscheck.finding.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleLevelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "off|OFF|", "Warning|WARNING|WARNING", " error |ERROR|ERROR", "info|INFO|INFO"})
    void aLevelIsOffOrASeverityInAnyCase(String text, String level, String severity) {
        RuleLevel l = RuleLevel.parse(text).orElseThrow();
        assertEquals(RuleLevel.valueOf(level), l);
        assertEquals(Optional.ofNullable(severity).map(Severity::valueOf), l.severity());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"none", "errors", "''"})
    void anythingElseIsNoLevel(String text) {
        assertEquals(Optional.empty(), RuleLevel.parse(text));
    }
}
