package dev.crosscheck.compare;

import dev.crosscheck.extract.DateRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadableTest {

    @Test
    void adjectivalDurationsReadAsDurations() {
        assertEquals("approximately 30 minutes", Readable.written("approximately 30-minute"));
        assertEquals("a one hour", Readable.written("a one-hour"));
        assertEquals("about three hours", Readable.written("about three hours"));
        assertEquals("the 58-year-old governor", Readable.written("the 58-year-old governor"));
    }

    @Test
    void eventsNameTheirParticipants() {
        assertEquals("meeting between Antony Blinken and Wang Yi", Readable.event("meeting Antony Blinken–Wang Yi"));
        assertEquals("talks between A, B and C", Readable.event("talks A–B–C"));
        assertEquals("visit with A", Readable.event("visit A"));
    }

    @Test
    void daysAreWrittenOut() {
        assertEquals("on Monday 18 September 2023", Readable.days(DateRange.on(LocalDate.of(2023, 9, 18))));
        assertEquals("between 13 and 20 March 2023",
                Readable.days(DateRange.between(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 20))));
        assertEquals("between 28 February and 3 March 2023",
                Readable.days(DateRange.between(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 3))));
        assertEquals("on a Monday", Readable.days(DateRange.weekday(java.time.DayOfWeek.MONDAY)));
    }

    @Test
    void placesAndLists() {
        assertEquals("New Zealand", Readable.place("new zealand"));
        assertEquals("A, B and C", Readable.and(List.of("A", "B", "C")));
    }
}
