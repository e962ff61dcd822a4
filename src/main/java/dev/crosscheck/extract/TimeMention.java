package dev.crosscheck.extract;

/**
 * A time named in a sentence, whatever event it belongs to: a weekday, a month, a year or a clock
 * time. Compared only between restatements of one sentence (rule restated-date-conflict), where
 * the sentence itself ties the time to one event.
 *
 * @param anchor  where it stands
 * @param kind    what sort of time
 * @param value   canonical value: the weekday ({@code TUESDAY}), month number, year, or minutes
 *                after midnight of a clock time
 * @param hedged  the clock time is approximate ("about 3 pm")
 * @param verb    lemma of the verb nearest to it in its sentence ("filed charges on Wednesday":
 *                {@code file}), empty when none is near: what happened at that time
 */
public record TimeMention(Anchor anchor, Kind kind, int value, boolean hedged, String verb) {

    /** What sort of time. */
    public enum Kind {
        WEEKDAY, MONTH, YEAR, CLOCK
    }
}
