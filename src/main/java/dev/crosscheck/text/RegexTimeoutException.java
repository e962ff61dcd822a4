package dev.crosscheck.text;

/**
 * A rule-file regular expression ran past its time budget ({@link BoundedRegex}). The message
 * names the pattern and the file and line where it is written; the caller adds the article.
 */
public final class RegexTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RegexTimeoutException(String pattern, String origin, long budgetMillis, int textLength) {
        super("pattern '" + pattern + "' (" + origin + ") ran longer than " + budgetMillis / 1000
                + " s on a " + textLength + "-character text and was stopped; simplify it (a nested "
                + "repetition such as (.*a){20} backtracks exponentially)");
    }
}
