package dev.crosscheck.extract;

import dev.crosscheck.rules.Lexicon;

import java.util.List;
import java.util.Set;

/**
 * The grammar words the extractors' mechanisms read ({@code lexicon/grammar.yaml}), each set
 * under the name of its role, so no extractor spells a word of the rules' language.
 *
 * @param between                "between 20 and 30", "the meeting between A and B"
 * @param dayPrepositions        "on Monday"
 * @param complementPrepositions "three hours of talks", "the town of Brenn"
 * @param conjunctions           "Biden and Xi"
 * @param definiteArticles       "the President"
 * @param definiteDeterminers    "the meeting", "their talks"
 * @param figureFollowers        "20 more people"
 * @param forwardLooking         "next Monday"
 * @param listJoiners            "A, and then B", "A &amp; B"
 * @param passiveAuxiliaries     lemmas: "was received by"
 * @param participleEndings      endings of past participles ("propelled") that continue a noun compound
 * @param possessiveMarks        "Blinken's meeting"
 * @param subjectPronouns        "He met Qin": a pronoun standing for the previous sentence's subject
 * @param unitComplements        "$2 billion in aid"
 * @param verbOnlyForms          forms read as verbs whatever their tag ("met")
 */
record Grammar(Set<String> between, Set<String> dayPrepositions, Set<String> complementPrepositions,
               Set<String> conjunctions, Set<String> definiteArticles, Set<String> definiteDeterminers,
               Set<String> figureFollowers, Set<String> forwardLooking, Set<String> listJoiners,
               Set<String> participleEndings, Set<String> passiveAuxiliaries, Set<String> possessiveMarks,
               Set<String> subjectPronouns,
               Set<String> unitComplements, Set<String> verbOnlyForms) {

    static Grammar of(Lexicon lexicon) {
        return new Grammar(lexicon.words("between-words"), lexicon.words("day-prepositions"),
                lexicon.words("complement-prepositions"), lexicon.words("conjunctions"),
                lexicon.words("definite-articles"), lexicon.words("definite-determiners"),
                lexicon.words("figure-followers"), lexicon.words("forward-looking"), lexicon.words("list-joiners"),
                lexicon.words("participle-endings"), lexicon.words("passive-auxiliaries"),
                lexicon.words("possessive-marks"),
                lexicon.words("subject-pronouns"), lexicon.words("unit-complements"), lexicon.words("verb-only-forms"));
    }

    /** "the" at token {@code k} of {@code lower}. */
    boolean article(List<String> lower, int k) {
        return k >= 0 && k < lower.size() && definiteArticles.contains(lower.get(k));
    }
}
