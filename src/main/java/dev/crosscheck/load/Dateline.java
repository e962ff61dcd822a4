package dev.crosscheck.load;

import java.time.LocalDate;

/**
 * The date an article is published under, read from its first non-empty line.
 *
 * @param date the date
 * @param text the line as written ("Fri. Sep 22nd, 2023")
 * @param line 1-based line number
 */
public record Dateline(LocalDate date, String text, int line) {
}
