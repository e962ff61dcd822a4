package dev.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RuleFileExceptionTest {

    @Test
    void messageStartsWithFileAndLine() {
        RuleFileException e = new RuleFileException("rules/names.yaml", 7, "missing key 'id'");

        assertEquals("rules/names.yaml:7: missing key 'id'", e.getMessage());
        assertEquals("rules/names.yaml", e.file());
        assertEquals(7, e.line());
        assertEquals("missing key 'id'", e.detail());
    }

    @Test
    void lineZeroMeansUnknownAndIsLeftOutOfTheMessage() {
        RuleFileException e = new RuleFileException("rules/names.yaml", 0, "cannot read file");

        assertEquals("rules/names.yaml: cannot read file", e.getMessage());
        assertEquals(0, e.line());
        assertEquals("cannot read file", e.detail());
    }
}
