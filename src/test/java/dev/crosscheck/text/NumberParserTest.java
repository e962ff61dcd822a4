package dev.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.text.NumberParser.ParsedNumber;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    private static final Map<String, Long> WORDS = words();
    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    private final NumberParser parser = new NumberParser(WORDS, SCALES);

    private static Map<String, Long> words() {
        Map<String, Long> w = new HashMap<>();
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < units.length; i++) {
            w.put(units[i], (long) i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            w.put(tens[i], (i + 2) * 10L);
        }
        w.put("a", 1L);
        w.put("an", 1L);
        w.put("dozen", 12L);
        return Map.copyOf(w);
    }

    /** Tokens are written space-separated; "|" marks where the parse starts. */
    private Optional<ParsedNumber> parse(String text) {
        List<String> tokens = Arrays.asList(text.replace("|", "| ").trim().split("\\s+"));
        int start = tokens.indexOf("|");
        if (start < 0) {
            return parser.parse(tokens, 0);
        }
        List<String> rest = new java.util.ArrayList<>(tokens);
        rest.remove(start);
        return parser.parse(rest, start);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} step {2} over {3} tokens")
    @CsvSource(delimiter = ';', value = {
        "30;                       30;         10;       1",
        "35;                       35;         1;        1",
        "2,000;                    2000;       1000;     1",
        "12,500;                   12500;      100;      1",
        "1,234,567;                1234567;    1;        1",
        "2023;                     2023;       1;        1",
        "0;                        0;          1;        1",
        "1.5;                      1.5;        0.1;      1",
        "7.2;                      7.2;        0.1;      1",
        "7.25;                     7.25;       0.01;     1",
        "1.50;                     1.5;        0.01;     1",
        "12,500.5;                 12500.5;    0.1;      1",
        "1.5 million;              1500000;    100000;   2",
        "3 thousand;               3000;       1000;     2",
        "2,000 million;            2e9;        1e9;      2",
        "30 - minute;              30;         10;       1",
        "30 - 40;                  30;         10;       1",
        "2 dozen;                  2;          1;        1",
        "5 and six;                5;          1;        1",
    })
    void readsNumbersWrittenWithDigits(String text, double value, double step, int tokens) {
        ParsedNumber n = parse(text).orElseThrow();
        assertEquals(new ParsedNumber(value, step, tokens, true), n);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} step {2} over {3} tokens")
    @CsvSource(delimiter = ';', value = {
        "three;                          3;        1;       1",
        "thirty;                         30;       10;      1",
        "ten;                            10;       10;      1",
        "twelve;                         12;       1;       1",
        "zero;                           0;        1;       1",
        "thirty-five;                    35;       1;       1",
        "twenty-five;                    25;       1;       1",
        "thirty - five;                  35;       1;       3",
        "thirty five;                    35;       1;       2",
        "two hundred;                    200;      100;     2",
        "a hundred;                      100;      100;     2",
        "two hundred and fifty;          250;      10;      4",
        "two hundred fifty;              250;      10;      3",
        "two hundred and fifty-five;     255;      1;       4",
        "a hundred and five;             105;      1;       4",
        "twenty-five hundred;            2500;     100;     2",
        "fifteen hundred;                1500;     100;     2",
        "five hundred thousand;          500000;   100000;  3",
        "thirty thousand;                30000;    10000;   2",
        "two thousand million;           2e9;      1e9;     3",
        "one thousand and five;          1005;     1;       4",
        "two million three hundred thousand;      2300000;  100000;  5",
        "two thousand five hundred and twelve;    2512;     1;       6",
        "two hundred and fifty thousand;          250000;   10000;   5",
        "one hundred twenty - three thousand;     123000;   1000;    6",
        "a;                              1;        1;       1",
        "an;                             1;        1;       1",
        "two-hundred;                    200;      100;     1",
    })
    void readsNumbersWrittenWithWords(String text, double value, double step, int tokens) {
        ParsedNumber n = parse(text).orElseThrow();
        assertEquals(new ParsedNumber(value, step, tokens, false), n);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} step {2} over {3} tokens")
    @CsvSource(delimiter = ';', value = {
        "a dozen;               12;   12;   2",
        "two dozen;             24;   12;   2",
        "a dozen eggs;          12;   12;   2",
        "dozen;                 12;   1;    1",
        "twenty dozen;          20;   10;   1",
        "a dozen hundred;       12;   12;   2",
        "a dozen - strong;      1;    1;    1",
        "a twelve - hour shift; 1;    1;    1",
        "a fifteen - minute;    1;    1;    1",
        "an eighty - year;      1;    1;    1",
    })
    void readsAliasAfterSmallCountAsVagueGroupUnlessAHyphenFollows(String text, double value, double step, int tokens) {
        ParsedNumber n = parse(text).orElseThrow();
        assertEquals(new ParsedNumber(value, step, tokens, false), n);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" stops after {1} tokens at {2}")
    @CsvSource(delimiter = ';', value = {
        "twenty thirty;                   1;  20",
        "five three;                      1;  5",
        "one two three;                   1;  1",
        "ten five;                        1;  10",
        "nineteen eighty - four;          1;  19",
        "thirty - minute;                 1;  30",
        "thirty -;                        1;  30",
        "two hundred and;                 2;  200",
        "two hundred and and fifty;       2;  200",
        "two hundred and 50;              2;  200",
        "five and six;                    1;  5",
        "two thousand three thousand;     3;  2003",
        "two hundred hundred;             2;  200",
        "two hundred five hundred;        3;  205",
        "three million 5;                 2;  3000000",
        "1.5 million people;              2;  1500000",
        "twenty - first;                  1;  20",
        "thirty - 5;                      1;  30",
        "twenty five-year;                1;  20",
        "forty - five - year;             3;  45",
    })
    void stopsBeforeTokensThatDoNotContinueTheNumber(String text, int tokens, double value) {
        ParsedNumber n = parse(text).orElseThrow();
        assertEquals(tokens, n.tokenCount());
        assertEquals(value, n.value());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not a number")
    @ValueSource(strings = {
        "30km", "1990s", "km", "hundred", "million people", "and fifty", "- five", "-",
        "2,00", "1,0000", "1.", ".5", "1.2.3", "five-year", "twenty-", "-five", "twenty-five-year",
        "twenty-thirty", "3-4", "minus"
    })
    void rejectsTokensThatDoNotBeginANumber(String text) {
        assertTrue(parse(text).isEmpty());
    }

    @Test
    void startsExactlyAtTheGivenIndex() {
        List<String> tokens = List.of("about", "thirty", "-", "five", "minutes");
        assertEquals(Optional.of(new ParsedNumber(35, 1, 3, false)), parser.parse(tokens, 1));
        assertTrue(parser.parse(tokens, 0).isEmpty());
        assertEquals(Optional.of(new ParsedNumber(5, 1, 1, false)), parser.parse(tokens, 3));
    }

    @Test
    void returnsEmptyAtTheEndOfTheTokens() {
        List<String> tokens = List.of("two");
        assertTrue(parser.parse(tokens, 1).isEmpty());
        assertTrue(parser.parse(List.of(), 0).isEmpty());
    }

    @Test
    void rejectsAStartOutsideTheTokens() {
        List<String> tokens = List.of("two");
        assertThrows(IndexOutOfBoundsException.class, () -> parser.parse(tokens, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> parser.parse(tokens, 2));
    }

    @Test
    void toleratesUpperCaseTokens() {
        assertEquals(Optional.of(new ParsedNumber(250, 10, 4, false)),
                parser.parse(List.of("Two", "Hundred", "AND", "Fifty"), 0));
    }

    @Test
    void marksOnlyDigitNumbersAsDigits() {
        assertTrue(parse("1.5 million").orElseThrow().digits());
        assertFalse(parse("one million").orElseThrow().digits());
    }

    @Test
    void usesOnlyTheCallersVocabulary() {
        NumberParser german = new NumberParser(
                Map.of("zwei", 2L, "zwanzig", 20L, "drei", 3L), Map.of("hundert", 100L), Set.of("und"));
        assertEquals(Optional.of(new ParsedNumber(223, 1, 5, false)),
                german.parse(List.of("zwei", "hundert", "und", "zwanzig", "drei"), 0));
        assertTrue(german.parse(List.of("two"), 0).isEmpty());
        assertEquals(Optional.of(new ParsedNumber(200, 100, 2, false)),
                german.parse(List.of("zwei", "hundert", "and", "drei"), 0));
    }

    @Test
    void readsNoAliasesWhenEveryValueHasOneWord() {
        NumberParser plain = new NumberParser(Map.of("a", 1L, "dozen", 12L), SCALES);
        assertEquals(Optional.of(new ParsedNumber(1, 1, 1, false)), plain.parse(List.of("a", "dozen"), 0));
    }

    @Test
    void rejectsInconsistentVocabulary() {
        assertThrows(IllegalArgumentException.class, () -> new NumberParser(Map.of("minus", -1L), SCALES));
        assertThrows(IllegalArgumentException.class, () -> new NumberParser(WORDS, Map.of("one", 1L)));
        assertThrows(IllegalArgumentException.class,
                () -> new NumberParser(Map.of("hundred", 100L), Map.of("hundred", 100L)));
        assertThrows(IllegalArgumentException.class,
                () -> new NumberParser(Map.of("one", 1L, "ONE", 1L), SCALES));
        assertThrows(IllegalArgumentException.class,
                () -> new NumberParser(Map.of("and", 0L), SCALES));
    }

    @Test
    void doesNotChangeWhenTheCallersMapsChange() {
        Map<String, Long> words = new HashMap<>(Map.of("two", 2L));
        NumberParser p = new NumberParser(words, SCALES);
        words.clear();
        assertEquals(2.0, p.parse(List.of("two"), 0).orElseThrow().value());
    }
}
