package dev.crosscheck.extract;

/**
 * A person's age as one article states it: "the 58-year-old governor", "Ilse Marren, 58,",
 * "aged 58".
 *
 * @param anchor the age phrase
 * @param text   the phrase as written
 * @param person index into {@link ArticleClaims#persons()} of the person it describes
 * @param age    the age in years
 */
public record AgeClaim(Anchor anchor, String text, int person, int age) {
}
