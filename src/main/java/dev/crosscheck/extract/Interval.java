package dev.crosscheck.extract;

/**
 * A closed or half-open range of values: what a hedged number allows.
 * {@code hi} is {@link Double#POSITIVE_INFINITY} for "more than N".
 */
public record Interval(double lo, boolean loOpen, double hi, boolean hiOpen) {

    /** Exactly {@code v}. */
    public static Interval exact(double v) {
        return new Interval(v, false, v, false);
    }

    /** True when the interval is a single value. */
    public boolean isPoint() {
        return lo == hi && !loOpen && !hiOpen;
    }

    /** True when {@code hi} is unbounded. */
    public boolean unboundedAbove() {
        return Double.isInfinite(hi);
    }

    /**
     * The distance between the two intervals, 0 when they overlap. Open ends count as touching
     * only when the other interval reaches past them.
     */
    public double gap(Interval o) {
        if (hi < o.lo || (hi == o.lo && (hiOpen || o.loOpen))) {
            return o.lo - hi;
        }
        if (o.hi < lo || (o.hi == lo && (o.hiOpen || loOpen))) {
            return lo - o.hi;
        }
        return 0;
    }

    /** True when some value lies in both. */
    public boolean overlaps(Interval o) {
        if (hi < o.lo || o.hi < lo) {
            return false;
        }
        if (hi == o.lo) {
            return !hiOpen && !o.loOpen;
        }
        if (o.hi == lo) {
            return !o.hiOpen && !loOpen;
        }
        return true;
    }

    /** The larger finite magnitude of the two intervals' ends, for relative tolerances. */
    public double scale(Interval o) {
        double m = 0;
        for (double v : new double[] {lo, hi, o.lo, o.hi}) {
            if (!Double.isInfinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }
}
