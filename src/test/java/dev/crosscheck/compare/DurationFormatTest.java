package dev.crosscheck.compare;

import dev.crosscheck.extract.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10800|false|10800|false|PT3H",
        "9000|false|12600|false|PT2H30M..PT3H30M",
        "10800|true|Infinity|true|>PT3H",
        "10800|false|Infinity|true|>=PT3H",
        "0|false|1800|true|<PT30M",
        "172800|false|172800|false|P2D"})
    void intervalsRenderAsIsoDurations(double lo, boolean loOpen, double hi, boolean hiOpen, String expected) {
        assertEquals(expected, DurationFormat.format(new Interval(lo, loOpen, hi, hiOpen)));
    }
}
