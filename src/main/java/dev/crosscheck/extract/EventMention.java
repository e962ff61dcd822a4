package dev.crosscheck.extract;

import java.util.List;
import java.util.Optional;

/**
 * A word that names an event ("met", "the meeting", "talks with") and who took part, as
 * indexes into the article's person mentions. An empty participant list means the sentence
 * names no one ("the meeting"): resolution links it to the event the article was just about.
 *
 * @param anchor       the trigger word
 * @param trigger      index of the trigger token in its sentence
 * @param kind         event kind from the lexicon ("meeting", "visit")
 * @param dated        whether events of this kind carry a date worth comparing
 * @param participants indexes into {@link ArticleClaims#persons()}
 * @param date         a date or weekday stated in the same sentence
 * @param anaphoric    true when, naming no one, it can only refer back: a verb ("they met") or a
 *                     definite noun ("the meeting", "the 30-minute talks"), not "meetings in Beijing";
 *                     also a definite noun naming one side only ("the meeting with Xi"), whose other
 *                     side is the one the article was just about
 */
public record EventMention(Anchor anchor, int trigger, String kind, boolean dated, List<Integer> participants,
                           Optional<DateExpression> date, boolean anaphoric) {
}
