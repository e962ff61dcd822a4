package dev.crosscheck.compare;

import dev.crosscheck.extract.Interval;

/** Renders an interval of seconds as ISO-8601 durations: {@code PT3H}, {@code PT2H30M..PT3H30M}, {@code >PT3H}. */
final class DurationFormat {

    private DurationFormat() {
    }

    static String format(Interval i) {
        if (i.isPoint()) {
            return iso(i.lo());
        }
        if (i.unboundedAbove()) {
            return (i.loOpen() ? ">" : ">=") + iso(i.lo());
        }
        if (i.lo() == 0) {
            return (i.hiOpen() ? "<" : "<=") + iso(i.hi());
        }
        return iso(i.lo()) + ".." + iso(i.hi());
    }

    static String iso(double seconds) {
        long s = Math.round(seconds);
        long days = s / 86400;
        s %= 86400;
        long h = s / 3600;
        s %= 3600;
        long m = s / 60;
        s %= 60;
        StringBuilder sb = new StringBuilder("P");
        if (days > 0) {
            sb.append(days).append('D');
        }
        if (h > 0 || m > 0 || s > 0 || days == 0) {
            sb.append('T');
            if (h > 0) {
                sb.append(h).append('H');
            }
            if (m > 0) {
                sb.append(m).append('M');
            }
            if (s > 0 || h == 0 && m == 0) {
                sb.append(s).append('S');
            }
        }
        return sb.toString();
    }
}
