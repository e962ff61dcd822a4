package dev.crosscheck.extract;

/**
 * How long an event lasted, as one article states it.
 *
 * @param anchor the duration phrase
 * @param text   the phrase as written ("about three hours", "approximately 30-minute")
 * @param range  the interval it allows, in seconds
 * @param event  index into {@link ArticleClaims#events()} of the event word it is attached to
 */
public record DurationClaim(Anchor anchor, String text, Interval range, int event) {
}
