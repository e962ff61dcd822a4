package dev.crosscheck.extract;

import dev.crosscheck.rules.Lexicon.PeriodUnit;
import dev.crosscheck.rules.Lexicon.RelativeDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelativeDatesTest {

    // a Wednesday
    private static final LocalDate DATELINE = LocalDate.of(2024, 6, 12);

    @ParameterizedTest
    @CsvSource({
        "DAY, -1, 2024-06-11, 2024-06-11",
        "DAY, 0, 2024-06-12, 2024-06-12",
        "WEEK, 0, 2024-06-10, 2024-06-12",
        "WEEK, -1, 2024-06-03, 2024-06-09",
        "MONTH, 0, 2024-06-01, 2024-06-12",
        "MONTH, -1, 2024-05-01, 2024-05-31",
        "YEAR, -1, 2023-01-01, 2023-12-31"})
    void periodsCountBackFromTheDatelineAndNeverPassIt(PeriodUnit unit, int offset, LocalDate from, LocalDate to) {
        assertEquals(DateRange.between(from, to), RelativeDates.period(new RelativeDate(unit, offset), DATELINE));
    }

    private static Optional<DateExpression> dateOfTheMeeting(String text) {
        ArticleClaims c = Extracting.extract("June 12, 2024\n\n" + text);
        return c.events().stream().filter(e -> e.kind().equals("meeting")).findFirst().orElseThrow().date();
    }

    @Test
    void relativeWordsDateTheEventOfTheirSentence() {
        assertEquals("2024-06-11", dateOfTheMeeting("Premier Olan Varga met Ilse Brandt yesterday.")
                .orElseThrow().range().normalized());
        assertEquals("2024-06-03..2024-06-09", dateOfTheMeeting("Premier Olan Varga met Ilse Brandt last week.")
                .orElseThrow().range().normalized());
    }

    @Test
    void aBareMonthIsTheLatestSuchMonthOnOrBeforeTheDateline() {
        assertEquals("2023-11-01..2023-11-30", dateOfTheMeeting("Premier Olan Varga met his rival Ilse Brandt in November.")
                .orElseThrow().range().normalized());
        assertEquals("2024-06-01..2024-06-12", dateOfTheMeeting("Premier Olan Varga met his rival Ilse Brandt in June.")
                .orElseThrow().range().normalized());
        assertEquals("2021-11-01..2021-11-30", dateOfTheMeeting(
                "Premier Olan Varga met his rival Ilse Brandt in November 2021.").orElseThrow().range().normalized());
    }

    @Test
    void aSentenceAboutTheFutureResolvesNothing() {
        assertTrue(dateOfTheMeeting("Premier Olan Varga will meet his rival Ilse Brandt in November.").isEmpty());
        assertTrue(dateOfTheMeeting("Premier Olan Varga plans to meet Ilse Brandt later this month.").isEmpty());
    }

    @Test
    void withoutADatelineRelativeWordsAreNotDates() {
        ArticleClaims c = Extracting.extract("Premier Olan Varga met Ilse Brandt yesterday.");
        assertTrue(c.events().get(0).date().isEmpty());
    }
}
