package dev.crosscheck.resolve;

import java.util.List;
import java.util.Optional;

/**
 * One person across the corpus: every spelling of their full name that resolution merged.
 *
 * @param id      index in {@link ResolvedCorpus#persons()}
 * @param name    canonical spelling: the most frequent, then alphabetically first
 * @param forms   every full-name spelling seen, sorted
 * @param country the country of their titles when the articles agree on one
 */
public record Person(int id, String name, List<String> forms, Optional<String> country) {
}
