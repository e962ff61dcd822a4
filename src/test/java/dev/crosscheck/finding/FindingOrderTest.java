package dev.crosscheck.finding;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FindingOrderTest {

    private static Finding f(String id, Severity sev, Category cat, String subject, String source, int line) {
        Evidence a = new Evidence("v", "n", source, line, "s");
        return new Finding(id, sev, "rule", cat, subject, a, a, "m");
    }

    @Test
    void findingsSortBySeverityCategorySubjectSourceLineAndDuplicatesGo() {
        Finding info = f("1", Severity.INFO, Category.NAME, "a", "a.txt", 1);
        Finding warnDate = f("2", Severity.WARNING, Category.DATE, "a", "a.txt", 1);
        Finding warnName = f("3", Severity.WARNING, Category.NAME, "a", "b.txt", 9);
        Finding warnNameEarlier = f("4", Severity.WARNING, Category.NAME, "a", "a.txt", 9);
        Finding error = f("5", Severity.ERROR, Category.SPELLING, "z", "z.txt", 1);
        Finding duplicate = f("5", Severity.ERROR, Category.SPELLING, "z", "z.txt", 2);
        assertEquals(List.of(error, warnNameEarlier, warnName, warnDate, info), FindingOrder.sortAndDeduplicate(
                List.of(info, warnDate, warnName, duplicate, warnNameEarlier, error)));
    }
}
