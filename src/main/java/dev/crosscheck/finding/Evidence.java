package dev.crosscheck.finding;

/**
 * One side of a finding: the claim as written, its machine value and where it stands.
 *
 * @param value      the text as it stands in the article
 * @param normalized the machine value (interval, ISO date, canonical name)
 * @param source     the file name as given on the command line
 * @param line       1-based line number in the source file
 * @param sentence   the whole sentence the claim was read from
 */
public record Evidence(String value, String normalized, String source, int line, String sentence) {
}
