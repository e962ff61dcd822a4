package dev.crosscheck.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report order (severity, category, subject, source, line) and duplicate removal by id. */
public final class FindingOrder {

    /** Severity, category, subject, then side a's source and line, then side b's, then rule and id. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::category)
            .thenComparing(Finding::subject)
            .thenComparing(f -> f.a().source())
            .thenComparingInt(f -> f.a().line())
            .thenComparing(f -> f.b().source())
            .thenComparingInt(f -> f.b().line())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::id);

    private FindingOrder() {
    }

    /** Sorts into report order and keeps the first finding of each id. */
    public static List<Finding> sortAndDeduplicate(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        Map<String, Finding> byId = new LinkedHashMap<>();
        for (Finding f : sorted) {
            byId.putIfAbsent(f.id(), f);
        }
        return List.copyOf(byId.values());
    }
}
