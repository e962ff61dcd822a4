package dev.crosscheck.text;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crosscheck.pipeline.TestPipeline;
import dev.crosscheck.rules.Lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz targets for the text parsers with the project's vocabulary: the dateline and date parser,
 * and the number parser (the duration and quantity extractors' figures). Each returns a result
 * or nothing, never throws, and every span lies inside its text. Regression inputs:
 * {@code ParsersFuzzTestInputs/<method>/}.
 */
class ParsersFuzzTest {

    private static final Lexicon LEXICON = TestPipeline.rules().lexicon();
    private static final DateParser DATES = new DateParser(LEXICON.calendar().months(),
            LEXICON.calendar().weekdays(), LEXICON.calendar().slashMonthFirst());
    private static final NumberParser NUMBERS = new NumberParser(LEXICON.numbers().words(),
            LEXICON.numbers().scales());

    @FuzzTest(maxDuration = "10m")
    void dates(String text) {
        if (text == null) {
            return; // Jazzer's first input
        }
        DATES.parseDateline(text);
        for (DateParser.DateMention m : DATES.find(text)) {
            assertTrue(0 <= m.start() && m.start() <= m.end() && m.end() <= text.length(), m::toString);
        }
        for (DateParser.WeekdayMention m : DATES.findWeekdays(text)) {
            assertTrue(0 <= m.start() && m.start() <= m.end() && m.end() <= text.length(), m::toString);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void numbers(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString().toLowerCase(Locale.ROOT);
        List<String> tokens = Arrays.asList(text.split("[ \\t\\n]+", -1));
        for (int start = 0; start <= tokens.size(); start++) {
            Optional<NumberParser.ParsedNumber> n = NUMBERS.parse(tokens, start);
            if (n.isPresent()) {
                int count = n.get().tokenCount();
                assertTrue(count >= 1 && start + count <= tokens.size(), n.get()::toString);
            }
        }
    }
}
