package dev.crosscheck.rules;

import java.util.List;

/**
 * Everything read from a rule directory.
 *
 * @param origin  where the rules came from, for the summary ("rules/" or "built-in")
 * @param rules   rule definitions sorted by id
 * @param lexicon the vocabulary
 * @param digest  {@code sha256:<hex>} of the rule and lexicon files' names and contents (line ends
 *                normalised), so a report can say which rule set produced it
 */
public record RuleSet(String origin, List<RuleDefinition> rules, Lexicon lexicon, String digest) {

    /** The rule with this id, or null. */
    public RuleDefinition rule(String id) {
        for (RuleDefinition r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
