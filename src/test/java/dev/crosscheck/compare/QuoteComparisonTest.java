package dev.crosscheck.compare;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.pipeline.TestPipeline;
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
            + "The council will achieve a swift settlement of the quarrel over the harbour|WARNING"})
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
}
