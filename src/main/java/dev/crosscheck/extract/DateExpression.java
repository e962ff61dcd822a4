package dev.crosscheck.extract;

/**
 * A date as stated in a sentence, resolved as far as the article allows.
 *
 * @param text  the words as written ("on Monday", "June 19, 2023")
 * @param range the days it can denote
 */
public record DateExpression(String text, DateRange range) {
}
