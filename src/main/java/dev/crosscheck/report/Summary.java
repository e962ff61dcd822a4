package dev.crosscheck.report;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The short plain-text summary printed after a check. */
public final class Summary {

    private Summary() {
    }

    /**
     * @param articles  articles read
     * @param sentences story sentences
     * @param claims    claims extracted
     * @param findings  findings in report order
     * @param report    where the report was written
     */
    public static String render(int articles, int sentences, int claims, List<Finding> findings, String report) {
        return render(articles, sentences, claims, findings, report, new NotChecked(0, 0, 0));
    }

    /**
     * What could not be checked.
     *
     * @param articles articles that could not be read, annotated or extracted
     * @param skipped  inputs skipped: not text (binary), or not in the rules' language
     * @param rules    rules whose comparison failed
     */
    public record NotChecked(long articles, long skipped, long rules) {
        boolean any() {
            return articles + skipped + rules > 0;
        }
    }

    /** As above, with a line counting what could not be checked when anything could not. */
    public static String render(int articles, int sentences, int claims, List<Finding> findings, String report,
                                NotChecked notChecked) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<Category, Map<Severity, Integer>> byCategory = new EnumMap<>(Category.class);
        for (Finding f : findings) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byCategory.computeIfAbsent(f.category(), c -> new EnumMap<>(Severity.class)).merge(f.severity(), 1,
                    Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Read %d %s (%d sentences), extracted %d claims.%n", articles,
                articles == 1 ? "article" : "articles", sentences, claims));
        sb.append("Findings: ").append(counts(bySeverity)).append(System.lineSeparator());
        for (Map.Entry<Category, Map<Severity, Integer>> e : byCategory.entrySet()) {
            sb.append(String.format("  %-9s %s%n", e.getKey().label(), counts(e.getValue())));
        }
        if (notChecked.any()) {
            List<String> parts = new java.util.ArrayList<>();
            if (notChecked.articles() > 0) {
                parts.add(plural(notChecked.articles(), "article"));
            }
            if (notChecked.skipped() > 0) {
                parts.add(plural(notChecked.skipped(), "input") + " skipped (not text, or not in the rules' language)");
            }
            if (notChecked.rules() > 0) {
                parts.add(plural(notChecked.rules(), "rule"));
            }
            sb.append("Not checked: ").append(String.join(", ", parts)).append(" (each named on stderr)")
                    .append(System.lineSeparator());
        }
        sb.append("Report: ").append(report).append(System.lineSeparator());
        return sb.toString();
    }

    private static String counts(Map<Severity, Integer> bySeverity) {
        StringBuilder sb = new StringBuilder();
        for (Severity s : Severity.values()) {
            int n = bySeverity.getOrDefault(s, 0);
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(n).append(' ').append(s.label()).append(n == 1 || s == Severity.INFO ? "" : "s");
        }
        return sb.toString();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
