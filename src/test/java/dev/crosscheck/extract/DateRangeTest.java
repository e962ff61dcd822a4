package dev.crosscheck.extract;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

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

    @Test
    void aDayWithoutAYearMatchesThatDayInAnyYearAndNoOtherDay() {
        DateRange sep18 = DateRange.onMonthDay(MonthDay.of(9, 18), Optional.empty());
        assertTrue(sep18.overlaps(DateRange.on(MON)));
        assertTrue(sep18.overlaps(DateRange.on(MON.minusYears(3))));
        assertFalse(sep18.overlaps(DateRange.onMonthDay(MonthDay.of(3, 18), Optional.empty())));
        assertFalse(sep18.overlaps(DateRange.on(MON.plusDays(1))));
        // a dateline window holds the day, or does not
        assertTrue(sep18.overlaps(DateRange.between(MON.minusDays(7), MON)));
        assertFalse(sep18.overlaps(DateRange.between(MON.plusDays(1), MON.plusDays(7))));
        // no year: any weekday may fall on it; with one, the dated day must also be that weekday
        assertTrue(sep18.overlaps(DateRange.weekday(DayOfWeek.SUNDAY)));
        DateRange tuesdaySep18 = DateRange.onMonthDay(MonthDay.of(9, 18), Optional.of(DayOfWeek.TUESDAY));
        assertFalse(tuesdaySep18.overlaps(DateRange.on(MON)), "18 September 2023 is a Monday");
        assertTrue(tuesdaySep18.overlaps(DateRange.on(LocalDate.of(2018, 9, 18))), "18 September 2018 is a Tuesday");
        assertFalse(tuesdaySep18.overlaps(DateRange.weekday(DayOfWeek.SUNDAY)));
        assertEquals("--09-18", sep18.normalized());
        assertEquals("--09-18 (Tuesday)", tuesdaySep18.normalized());
    }
}
