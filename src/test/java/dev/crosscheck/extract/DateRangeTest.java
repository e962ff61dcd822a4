package dev.crosscheck.extract;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateRangeTest {

    private static final LocalDate MON = LocalDate.of(2023, 9, 18);

    @Test
    void aWeekdayMatchesDatesOnThatWeekdayOnly() {
        assertTrue(DateRange.weekday(DayOfWeek.MONDAY).overlaps(DateRange.on(MON)));
        assertFalse(DateRange.weekday(DayOfWeek.SUNDAY).overlaps(DateRange.on(MON)));
        assertFalse(DateRange.weekday(DayOfWeek.SUNDAY).overlaps(DateRange.weekday(DayOfWeek.MONDAY)));
    }

    @Test
    void aWindowMatchesAWeekdayWhenItContainsOne() {
        DateRange window = DateRange.between(MON.minusDays(7), MON.minusDays(1));
        assertTrue(window.overlaps(DateRange.weekday(DayOfWeek.MONDAY)));
        assertFalse(DateRange.between(MON.plusDays(1), MON.plusDays(3)).overlaps(DateRange.weekday(DayOfWeek.MONDAY)));
        assertFalse(window.overlaps(DateRange.on(MON)));
        assertEquals(1, window.gapDays(DateRange.on(MON)));
    }

    @Test
    void normalizedFormsAreIsoDatesRangesOrWeekdays() {
        assertEquals("2023-09-18", DateRange.on(MON).normalized());
        assertEquals("2023-09-11..2023-09-18", DateRange.between(MON.minusDays(7), MON).normalized());
        assertEquals("Monday", DateRange.weekday(DayOfWeek.MONDAY).normalized());
    }
}
