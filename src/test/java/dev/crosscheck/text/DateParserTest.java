package dev.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.text.DateParser.DateMention;
import dev.crosscheck.text.DateParser.MonthDayMention;
import dev.crosscheck.text.DateParser.WeekdayMention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

    private final DateParser monthFirst = new DateParser(MONTHS, WEEKDAYS, true);
    private final DateParser dayFirst = new DateParser(MONTHS, WEEKDAYS, false);

    private static Map<String, Integer> months() {
        String[][] names = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
            {"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, DayOfWeek> weekdays() {
        return Map.ofEntries(
                Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
                Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY),
                Map.entry("tues", DayOfWeek.TUESDAY),
                Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
                Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
                Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
                Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
                Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
                Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));
    }

    // ---- parseDateline ----------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Fri. Sep 22nd, 2023           | 2023-09-22",
        "20.03.2023                    | 2023-03-20",
        "2023-06-19                    | 2023-06-19",
        "June 19, 2023                 | 2023-06-19",
        "19 June 2023                  | 2023-06-19",
        "Monday, Nov. 14, 2022         | 2022-11-14",
        "Monday 19 June 2023           | 2023-06-19",
        "19/06/2023                    | 2023-06-19",
        "06/19/2023                    | 2023-06-19",
        "6/19/2023                     | 2023-06-19",
        "June 19th 2023                | 2023-06-19",
        "JUNE 19, 2023                 | 2023-06-19",
        "june 19 2023                  | 2023-06-19",
        "Sept. 1, 2023                 | 2023-09-01",
        "Sep.1, 2023                   | 2023-09-01",
        "1st September, 2023           | 2023-09-01",
        "3rd Sept. 2023                | 2023-09-03",
        "June 19,2023                  | 2023-06-19",
        "Monday,June 19, 2023          | 2023-06-19",
        "mon. 19 June 2023             | 2023-06-19",
        "20.3.2023                     | 2023-03-20",
        "2023-6-9                      | 2023-06-09",
        "29.02.2024                    | 2024-02-29",
    })
    void readsWholeLineDates(String line, LocalDate expected) {
        assertEquals(Optional.of(expected), monthFirst.parseDateline(line));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {
        "June 19, 2023 10:45                ; 2023-06-19",
        "June 19, 2023 10:45 AM             ; 2023-06-19",
        "June 19, 2023, 10:45 am            ; 2023-06-19",
        "June 19, 2023 10:45 GMT            ; 2023-06-19",
        "June 19, 2023 10:45 a.m. EDT       ; 2023-06-19",
        "June 19, 2023 - 10:45:30 UTC+3     ; 2023-06-19",
        "19 June 2023 | 10.45pm             ; 2023-06-19",
        "2023-06-19T10:45Z                  ; 2023-06-19",
        "2023-06-19 10:45 +0200             ; 2023-06-19",
        "June 19, 2023.                     ; 2023-06-19",
        "June 19, 2023 10:45 AM.            ; 2023-06-19",
        "'  Monday, June 19, 2023  '        ; 2023-06-19",
        "Sun, 18 Jun 2023 10:45:00 GMT      ; 2023-06-18",
        "Mon, 19 Jun 2023 10:45:00 +0000    ; 2023-06-19",
    })
    void readsDatelinesWithTimeAndTrailingPunctuation(String line, LocalDate expected) {
        assertEquals(Optional.of(expected), monthFirst.parseDateline(line));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is no dateline")
    @ValueSource(strings = {
        "Blinken meets Xi in Beijing",
        "Published June 19, 2023",
        "June 19, 2023 by Jane Doe",
        "Monday",
        "June 2023",
        "June 19",
        "19 June",
        "",
        "   ",
        "31.02.2023",
        "29.02.2023",
        "2023-13-01",
        "2023-06-31",
        "13/13/2023",
        "June 31, 2023",
        "0 June 2023",
        "Junes 19, 2023",
        "Someday, June 19, 2023",
        "June 19, 2023 10:45 tomorrow",
        "June 19, 20233",
        "119 June 2023",
        "June192023",
        "19.06.23",
        "2023/06/19",
        "(June 19, 2023)",
        "June 19, 2023 25",
    })
    void rejectsLinesThatAreNotExactlyOneValidDate(String line) {
        assertEquals(Optional.empty(), monthFirst.parseDateline(line));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> month-first {1}, day-first {2}")
    @CsvSource({
        "06/07/2023, 2023-06-07, 2023-07-06",
        "19/06/2023, 2023-06-19, 2023-06-19",
        "06/19/2023, 2023-06-19, 2023-06-19",
        "12/12/2023, 2023-12-12, 2023-12-12",
        "1/2/2023,   2023-01-02, 2023-02-01",
    })
    void readsSlashDatesByValueThenByConfiguredOrder(String line, LocalDate mdy, LocalDate dmy) {
        assertEquals(Optional.of(mdy), monthFirst.parseDateline(line));
        assertEquals(Optional.of(dmy), dayFirst.parseDateline(line));
    }

    @Test
    void readsDottedDatesDayFirstWhateverTheSlashOrder() {
        assertEquals(Optional.of(LocalDate.of(2023, 7, 6)), monthFirst.parseDateline("06.07.2023"));
        assertEquals(Optional.of(LocalDate.of(2023, 7, 6)), dayFirst.parseDateline("06.07.2023"));
    }

    @Test
    void acceptsAWeekdayThatDoesNotMatchTheDate() {
        assertEquals(Optional.of(LocalDate.of(2023, 6, 19)), monthFirst.parseDateline("Friday, June 19, 2023"));
    }

    // ---- find ----------------------------------------------------------------------------------

    static Stream<Arguments> datesInText() {
        return Stream.of(
                Arguments.of("The talks on June 19, 2023 ended.", "June 19, 2023", LocalDate.of(2023, 6, 19)),
                Arguments.of("Signed on 20.03.2023.", "20.03.2023", LocalDate.of(2023, 3, 20)),
                Arguments.of("Filed 2023-06-19T10:45:00Z by AP", "2023-06-19", LocalDate.of(2023, 6, 19)),
                Arguments.of("It began on Monday, Nov. 14, 2022, in Bali.", "Monday, Nov. 14, 2022",
                        LocalDate.of(2022, 11, 14)),
                Arguments.of("Fri. Sep 22nd, 2023: a statement", "Fri. Sep 22nd, 2023", LocalDate.of(2023, 9, 22)),
                Arguments.of("by Monday 19 June 2023 at the latest", "Monday 19 June 2023",
                        LocalDate.of(2023, 6, 19)),
                Arguments.of("(19/06/2023)", "19/06/2023", LocalDate.of(2023, 6, 19)),
                Arguments.of("since 6/19/2023,", "6/19/2023", LocalDate.of(2023, 6, 19)),
                Arguments.of("on the 1st September, 2023 meeting", "1st September, 2023",
                        LocalDate.of(2023, 9, 1)),
                Arguments.of("ON JUNE 19TH 2023", "JUNE 19TH 2023", LocalDate.of(2023, 6, 19)),
                Arguments.of("Tuesday\u00A019\u00A0June\u00A02023", "Tuesday\u00A019\u00A0June\u00A02023",
                        LocalDate.of(2023, 6, 19)));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("datesInText")
    void findsFullDatesInRunningText(String text, String span, LocalDate date) {
        int start = text.indexOf(span);
        assertEquals(List.of(new DateMention(start, start + span.length(), date)), monthFirst.find(text));
    }

    @Test
    void findsEveryDateInOrder() {
        String text = "Between 2023-06-19 and June 21, 2023, then again on 3 July 2023.";
        assertEquals(List.of(
                new DateMention(8, 18, LocalDate.of(2023, 6, 19)),
                new DateMention(23, 36, LocalDate.of(2023, 6, 21)),
                new DateMention(52, 63, LocalDate.of(2023, 7, 3))), monthFirst.find(text));
    }

    @ParameterizedTest(name = "[{index}] no date in \"{0}\"")
    @ValueSource(strings = {
        "He arrived in June 2023.",
        "He arrived on June 19.",
        "They met on Monday.",
        "Version 12.06.20234 is out",
        "Order 112.06.2023 shipped",
        "Call 2023-06-19-7 now",
        "It fell 31.02.2023 points",
        "The 19 Junes 2023",
        "score 1/2/20235",
        "ref ab19 June 2023",
        "",
    })
    void findsNothingWithoutAValidFullDate(String text) {
        assertEquals(List.of(), monthFirst.find(text));
    }

    @Test
    void findsTheDateButNotAWeekdaySeparatedByOtherWords() {
        String text = "On Monday, officials said June 19, 2023 was chosen.";
        int start = text.indexOf("June");
        assertEquals(List.of(new DateMention(start, start + 13, LocalDate.of(2023, 6, 19))), monthFirst.find(text));
    }

    // ---- findMonthDays -------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "They met on Sept. 18 in New York.|Sept. 18|9|18|",
        "The talks were held on September 18th.|September 18th|9|18|",
        "It began on 18 March, officials said.|18 March|3|18|",
        "on the 18th of March|18th of March|3|18|",
        "held talks on Tuesday, September 18, according to|Tuesday, September 18|9|18|TUESDAY",
        "The summit ended Feb 29.|Feb 29|2|29|"})
    void findsDaysWrittenWithoutAYear(String text, String span, int month, int day, DayOfWeek weekday) {
        int start = text.indexOf(span);
        assertEquals(List.of(new MonthDayMention(start, start + span.length(), MonthDay.of(month, day),
                Optional.ofNullable(weekday))), monthFirst.findMonthDays(text));
    }

    @ParameterizedTest(name = "[{index}] no day without a year in \"{0}\"")
    @ValueSource(strings = {
        "They met on September 18, 2023 in New York.",
        "They met on 18 March 2023.",
        "Prices may 5 times rise.",
        "The march 18 kilometres long.",
        "He arrived in June 2023.",
        "It happened on February 30.",
        "Flight June 180 landed.",
        ""})
    void findsNoDayWithoutAYearInFullDatesLowerCaseMonthsOrImpossibleDays(String text) {
        assertEquals(List.of(), monthFirst.findMonthDays(text));
    }

    @Test
    void findsADayWithoutAYearNextToAFullDate() {
        String text = "The talks on Sept. 18 followed the June 19, 2023 visit.";
        assertEquals(List.of(new MonthDayMention(13, 21, MonthDay.of(9, 18), Optional.empty())),
                monthFirst.findMonthDays(text));
    }

    // ---- findWeekdays --------------------------------------------------------------------------

    @Test
    void findsFullWeekdayNamesInAnyCase() {
        String text = "Talks on Monday, monday's vote and a FRIDAY deadline.";
        assertEquals(List.of(
                new WeekdayMention(9, 15, DayOfWeek.MONDAY),
                new WeekdayMention(17, 23, DayOfWeek.MONDAY),
                new WeekdayMention(37, 43, DayOfWeek.FRIDAY)), monthFirst.findWeekdays(text));
    }

    @Test
    void findsCapitalisedAbbreviationsFollowedByAPeriodIncludingThePeriod() {
        String text = "Meeting on Fri. and on Tues. morning";
        assertEquals(List.of(
                new WeekdayMention(11, 15, DayOfWeek.FRIDAY),
                new WeekdayMention(23, 28, DayOfWeek.TUESDAY)), monthFirst.findWeekdays(text));
    }

    @ParameterizedTest(name = "[{index}] no weekday in \"{0}\"")
    @ValueSource(strings = {
        "He sat down.",
        "She sat. Then left.",
        "The wed couple",
        "Wed the two ideas",
        "On Wed we talk",
        "Sundays are quiet",
        "Mondayitis",
        "the sun. rose",
        "Sunday2",
        "Mondayé",
        "éMonday",
        "Monday²",
        "",
    })
    void ignoresWordsThatOnlyLookLikeWeekdays(String text) {
        assertEquals(List.of(), monthFirst.findWeekdays(text));
    }

    @Test
    void findsWeekdaysNextToPunctuationAndNonLatinText() {
        String text = "(Monday)—Пятница,Sunday";
        assertEquals(List.of(
                new WeekdayMention(1, 7, DayOfWeek.MONDAY),
                new WeekdayMention(17, 23, DayOfWeek.SUNDAY)), monthFirst.findWeekdays(text));
    }

    @Test
    void rejectsWeekdayNamesThatAreNotOneWordOfLetters() {
        assertThrows(IllegalArgumentException.class,
                () -> new DateParser(MONTHS, Map.of("mon.", DayOfWeek.MONDAY), true));
        assertThrows(IllegalArgumentException.class,
                () -> new DateParser(MONTHS, Map.of("next monday", DayOfWeek.MONDAY), true));
    }

    @Test
    void treatsTheLongestNamePerDayAsTheFullName() {
        DateParser shortOnly = new DateParser(MONTHS, Map.of("mo", DayOfWeek.MONDAY), true);
        assertEquals(List.of(new WeekdayMention(3, 5, DayOfWeek.MONDAY)), shortOnly.findWeekdays("on mo we"));
    }

    // ---- mostRecent ----------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0} on or before {1} -> {2}")
    @CsvSource({
        "MONDAY,    2023-06-21, 2023-06-19",
        "WEDNESDAY, 2023-06-21, 2023-06-21",
        "THURSDAY,  2023-06-21, 2023-06-15",
        "SUNDAY,    2023-01-01, 2023-01-01",
        "SATURDAY,  2023-01-01, 2022-12-31",
        "FRIDAY,    2024-03-01, 2024-03-01",
        "THURSDAY,  2024-03-01, 2024-02-29",
    })
    void findsTheLatestMatchingDayOnOrBefore(DayOfWeek day, LocalDate onOrBefore, LocalDate expected) {
        assertEquals(expected, DateParser.mostRecent(day, onOrBefore));
    }

    // ---- construction --------------------------------------------------------------------------

    @Test
    void usesOnlyTheCallersNames() {
        DateParser german = new DateParser(Map.of("juni", 6, "okt", 10), Map.of("montag", DayOfWeek.MONDAY), false);
        assertEquals(Optional.of(LocalDate.of(2023, 6, 19)), german.parseDateline("Montag, 19 Juni 2023"));
        assertEquals(Optional.of(LocalDate.of(2023, 10, 3)), german.parseDateline("3 Okt. 2023"));
        assertEquals(Optional.empty(), german.parseDateline("June 19, 2023"));
        assertEquals(Optional.of(LocalDate.of(2023, 6, 19)), german.parseDateline("2023-06-19"));
    }

    @Test
    void worksWithoutAnyNames() {
        DateParser numeric = new DateParser(Map.of(), Map.of(), true);
        assertEquals(Optional.of(LocalDate.of(2023, 6, 19)), numeric.parseDateline("19.06.2023"));
        assertEquals(Optional.empty(), numeric.parseDateline("June 19, 2023"));
        assertEquals(List.of(), numeric.findWeekdays("Monday"));
    }

    @Test
    void rejectsInvalidNames() {
        assertThrows(IllegalArgumentException.class, () -> new DateParser(Map.of("smarch", 13), WEEKDAYS, true));
        assertThrows(IllegalArgumentException.class, () -> new DateParser(Map.of(" ", 1), WEEKDAYS, true));
        assertThrows(IllegalArgumentException.class,
                () -> new DateParser(Map.of("may", 5, "MAY", 6), WEEKDAYS, true));
    }

    @Test
    void treatsRegexCharactersInNamesLiterally() {
        DateParser odd = new DateParser(Map.of("m.y", 5), Map.of(), true);
        assertEquals(Optional.of(LocalDate.of(2023, 5, 1)), odd.parseDateline("m.y 1, 2023"));
        assertTrue(odd.parseDateline("may 1, 2023").isEmpty());
    }
}
