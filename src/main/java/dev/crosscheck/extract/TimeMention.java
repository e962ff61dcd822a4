package dev.crosscheck.extract;

import java.util.List;

/**
 * A time named in a sentence, whatever event it belongs to: a weekday, a month, a year or a clock
 * time. Compared between restatements of one sentence (rule restated-date-conflict), where the
 * sentence itself ties the time to one event, and as a lead's clock time of its story's incident
 * (rule incident-time-conflict).
 *
 * @param anchor  where it stands
 * @param kind    what sort of time
 * @param value   canonical value: the weekday ({@code TUESDAY}), month number, year, or minutes
 *                after midnight of a clock time
 * @param hedged  the clock time is approximate ("about 3 pm")
 * @param verb    lemma of the verb nearest to it in its sentence ("filed charges on Wednesday":
 *                {@code file}), empty when none is near: what happened at that time
 * @param sentenceVerbs lemmas of every verb of its sentence, in order ("At about 3 p.m., the camp
 *                was bombed": {@code bomb}, further than the nearest-verb window)
 * @param clauseVerb lemma of the verb before it in its clause, no comma or semicolon between
 *                ("killed two workers at the plant on Monday, the governor said": {@code kill}),
 *                empty when there is none
 */
public record TimeMention(Anchor anchor, Kind kind, int value, boolean hedged, String verb,
                          List<String> sentenceVerbs, String clauseVerb) {

    public TimeMention {
        sentenceVerbs = List.copyOf(sentenceVerbs);
    }

    /** What sort of time. */
    public enum Kind {
        WEEKDAY, MONTH, YEAR, CLOCK
    }
}
