package dev.crosscheck.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElapsedExtractorTest {

    private static ElapsedClaim only(String text) {
        List<ElapsedClaim> claims = Extracting.extract(text).elapsed();
        assertEquals(1, claims.size(), () -> "claims of: " + text + " → " + claims);
        return claims.get(0);
    }

    @Test
    void aSinceYearIsThePreviousOccurrenceAndADatelineGivesTheGap() {
        ElapsedClaim c = only("March 1, 2024\n\nOlan Varga made the first visit to Ostra since 2018.");
        assertEquals(new Interval(2018, false, 2019, true), c.previous().orElseThrow());
        Interval gap = c.gap().orElseThrow();
        assertEquals(5.16, gap.lo(), 0.01);
        assertEquals(6.16, gap.hi(), 0.01);
        assertEquals("visit", c.topic());
        assertTrue(c.stated());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "It was the first visit to Ostra in nearly five years.|4|5.5",
        "Olan Varga met Ilse Brandt for the first time in a decade.|10|10",
        "It was the first visit to Ostra in more than two decades.|20|Infinity",
        "It was the first visit to Ostra in 5 years.|5|5"})
    void aSpanIsAnIntervalOfYears(String text, double lo, double hi) {
        ElapsedClaim c = only(text);
        assertEquals(lo, c.gap().orElseThrow().lo(), 1e-9);
        assertEquals(hi, c.gap().orElseThrow().hi(), 1e-9);
        assertTrue(c.previous().isEmpty(), "no dateline, no placement in time");
    }

    @Test
    void withADatelineASpanIsPlacedInTime() {
        ElapsedClaim c = only("September 22, 2023\n\nIt was the first visit to Ostra in nearly five years.");
        Interval previous = c.previous().orElseThrow();
        assertEquals(2018.2, previous.lo(), 0.05);
        assertEquals(2019.7, previous.hi(), 0.05);
    }

    @Test
    void theTopicIsTheEventWordInsideThePhraseElseTheSentencesEventWord() {
        assertEquals("visit", only("Varga arrived, the first visit to Ostra by a premier since 2016.").topic());
        ElapsedClaim fromSentence = only("Olan Varga met Ilse Brandt for the first time in a decade.");
        assertEquals("meeting", fromSentence.topic());
        assertFalse(fromSentence.stated());
        ElapsedClaim noun = only("Ostra held its first free election since 1990.");
        assertEquals("election", noun.topic());
        assertTrue(noun.stated());
    }

    @Test
    void superlativesCountLikeFirst() {
        assertEquals("flood", only("It was the deadliest flood in the region since 1998.").topic());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In the first round of talks on Sunday, Olan Varga met Ilse Brandt.",
        "The first visit, in 2019, went badly.",
        "It was the first visit to Ostra in May.",
        "The first of five years of reforms begins in 2025."})
    void firstWithoutASinceYearOrASpanOfYearsIsNoClaim(String text) {
        assertEquals(List.of(), Extracting.extract(text).elapsed());
    }
}
