package dev.crosscheck.rules;

import dev.crosscheck.finding.Severity;

import java.util.List;
import java.util.Optional;

/**
 * A short invented article set shipped with a rule: the rule must (or must not) fire on it.
 *
 * @param mustTrigger true for a "trigger" example, false for a "no-trigger" one
 * @param note        what the example shows
 * @param articles    article texts, each read as one file
 * @param line        line of the example in the rule file
 * @param expect      for a trigger example, the finding it must produce, when the file states it
 */
public record RuleExample(boolean mustTrigger, String note, List<String> articles, int line,
                          Optional<Expected> expect) {

    public RuleExample {
        articles = List.copyOf(articles);
    }

    /** An example without a stated finding. */
    public RuleExample(boolean mustTrigger, String note, List<String> articles, int line) {
        this(mustTrigger, note, articles, line, Optional.empty());
    }

    /**
     * The finding a trigger example must produce.
     *
     * @param severity its severity, when stated
     * @param values   the two claims' values as written (in either order), when stated
     */
    public record Expected(Optional<Severity> severity, List<String> values) {

        public Expected {
            values = List.copyOf(values);
        }
    }
}
