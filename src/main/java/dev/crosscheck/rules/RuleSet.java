package dev.crosscheck.rules;

import java.util.List;

/**
 * Everything read from a rule directory.
 *
 * @param origin  where the rules came from, for the summary ("rules/" or "built-in")
 * @param rules   rule definitions sorted by id
 * @param lexicon the vocabulary
 */
public record RuleSet(String origin, List<RuleDefinition> rules, Lexicon lexicon) {
}
