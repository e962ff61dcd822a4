package dev.crosscheck.load;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Optional;

/**
 * A wire dateline that names a day but not its year, at the start of the lead
 * ("BEIJING, June 19 (Reuters) -", "Mumbai, Nov 11 -"). The year comes from the other articles
 * of the run ({@link #nearest}).
 *
 * @param day  the day it names
 * @param text the dateline as written, up to the dash ("BEIJING, June 19 (Reuters)")
 * @param line 1-based line number
 */
public record WireDateline(MonthDay day, String text, int line) {

    /**
     * The date of {@link #day} nearest to one of {@code datelines} (in that dateline's year or the
     * one before or after), when it is at most {@code windowDays} away; on a tie the earlier date.
     */
    public Optional<LocalDate> nearest(Collection<LocalDate> datelines, int windowDays) {
        LocalDate best = null;
        long bestGap = Long.MAX_VALUE;
        for (LocalDate d : datelines) {
            for (int year = d.getYear() - 1; year <= d.getYear() + 1; year++) {
                if (!day.isValidYear(year)) {
                    continue;
                }
                LocalDate candidate = day.atYear(year);
                long gap = Math.abs(candidate.toEpochDay() - d.toEpochDay());
                if (gap < bestGap || gap == bestGap && candidate.isBefore(best)) {
                    best = candidate;
                    bestGap = gap;
                }
            }
        }
        return bestGap <= windowDays ? Optional.of(best) : Optional.empty();
    }

    /** The dateline this becomes on {@code date}. */
    public Dateline on(LocalDate date) {
        return new Dateline(date, text, line);
    }
}
