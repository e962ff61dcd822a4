package dev.crosscheck.extract;

import dev.crosscheck.rules.Lexicon.HedgeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntervalTest {

    private final HedgeIntervals hedges = new HedgeIntervals(0.05);

    @ParameterizedTest
    @CsvSource({
        "APPROXIMATE, 6, 1, 5.5, 6.5",
        "APPROXIMATE, 30, 10, 25, 35",
        "APPROXIMATE, 1000, 1000, 750, 1250",
        "NEAR_BELOW, 10, 10, 5, 12.5",
        "NEAR_BELOW, 5, 1, 4, 5.5",
        "NEAR_ABOVE, 5, 1, 4.5, 6",
        "ABOVE_OPEN, 3, 1, 3, Infinity",
        "BELOW_CLOSED, 20, 10, 0, 20",
        "EXACT, 288, 1, 288, 288"})
    void hedgesMakeIntervalsFromValueAndARoundingStepOfAtMostHalfTheValue(HedgeKind kind, double v, double step, double lo, double hi) {
        Interval i = hedges.interval(kind, v, step);
        assertEquals(lo, i.lo());
        assertEquals(hi, i.hi());
    }

    @Test
    void openEndsDoNotTouch() {
        Interval moreThanThree = new Interval(3, true, Double.POSITIVE_INFINITY, true);
        assertFalse(moreThanThree.overlaps(Interval.exact(3)));
        assertTrue(moreThanThree.overlaps(new Interval(2.5, false, 3.5, false)));
        assertEquals(0, moreThanThree.gap(new Interval(2.5, false, 3.5, false)));
        assertEquals(2.5, Interval.exact(0.5).gap(new Interval(3, false, 4, false)));
    }
}
