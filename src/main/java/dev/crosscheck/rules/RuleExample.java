package dev.crosscheck.rules;

import java.util.List;

/**
 * A short invented article set shipped with a rule: the rule must (or must not) fire on it.
 *
 * @param mustTrigger true for a "trigger" example, false for a "no-trigger" one
 * @param note        what the example shows
 * @param articles    article texts, each read as one file
 * @param line        line of the example in the rule file
 */
public record RuleExample(boolean mustTrigger, String note, List<String> articles, int line) {
}
