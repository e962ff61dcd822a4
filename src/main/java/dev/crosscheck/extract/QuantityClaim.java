package dev.crosscheck.extract;

import java.util.Optional;

/**
 * A number with what it counts or measures: "at least 280 people died in Derna", "a 12,500-foot
 * peak". The measure is canonical ("deaths" for died/dead/killed), the value converted to the
 * measure's base unit.
 *
 * @param anchor   the number phrase
 * @param text     the phrase as written ("at least 280")
 * @param range    the interval it allows, in the base unit
 * @param measure  canonical measure id from the lexicon ("deaths", "length")
 * @param unit     base unit of the range ("m", "USD", "" for counts)
 * @param scope    where or whom it applies to when stated ("Derna")
 * @param attribution who the figure is attributed to when stated ("the interior ministry")
 * @param total    when the figure is one part of a breakdown ("1 pilot and 4 passengers"), the
 *                 sum of the parts
 * @param rising   its sentence says the figure rose to it ("the death toll rose to 60")
 * @param reach    what the figure covers: one incident, a running total, or an increment
 */
public record QuantityClaim(Anchor anchor, String text, Interval range, String measure, String unit,
                            Optional<String> scope, Optional<String> attribution, Optional<Double> total,
                            boolean rising, Reach reach) {

    /** What a figure covers; figures of different reach are different referents. */
    public enum Reach {
        /** one incident's figure, the usual case */
        INCIDENT,
        /** added up over several incidents or days ("in their five operations so far") */
        RUNNING_TOTAL,
        /** beyond another count ("20 more people", "two other rifles") */
        INCREMENT
    }

    /** Measure prefix of a figure that counts a noun no measure of the lexicon names ("Five bombs"). */
    public static final String COUNTED = "count:";

    /** Whether the figure counts a noun no measure names: compared only between restated sentences. */
    public boolean countsANoun() {
        return measure.startsWith(COUNTED);
    }
}
