package dev.crosscheck.rules;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Severity;

import java.util.List;

/**
 * One rule file: which comparison runs, how findings are labelled and worded.
 *
 * @param id          stable rule id, used in reports and suppressions
 * @param kind        the comparison mechanism
 * @param category    report category of its findings
 * @param severity    severity when both claims are stated and incompatible
 * @param description what the rule checks, for people
 * @param message     message template with {placeholders}
 * @param params      kind-specific parameters (validated by the comparison)
 * @param examples    texts that must and must not trigger it
 * @param file        rule file label, for error messages
 * @param yieldsTo    ids of rules whose finding on the same two claims replaces this rule's
 *                    ("LuAnn Vik" / "Luann Vik" is a style variant, not also a misspelling)
 * @param yieldsToLine line of {@code yields-to} in the file (0 when absent), for error messages
 */
public record RuleDefinition(String id, ComparisonKind kind, Category category, Severity severity,
                             String description, String message, YamlNode params, List<RuleExample> examples,
                             String file, List<String> yieldsTo, int yieldsToLine) {

    public RuleDefinition {
        yieldsTo = List.copyOf(yieldsTo);
    }

    /** A rule that yields to no other. */
    public RuleDefinition(String id, ComparisonKind kind, Category category, Severity severity, String description,
                          String message, YamlNode params, List<RuleExample> examples, String file) {
        this(id, kind, category, severity, description, message, params, examples, file, List.of(), 0);
    }

    /** This rule with another severity (a level the user set). */
    public RuleDefinition withSeverity(Severity s) {
        return new RuleDefinition(id, kind, category, s, description, message, params, examples, file, yieldsTo,
                yieldsToLine);
    }
}
