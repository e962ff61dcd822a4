package dev.crosscheck.extract;

import dev.crosscheck.rules.Lexicon.HedgeKind;

/**
 * Turns a stated value and its hedge into the interval it allows. {@code step} is the rounding
 * granularity of the number as written ("30" → 10, "six" → 1): "about six hours" allows
 * 5h30–6h30, "approximately 30 minutes" 25–35 minutes.
 */
public final class HedgeIntervals {

    private final double relative;

    /** @param relative the relative spread of an approximation (lexicon), e.g. 0.1 */
    public HedgeIntervals(double relative) {
        this.relative = relative;
    }

    /** The interval that {@code kind} applied to {@code value} allows. */
    public Interval interval(HedgeKind kind, double value, double rawStep) {
        // "10" is not rounded to the nearest ten: a round figure is at most half its own size off
        double step = value > 0 ? Math.min(rawStep, value / 2) : rawStep;
        double spread = Math.max(step / 2, relative * value);
        double near = Math.max(step, relative * value);
        return switch (kind) {
            case EXACT -> Interval.exact(value);
            case APPROXIMATE -> new Interval(Math.max(0, value - spread), false, value + spread, false);
            // "nearly two miles": below the figure, which is itself rounded to its step
            case NEAR_BELOW -> new Interval(Math.max(0, value - near), false, value + step / 2, false);
            case NEAR_ABOVE -> new Interval(Math.max(0, value - step / 2), false, value + near, false);
            case ABOVE_OPEN -> new Interval(value, true, Double.POSITIVE_INFINITY, true);
            case ABOVE_CLOSED -> new Interval(value, false, Double.POSITIVE_INFINITY, true);
            case BELOW_OPEN -> new Interval(0, false, value, true);
            case BELOW_CLOSED -> new Interval(0, false, value, false);
        };
    }
}
