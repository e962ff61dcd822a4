package dev.crosscheck.rules;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The newsroom vocabulary read from {@code rules/lexicon/}: everything the extractors
 * know about words. Java code holds mechanisms only; this record holds the knowledge.
 */
public record Lexicon(
        Calendar calendar,
        Numbers numbers,
        Hedges hedges,
        Map<String, Long> durationUnits,
        Events events,
        Offices offices,
        List<Country> countries,
        Names names,
        List<BoilerplatePattern> boilerplate,
        Quantities quantities,
        Stories stories) {

    /** When two articles tell the same story (see {@code stories.yaml}). */
    public record Stories(int minShared, double minOverlap, int maxNameArticles) {
    }

    /** A measure of counted things ("deaths") and the words that tie a figure to it. */
    public record Measure(String id, String name, Set<String> nouns, Set<String> verbs, List<List<String>> tolls) {
    }

    /** A unit: its dimension, the dimension's base unit and the factor to it. */
    public record Unit(String dimension, String base, double factor) {
    }

    /** "the first since 2018", "the first in nearly five years". */
    public record Elapsed(Set<String> firstWords, Set<String> sinceWords, Set<String> spanWords,
                          Map<String, Integer> yearUnits) {
    }

    /** Vocabulary of counts and measurements. */
    public record Quantities(List<Measure> measures, Map<List<String>, double[]> vague, Set<String> genericNouns,
                             Set<String> specificNouns, Map<List<String>, Unit> units, Set<String> notActual,
                             List<List<String>> rateMarkers, List<List<String>> attributionMarkers, Set<String> speechVerbs,
                             Set<String> scopePrepositions, int updateWindowDays, Elapsed elapsed) {
    }

    /**
     * Month and weekday names, slash order, the undated-event window, and relative dates
     * ("yesterday", "last week", "in November") resolved against a dateline.
     *
     * @param relative       phrase words → the period it names
     * @param monthPrefixes  words before a bare month name that make it a date ("in November")
     * @param futureMarkers  lemmas that make a sentence forward-looking: its relative dates are
     *                       not resolved backwards from the dateline
     */
    public record Calendar(Map<String, Integer> months, Map<String, DayOfWeek> weekdays,
                           boolean slashMonthFirst, int undatedWindowDays, Map<List<String>, RelativeDate> relative,
                           Set<String> monthPrefixes, Set<String> futureMarkers) {
    }

    /** Units a relative date counts in. */
    public enum PeriodUnit { DAY, WEEK, MONTH, YEAR }

    /**
     * A period relative to the dateline: {@code offset} units back (0 = the current one, up to
     * the dateline; -1 = the whole previous one).
     */
    public record RelativeDate(PeriodUnit unit, int offset) {
    }

    /** Number words and scale words. */
    public record Numbers(Map<String, Long> words, Map<String, Long> scales) {
    }

    /** How a hedge turns a stated value into an interval. */
    public enum HedgeKind {
        EXACT, APPROXIMATE, NEAR_BELOW, NEAR_ABOVE, ABOVE_OPEN, ABOVE_CLOSED, BELOW_OPEN, BELOW_CLOSED;

        /** Parses the rule-file spelling ({@code near-below}). */
        public static HedgeKind fromLabel(String label) {
            return valueOf(label.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /** Hedge phrases (lower-case word lists) and the relative spread of approximations. */
    public record Hedges(Map<List<String>, HedgeKind> phrases, double relative) {
    }

    /** One kind of event with the lemmas that name it. */
    public record EventKind(String name, boolean dated, Set<String> verbs, Set<String> nouns) {
    }

    /** Event vocabulary and attachment markers. */
    public record Events(List<EventKind> kinds, Set<String> participantMarkers, String passiveMarker,
                         Set<String> durationLinks, Set<String> leadTimeMarkers, Set<String> notDurationMarkers,
                         int anaphoraWindow) {
    }

    /** An office or role; {@code unique} offices have one holder per country at a time. */
    public record Office(String id, String name, boolean unique, List<List<String>> forms) {
    }

    /** Offices plus the modifiers that make a title not a current office ("former"). */
    public record Offices(List<Office> offices, Set<String> blockingModifiers) {
    }

    /**
     * A country with the word forms that name it.
     *
     * @param forms each form as words; {@code caseSensitive} forms are written in capitals
     */
    public record Country(String code, String adjective, List<CountryForm> forms) {
    }

    /** One way of writing a country ("United States", "US", "American"). */
    public record CountryForm(List<String> words, boolean caseSensitive) {
    }

    /** Vocabulary for telling names of people from other capitalised words. */
    public record Names(Set<String> functionWords, Set<String> glueWords, Set<String> groupWords,
                        Set<String> organisationWords,
                        Set<String> placeWords, List<List<String>> places,
                        List<Map.Entry<String, String>> transliteration, Variants variants) {
    }

    /** Thresholds for telling two spellings of one word from two words. */
    public record Variants(int minLength, int maxDistance, int longWordLength, int longWordMaxDistance,
                           int maxSuffix) {
    }

    /** Where a boilerplate match stops. */
    public enum Scope { MATCH, LINE, BLOCK, REST }

    /** A page-furniture pattern. */
    public record BoilerplatePattern(String name, Scope scope, boolean caption, java.util.regex.Pattern regex) {
    }
}
