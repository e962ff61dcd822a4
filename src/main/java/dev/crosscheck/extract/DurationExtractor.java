package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds how long events lasted: "[hedge] NUMBER[-]UNIT" tied to an event word by position —
 * "30-minute meeting", "three hours of conversations", "met for about six hours". Lead times
 * ("an hour before it was due") and time frames ("the first in five years") are not durations.
 */
final class DurationExtractor {

    private final Vocabulary vocab;
    private final Lexicon.Events events;
    private final NumberPhrases phrases;

    DurationExtractor(Vocabulary vocab, NumberPhrases phrases) {
        this.vocab = vocab;
        this.phrases = phrases;
        this.events = vocab.lexicon().events();
    }

    /**
     * @param eventAt index (into the article's events) of the event word at each token, or -1
     * @param numbers the sentence's number phrases ({@link NumberPhrases#all})
     */
    List<DurationClaim> extract(SentenceContext ctx, int[] eventAt, List<NumberPhrases.Phrase> numbers) {
        List<Token> t = ctx.tokens;
        List<String> lower = ctx.lower;
        List<DurationClaim> out = new ArrayList<>();
        int after = -1;
        for (NumberPhrases.Phrase phrase : numbers) {
            if (phrase.end() - 1 <= after) {
                continue;
            }
            int unitAt = phrase.end();
            if (unitAt < t.size() && t.get(unitAt).text().equals("-")) {
                unitAt++;
            }
            if (unitAt >= t.size()) {
                continue;
            }
            Long unitSeconds = vocab.lexicon().durationUnits().get(lower.get(unitAt));
            if (unitSeconds == null) {
                continue;
            }
            int end = unitAt + 1;
            // "about an hour and a half": the fraction follows the unit
            Optional<NumberPhrases.Phrase> withFraction = phrases.withFractionAt(lower, phrase, end);
            if (withFraction.isPresent()) {
                phrase = withFraction.get();
                end = phrase.end();
            }
            Interval range = phrase.scaled(unitSeconds);
            // "five hours and 30 minutes", "1 hour 45 minutes": a smaller unit adds to the larger
            Optional<Part> part = smallerPart(t, lower, numbers, end, unitSeconds);
            if (part.isPresent()) {
                Interval r = part.get().range();
                range = new Interval(range.lo() + r.lo(), range.loOpen() || r.loOpen(), range.hi() + r.hi(),
                        range.hiOpen() || r.hiOpen());
                end = part.get().end();
            }
            int start = phrase.start();
            after = end - 1;
            if (end < t.size() && events.leadTimeMarkers().contains(lower.get(end))
                    || start > 0 && events.notDurationMarkers().contains(lower.get(start - 1))
                    || planned(t, start)) {
                continue;
            }
            int event = attach(ctx, eventAt, start, end);
            if (event >= 0) {
                out.add(new DurationClaim(ctx.anchor(start, end), ctx.text(start, end), range, event));
            }
        }
        return out;
    }

    /** The second part of a compound duration: its interval in seconds and the token after it. */
    private record Part(Interval range, int end) {
    }

    /** "and 30 minutes" or "45 minutes" right after {@code from}, in a unit smaller than {@code unitSeconds}. */
    private Optional<Part> smallerPart(List<Token> t, List<String> lower, List<NumberPhrases.Phrase> numbers, int from,
                                       long unitSeconds) {
        int k = from;
        if (k < t.size() && (lower.get(k).equals(",") || "CCONJ".equals(t.get(k).pos()))) {
            k++;
        }
        for (NumberPhrases.Phrase p : numbers) {
            if (p.start() != k || p.article() || p.end() >= t.size()) {
                continue;
            }
            Long smaller = vocab.lexicon().durationUnits().get(lower.get(p.end()));
            if (smaller != null && smaller < unitSeconds) {
                return Optional.of(new Part(p.scaled(smaller), p.end() + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * A plan marker in the {@value #PLAN_WINDOW} words before the duration, in its clause
     * ("scheduled for one hour"; not "longer than expected, about three hours").
     */
    private boolean planned(List<Token> t, int start) {
        for (int k = start - 1; k >= Math.max(0, start - PLAN_WINDOW); k--) {
            if (events.planMarkers().contains(t.get(k).lower())) {
                return true;
            }
            if ("PUNCT".equals(t.get(k).pos())) {
                return false;
            }
        }
        return false;
    }

    private static final int PLAN_WINDOW = 3;

    /**
     * A word between a duration's unit and its event word: an adjective or a noun of a compound,
     * the hyphen right after the unit ("30-minute"), or an adverb right after the unit or a hyphen
     * ("hour-long", which the tagger reads as an adverb).
     */
    private static boolean beforeEventWord(List<Token> t, int k, int unitEnd) {
        String pos = t.get(k).pos();
        boolean afterUnitOrHyphen = k == unitEnd || t.get(k - 1).text().equals("-");
        return pos.equals("ADJ") || pos.equals("NOUN") || k == unitEnd && t.get(k).text().equals("-")
                || afterUnitOrHyphen && pos.equals("ADV");
    }

    /** The event word this duration belongs to, or -1. */
    private int attach(SentenceContext ctx, int[] eventAt, int start, int end) {
        List<Token> t = ctx.tokens;
        // "30-minute meeting", "two-day official visit", "an hour-long meeting", "a 5-hour long talk",
        // "an hour-long phone call" (a noun of a compound before the event word)
        for (int k = end; k < Math.min(t.size(), end + 4); k++) {
            if (eventAt[k] >= 0) {
                return eventAt[k];
            }
            if (!beforeEventWord(t, k, end)) {
                break;
            }
        }
        // "three hours of conversations", "three hours in talks with"
        if (end + 1 < t.size() && vocab.grammar().unitComplements().contains(t.get(end).lower())) {
            for (int k = end + 1; k < Math.min(t.size(), end + 3); k++) {
                if (eventAt[k] >= 0) {
                    return eventAt[k];
                }
            }
        }
        // "a candid conversation of nearly six hours"
        if (start >= 2 && vocab.grammar().complementPrepositions().contains(t.get(start - 1).lower())) {
            for (int k = start - 2; k >= Math.max(0, start - 4); k--) {
                if (eventAt[k] >= 0) {
                    return eventAt[k];
                }
                if (!"ADJ".equals(t.get(k).pos())) {
                    break;
                }
            }
        }
        // "met for about six hours", "the talks lasted three hours", "spent 35 minutes with" (the
        // link is the event's own verb)
        if (start > 0 && events.durationLinks().contains(t.get(start - 1).lower())) {
            for (int k = start - 1; k >= 0; k--) {
                if (eventAt[k] >= 0) {
                    return eventAt[k];
                }
            }
        }
        return -1;
    }
}
