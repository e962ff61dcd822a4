package dev.crosscheck.load;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WireDatelineTest {

    private static WireDateline wire(int month, int day) {
        return new WireDateline(MonthDay.of(month, day), "BEIJING", 3);
    }

    @Test
    void theYearIsTheOneThatPutsTheDayNearestAnotherDateline() {
        assertEquals(Optional.of(LocalDate.of(2011, 11, 11)),
                wire(11, 11).nearest(List.of(LocalDate.of(2011, 11, 12), LocalDate.of(2008, 12, 14)), 183));
    }

    @Test
    void aLateDecemberDayBeforeAJanuaryDatelineIsInThePreviousYear() {
        assertEquals(Optional.of(LocalDate.of(2022, 12, 30)), wire(12, 30).nearest(List.of(LocalDate.of(2023, 1, 2)), 183));
    }

    @Test
    void aDayFurtherThanTheWindowFromEveryDatelineStaysUndated() {
        assertEquals(Optional.empty(), wire(6, 19).nearest(List.of(LocalDate.of(2023, 3, 19)), 31));
        // the control: within the window the day is dated
        assertEquals(Optional.of(LocalDate.of(2023, 6, 19)), wire(6, 19).nearest(List.of(LocalDate.of(2023, 3, 19)), 183));
    }

    @Test
    void thereIsNoYearWithoutDatelines() {
        assertEquals(Optional.empty(), wire(6, 19).nearest(List.of(), 183));
    }
}
