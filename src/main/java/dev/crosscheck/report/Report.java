package dev.crosscheck.report;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.rules.RuleDefinition;

import java.util.List;

/**
 * What every report format renders: the findings left after {@code --target} and {@code --baseline},
 * the rules that ran, which tool and rule set produced them, and what the run could not check.
 *
 * @param tool       version, commit and rule digest
 * @param rules      every rule of the rule set, sorted by id (SARIF lists their metadata)
 * @param findings   the reported findings, in report order
 * @param articles   articles checked
 * @param suppressed findings dropped because the baseline lists them
 * @param leftOut    findings dropped because they involve no target
 * @param notChecked inputs and rules that could not be checked, in the order of stderr
 */
public record Report(ToolInfo tool, List<RuleDefinition> rules, List<Finding> findings, int articles,
                     int suppressed, int leftOut, List<NotChecked> notChecked) {

    public Report {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        notChecked = List.copyOf(notChecked);
    }

    /**
     * An input or rule that could not be checked.
     *
     * @param kind   {@code article}, {@code skipped-input} or {@code rule}
     * @param name   the input's name as given, or the rule id
     * @param reason one line saying why
     */
    public record NotChecked(String kind, String name, String reason) {
    }
}
