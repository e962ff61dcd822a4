package dev.crosscheck.extract;

import java.time.LocalDate;
import java.util.Optional;

/**
 * "The first visit since 2018", "the first in nearly five years", "for the first time in a
 * decade": how long ago something last happened, as one article states it.
 *
 * @param anchor   the phrase from "first" to the year or span
 * @param text     the phrase as written
 * @param topic    what is first: the kind of the event word inside the phrase ("the first
 *                 visit in five years"), else the lemma of the noun after "first" ("the first
 *                 free election since 1990"), else the kind of the sentence's nearest event word
 * @param stated   false when the topic was taken from elsewhere in the sentence
 * @param previous when it last happened, in fractional years (2018.0..2019.0 for "since
 *                 2018"); empty for a span without a dateline to count back from
 * @param gap      how many years ago, when stated as a span or computable from the dateline
 */
public record ElapsedClaim(Anchor anchor, String text, String topic, boolean stated,
                           Optional<Interval> previous, Optional<Interval> gap) {

    /** A day as a fractional year, the scale of {@code previous}: 2023-07-02 → 2023.5. */
    public static double yearOf(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }
}
