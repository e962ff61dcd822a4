package dev.crosscheck.compare;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How quote-conflict grades two renderings of one quote by one speaker. */
class QuoteComparisonTest {

    private static Optional<Finding> compare(String quoteA, String quoteB) {
        List<Finding> quotes = TestPipeline.check("“" + quoteA + ",” said Darko Pavel.", "“" + quoteB
                + ",” said Darko Pavel.").findings().stream().filter(f -> f.rule().equals("quote-conflict")).toList();
        assertTrue(quotes.size() <= 1, quotes::toString);
        return quotes.stream().findFirst();
    }

    @ParameterizedTest(name = "{2}: {0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "We lost twelve trams in the fire last week|We lost twenty trams in the fire last week|ERROR",
        "We will raise the tram fares next spring|We will not raise the tram fares next spring|ERROR",
        "The talks were a positive step for the harbour|The talks were a negative step for the harbour|ERROR",
        "There was an imminent attempt to storm the depot|There was an imminent intent to storm the depot|ERROR",
        "Police locked down the neighbourhood until 6:00 p.m. that evening|"
            + "Police locked down the neighbourhood until 7:00 p.m. that evening|ERROR",
        "The council will bring a quick end to the quarrel over the harbour|"
            + "The council will achieve a swift settlement of the quarrel over the harbour|WARNING",
        // both renderings negate: reworded, not a negation added or dropped
        "Because the lake is not very deep, a flood wave is not expected in the lower town|"
            + "The lake is not deep enough that we should expect a flood wave in the lower town|WARNING"})
    void aChangeThatMayAlterTheMeaningIsAnErrorOtherWordingAWarning(String a, String b, Severity severity) {
        Finding f = compare(a, b).orElseThrow(() -> new AssertionError("no finding"));
        assertEquals(severity, f.severity(), f.message());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "We lost twelve trams in the fire last week|We lost 12 trams in the fire last week",
        "We will, of course, rebuild the old bridge by winter|We will of course rebuild the Old Bridge by winter",
        "We will rebuild the old bridge by winter|We will rebuild the old bridge by winter",
        "Police locked down the neighbourhood until 6:00 p.m. that evening|"
            + "Police locked down the neighborhood until 6 p.m. that evening",
        "We realised the centre of the harbour was gone|We realized the center of the harbour was gone"})
    void digitsForWordsPunctuationCaseAndUsUkSpellingAreNoFinding(String a, String b) {
        assertEquals(Optional.empty(), compare(a, b).map(Finding::message));
    }

    /** A quote of one sentence: "the harbour word0 ... " with {@code words} words, word {@code changed} swapped. */
    private static String longQuote(int words, int changed) {
        String[] pool = {"the", "harbour", "council", "will", "rebuild", "bridge", "tram", "depot", "before", "winter"};
        StringBuilder sb = new StringBuilder("“");
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(i == changed ? "river" : pool[i % pool.length]);
        }
        return sb.append(",” said Darko Pavel.").toString();
    }

    @Test
    void aQuoteSentenceLongerThanTheCapIsComparedOnItsFirstWordsWithANote() {
        int n = QuoteComparison.MAX_UNIT_WORDS + 200;
        var early = TestPipeline.check(longQuote(n, -1), longQuote(n, 500));
        assertEquals(List.of("rule quote-conflict: 2 quote sentences longer than 1000 words compared on their first "
                + "1000 words only (first: a.txt line 1, " + n + " words)"), early.notes());
        assertTrue(early.findings().stream().anyMatch(f -> f.rule().equals("quote-conflict")), "change at word 500");
        var late = TestPipeline.check(longQuote(n, -1), longQuote(n, n - 50));
        assertTrue(late.findings().stream().noneMatch(f -> f.rule().equals("quote-conflict")),
                "a change beyond the cap is not seen");
        assertEquals(1, late.notes().size());
    }

    @Test
    void quotesUnderTheCapGiveNoNote() {
        assertEquals(List.of(), TestPipeline.check(longQuote(50, -1), longQuote(50, 20)).notes());
    }
}
