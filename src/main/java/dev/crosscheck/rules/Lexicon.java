package dev.crosscheck.rules;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Stories stories,
        Quotes quotes,
        Language language,
        Map<String, Set<String>> wordSets,
        Map<String, PatternDefinition> patterns) {

    /** This vocabulary with these token patterns ({@code patterns/*.yaml}, by id, kept in id order). */
    public Lexicon withPatterns(Map<String, PatternDefinition> p) {
        return new Lexicon(calendar, numbers, hedges, durationUnits, events, offices, countries, names, boilerplate,
                quantities, stories, quotes, language, wordSets,
                java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(p)));
    }

    /**
     * The named set of grammar words ({@code grammar.yaml}, {@code sets:}) an extractor relies on.
     *
     * @throws RuleFileException naming the missing set
     */
    public Set<String> words(String name) {
        Set<String> s = wordSets.get(name);
        if (s == null) {
            throw new RuleFileException("lexicon/grammar.yaml", 0, "no word set '" + name + "' under sets:");
        }
        return s;
    }

    /**
     * The token pattern with this id, which an extractor relies on.
     *
     * @throws RuleFileException naming the missing pattern file
     */
    public dev.crosscheck.pattern.TokenPattern pattern(String id) {
        PatternDefinition d = patterns.get(id);
        if (d == null) {
            throw new RuleFileException("patterns/" + id + ".yaml", 0, "pattern file is missing");
        }
        return d.pattern();
    }

    /**
     * The rules' language and the stop words that tell an input in another language
     * ({@code language.yaml}).
     *
     * @param code      the rules' language code ({@code en})
     * @param name      its name ({@code English})
     * @param stopWords its stop words, lower-case
     * @param minRatio  below this share of stop words a text may be in another language
     * @param minWords  shorter texts are not judged
     * @param maxWords  words read to judge
     * @param others    other languages by code: name and stop words
     */
    public record Language(String code, String name, Set<String> stopWords, double minRatio, int minWords,
                           int maxWords, Map<String, Other> others) {
    }

    /** Another language: its name and stop words. */
    public record Other(String name, Set<String> stopWords) {
    }

    /** When two articles tell the same story (see {@code stories.yaml}). */
    public record Stories(int minShared, double minOverlap, int maxNameArticles, int maxDatelineGapDays,
                          int undatedYearSlack) {

        /** The name thresholds with the default time gates. */
        public Stories(int minShared, double minOverlap, int maxNameArticles) {
            this(minShared, minOverlap, maxNameArticles, 30, 1);
        }
    }

    /**
     * Vocabulary of direct quotes (lexicon/quotes.yaml).
     *
     * @param openingMarks        quote marks that open unless their context says otherwise
     * @param closingMarks        quote marks that close unless their context says otherwise
     * @param eitherMarks         marks whose direction only context tells (")
     * @param speechVerbs         lemmas of verbs that attribute speech
     * @param addresseeVerbs      speech verbs whose object is the listener ("told X")
     * @param subjectSkip         words that may stand between a speaker and the speech verb
     * @param pronouns            pronouns that stand for the last speaker
     * @param pronounWindow       sentences a pronoun looks back for its speaker
     * @param continuationWindow  sentences an unattributed quote paragraph looks back for its speaker
     * @param sourceMarkers       "according to": phrases that introduce a source
     * @param editorialBrackets   bracket pairs ("()") whose content inside a quote is the editor's
     * @param negators            words that negate
     * @param antonyms            lemma to its opposites (symmetric)
     */
    public record Quotes(Set<String> openingMarks, Set<String> closingMarks, Set<String> eitherMarks,
                         Set<String> speechVerbs, Set<String> addresseeVerbs, Set<String> subjectSkip,
                         Set<String> pronouns, int pronounWindow, int continuationWindow,
                         List<List<String>> sourceMarkers, List<String> editorialBrackets, Set<String> negators,
                         Map<String, Set<String>> antonyms, List<SpellingFold> spellingFolds) {

        /**
         * A word's spelling with the lexicon's folds applied ("neighbourhood" → "neighborhood",
         * "6:00" → "6"): two quoted words with one folded form are the same word.
         */
        public String fold(String lower) {
            String out = lower;
            for (SpellingFold f : spellingFolds) {
                out = f.bounded().replaceAll(out, f.replacement());
            }
            return out;
        }

        /** Every quote mark (each is one character), in one string for fast per-character lookup. */
        public String markCharacters() {
            StringBuilder all = new StringBuilder();
            openingMarks.forEach(all::append);
            closingMarks.forEach(all::append);
            eitherMarks.forEach(all::append);
            return all.toString();
        }
    }

    /**
     * A measure of counted things ("deaths") and the words that tie a figure to it.
     *
     * @param before lemma sequences right before the figure ("claim the life of" 12 people)
     * @param after  lemma sequences after the counted noun ("12 people" "lose their life")
     */
    public record Measure(String id, String name, Set<String> nouns, Set<String> verbs, List<List<String>> tolls,
                          List<List<String>> before, List<List<String>> after) {
    }

    /** A unit: its dimension, the dimension's base unit and the factor to it. */
    public record Unit(String dimension, String base, double factor) {
    }

    /** "the first since 2018", "the first in nearly five years". */
    public record Elapsed(Set<String> firstWords, Set<String> sinceWords, Set<String> spanWords,
                          Map<String, Integer> yearUnits, Set<String> topiclessNouns) {
    }

    /**
     * One spelling fold of quoted words: US/UK forms, clock times written two ways.
     *
     * @param pattern     matched against the lower-case word
     * @param replacement what the match becomes ({@code $1} refers to a group)
     * @param origin      where the pattern is written (file:line), for messages
     */
    public record SpellingFold(java.util.regex.Pattern pattern, String replacement, String origin) {

        /** The pattern under a time budget. */
        public dev.crosscheck.text.BoundedRegex bounded() {
            return new dev.crosscheck.text.BoundedRegex(pattern, origin);
        }
    }

    /** Vocabulary of counts and measurements. */
    public record Quantities(List<Measure> measures, Map<List<String>, double[]> vague, Set<String> genericNouns,
                             Set<String> specificNouns, Map<List<String>, Unit> units, Set<String> notActual,
                             Set<String> yearMarkers,
                             List<List<String>> attributionMarkers, Set<String> speechVerbs,
                             Set<String> scopePrepositions, int updateWindowDays, Elapsed elapsed,
                             List<AgePattern> ages, int backgroundMonthDays, Set<String> uncountedNouns) {
    }

    /**
     * How an age is written next to a person ("the 58-year-old governor X", "X, 58,").
     *
     * @param pattern     case-insensitive; group 1 is the age
     * @param personAfter the person usually follows the phrase (else, or when false, precedes it)
     * @param origin      where the pattern is written (file:line), for messages
     */
    public record AgePattern(java.util.regex.Pattern pattern, boolean personAfter, String origin) {

        /** The pattern under a time budget. */
        public dev.crosscheck.text.BoundedRegex bounded() {
            return new dev.crosscheck.text.BoundedRegex(pattern, origin);
        }
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
                           Set<String> monthPrefixes, Set<String> futureMarkers, Set<String> datelineWords,
                           Map<String, Integer> clockSuffixes, Set<String> clockHedges, Set<String> timeZoneWords,
                           int wireYearWindowDays) {
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
    /**
     * Number words, scales, fractions ("two and a half", "half an hour", "4 ½") and range words
     * ("two to three hours").
     *
     * @param fractions       fraction words and signs with their values ("half" → 0.5, "½" → 0.5)
     * @param fractionJoiners words between a whole number and its fraction ("and a")
     * @param rangeWords      a word between two numbers that makes them a range ("to")
     * @param ordinals        ordinal words with their values ("eleventh" → 11)
     * @param ordinalSuffixes what follows digits in an ordinal ("11th": "th")
     */
    public record Numbers(Map<String, Long> words, Map<String, Long> scales, Map<String, Double> fractions,
                          List<List<String>> fractionJoiners, Set<String> rangeWords, Map<String, Long> ordinals,
                          Set<String> ordinalSuffixes) {

        /** Whole number words and scales only. */
        public Numbers(Map<String, Long> words, Map<String, Long> scales) {
            this(words, scales, Map.of(), List.of(), Set.of(), Map.of(), Set.of());
        }

        /** The value of one ordinal word ("eleventh", "11th"), if it is one. */
        public java.util.Optional<Long> ordinal(String lower) {
            Long v = ordinals.get(lower);
            if (v != null) {
                return java.util.Optional.of(v);
            }
            int digits = 0;
            while (digits < lower.length() && Character.isDigit(lower.charAt(digits))) {
                digits++;
            }
            if (digits == 0 || digits > 9 || !ordinalSuffixes.contains(lower.substring(digits))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Long.parseLong(lower.substring(0, digits)));
        }
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
    /**
     * An event kind and the words that name it.
     *
     * @param markerVerbs verbs that name it only when a participant marker follows them before
     *                    the clause ends ("spent 35 minutes with Xi", not "spent three days in Ostra")
     */
    /**
     * One kind of event ("meeting", "call").
     *
     * @param markerVerbs verbs (lemmas) that name this kind only with a marker shortly after them
     *                    ("spent 35 minutes with", "spoke by phone")
     * @param markers     those markers, as phrases; empty: the participant markers ("with")
     * @param modifiers   words that make an event noun of any kind right after them this kind
     *                    ("phone conversation", "telephone talks")
     * @param solo        one named person makes an event of this kind ("Blinken's two-day visit"):
     *                    the others need two participants
     */
    public record EventKind(String name, boolean dated, Set<String> verbs, Set<String> nouns, Set<String> markerVerbs,
                            List<List<String>> markers, Set<String> modifiers, boolean solo) {
    }

    /**
     * Event vocabulary and attachment markers; {@code planMarkers} before a duration make it a
     * plan ("scheduled for one hour"), not how long the event lasted; {@code pluralReferences}
     * ("the two", "both sides") before an event word make it refer back to the event just described.
     */
    public record Events(List<EventKind> kinds, Set<String> participantMarkers, String passiveMarker,
                         Set<String> durationLinks, Set<String> leadTimeMarkers, Set<String> notDurationMarkers,
                         Set<String> planMarkers, List<List<String>> pluralReferences, int anaphoraWindow) {
    }

    /** An office or role; {@code unique} offices have one holder per country at a time. */
    public record Office(String id, String name, boolean unique, List<List<String>> forms) {
    }

    /**
     * Offices plus the modifiers that make a title not a current office ("former"), and groups
     * of office ids that one person may be given at once (equivalent names of one post).
     */
    public record Offices(List<Office> offices, Set<String> blockingModifiers, List<Set<String>> equivalents) {

        /** The office with this id. */
        public Optional<Office> office(String id) {
            for (Office o : offices) {
                if (o.id().equals(id)) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }

        /** True when one person may hold both offices: the same id, or one equivalence group. */
        public boolean equivalent(String a, String b) {
            if (a.equals(b)) {
                return true;
            }
            for (Set<String> group : equivalents) {
                if (group.contains(a) && group.contains(b)) {
                    return true;
                }
            }
            return false;
        }
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
                        List<Map.Entry<String, String>> transliteration, Variants variants,
                        NameOrder nameOrder) {
    }

    /**
     * Which word of a name is the family name.
     *
     * @param familyFirstCountries country codes whose names keep the family name first in English
     * @param familyNames          lower-case family names, recognised wherever they stand
     * @param alsoGivenNames       lower-case family names that are also common given names in
     *                             Western order ("Kim Harlow"): first in a name, they are taken
     *                             as the family name only for a family-name-first country
     */
    public record NameOrder(Set<String> familyFirstCountries, Set<String> familyNames, Set<String> alsoGivenNames) {
    }

    /** Thresholds for telling two spellings of one word from two words. */
    /**
     * When two spellings count as one word (see {@code names.yaml}).
     *
     * @param morphologySuffixes endings two words may end in differently and still be one stem's
     *                           forms, not a misspelling ("Democrats" / "Democratic")
     */
    public record Variants(int minLength, int maxDistance, int longWordLength, int longWordMaxDistance,
                           int maxSuffix, Set<String> morphologySuffixes) {

        public Variants {
            morphologySuffixes = Set.copyOf(morphologySuffixes);
        }
    }

    /** Where a boilerplate match stops. */
    public enum Scope { MATCH, LINE, BLOCK, REST }

    /**
     * A page-furniture pattern.
     *
     * @param origin where the pattern is written (file:line), for messages
     */
    public record BoilerplatePattern(String name, Scope scope, boolean caption, java.util.regex.Pattern regex,
                                     String origin) {

        /** A pattern named after itself (tests). */
        public BoilerplatePattern(String name, Scope scope, boolean caption, java.util.regex.Pattern regex) {
            this(name, scope, caption, regex, "boilerplate pattern " + name);
        }

        /** The pattern under a time budget. */
        public dev.crosscheck.text.BoundedRegex bounded() {
            return new dev.crosscheck.text.BoundedRegex(regex, origin);
        }
    }
}
