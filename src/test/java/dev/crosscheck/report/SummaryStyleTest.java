package dev.crosscheck.report;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryStyleTest {

    private static Finding f(Severity s, String message) {
        Evidence e = new Evidence("v", "v", "a.txt", 1, "S.");
        return new Finding("id", s, "rule", Category.NUMBER, "subject", e, e, message);
    }

    @Test
    void colourOnlyWhenAskedAndTopFindingsOneLineEach() {
        List<Finding> findings = new ArrayList<>();
        findings.add(f(Severity.ERROR, "An error " + "very long ".repeat(20)));
        for (int i = 0; i < 6; i++) {
            findings.add(f(Severity.WARNING, "Warning " + i));
        }
        findings.add(f(Severity.INFO, "Compatible"));
        Summary.NotChecked none = new Summary.NotChecked(0, 0, 0);
        String plain = Summary.render(1, 2, 3, findings, "r.csv", none, Summary.Style.PLAIN);
        String colour = Summary.render(1, 2, 3, findings, "r.csv", none, Summary.Style.COLOUR);
        assertFalse(plain.contains("\u001b["));
        assertTrue(colour.contains("\u001b[1;31m1 error\u001b[0m"), colour);
        assertTrue(plain.contains("  error   An error very long"), plain);
        assertTrue(plain.contains("…"), "long messages are cut to one line");
        assertTrue(plain.contains("  warning Warning 3"));
        assertFalse(plain.contains("Warning 4"), "five at most");
        assertTrue(plain.contains("... and 2 more in the report"), plain);
        assertFalse(plain.contains("Compatible"), "info is not a top finding");
        for (String line : plain.split("\n")) {
            assertTrue(line.length() <= 140, line);
        }
    }
}
