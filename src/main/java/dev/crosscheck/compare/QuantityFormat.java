package dev.crosscheck.compare;

import dev.crosscheck.extract.Interval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Renders a quantity's interval with its unit: {@code 288 deaths}, {@code [280,inf) deaths}, {@code 3810 m}. */
final class QuantityFormat {

    private QuantityFormat() {
    }

    static String format(Interval i, String unit) {
        String range = i.isPoint() ? number(i.lo())
                : (i.loOpen() ? "(" : "[") + number(i.lo()) + "," + (i.unboundedAbove() ? "inf" : number(i.hi()))
                        + (i.hiOpen() ? ")" : "]");
        return unit.isEmpty() ? range : range + " " + unit;
    }

    static String number(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
