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

    /** How the summary is printed: plain, or with ANSI colours for a terminal. */
    public enum Style {
        PLAIN, COLOUR
    }

    /** Findings listed one line each after the counts. */
    static final int TOP = 5;
    private static final int LINE = 120;

    /** As above, with a line counting what could not be checked when anything could not. */
    public static String render(int articles, int sentences, int claims, List<Finding> findings, String report,
                                NotChecked notChecked) {
        return render(articles, sentences, claims, findings, report, notChecked, Style.PLAIN);
    }

    /** As above, the severities coloured when {@code style} is {@link Style#COLOUR}, then the top findings. */
    public static String render(int articles, int sentences, int claims, List<Finding> findings, String report,
                                NotChecked notChecked, Style style) {
        boolean colour = style == Style.COLOUR;
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
        sb.append("Findings: ").append(counts(bySeverity, colour)).append(System.lineSeparator());
        for (Map.Entry<Category, Map<Severity, Integer>> e : byCategory.entrySet()) {
            sb.append(String.format("  %-9s %s%n", e.getKey().label(), counts(e.getValue(), colour)));
        }
        List<Finding> top = findings.stream().filter(f -> f.severity() != Severity.INFO).limit(TOP).toList();
        if (!top.isEmpty()) {
            sb.append("Top findings:").append(System.lineSeparator());
            for (Finding f : top) {
                String label = String.format("%-7s", f.severity().label());
                sb.append("  ").append(colour ? paint(f.severity(), label) : label).append(' ')
                        .append(shorten(f.message())).append(System.lineSeparator());
            }
            int rest = (int) findings.stream().filter(f -> f.severity() != Severity.INFO).count() - top.size();
            if (rest > 0) {
                sb.append("  ... and ").append(rest).append(" more in the report").append(System.lineSeparator());
            }
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

    private static String counts(Map<Severity, Integer> bySeverity, boolean colour) {
        StringBuilder sb = new StringBuilder();
        for (Severity s : Severity.values()) {
            int n = bySeverity.getOrDefault(s, 0);
            if (sb.length() > 0) {
                sb.append(", ");
            }
            String c = n + " " + s.label() + (n == 1 || s == Severity.INFO ? "" : "s");
            sb.append(colour && n > 0 ? paint(s, c) : c);
        }
        return sb.toString();
    }

    private static String paint(Severity s, String text) {
        String code = switch (s) {
            case ERROR -> "1;31";
            case WARNING -> "33";
            case INFO -> "36";
        };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    /** One line: the message cut at a word before {@value #LINE} characters. */
    static String shorten(String message) {
        if (message.length() <= LINE) {
            return message;
        }
        int cut = message.lastIndexOf(' ', LINE - 1);
        return message.substring(0, cut > LINE / 2 ? cut : LINE - 1) + "…";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
