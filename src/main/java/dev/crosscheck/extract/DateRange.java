package dev.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The set of days a date claim allows: a closed range of dates, optionally restricted to one
 * weekday; an open range (no dates) with a weekday means "some Monday".
 *
 * @param from    first possible day, empty when unbounded
 * @param to      last possible day, empty when unbounded
 * @param weekday required weekday, if any
 */
public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to, Optional<DayOfWeek> weekday) {

    /** Exactly one day. */
    public static DateRange on(LocalDate day) {
        return new DateRange(Optional.of(day), Optional.of(day), Optional.empty());
    }

    /** Some day with this weekday. */
    public static DateRange weekday(DayOfWeek day) {
        return new DateRange(Optional.empty(), Optional.empty(), Optional.of(day));
    }

    /** Every day from {@code from} to {@code to}. */
    public static DateRange between(LocalDate from, LocalDate to) {
        return new DateRange(Optional.of(from), Optional.of(to), Optional.empty());
    }

    /** True when some day satisfies both ranges. */
    public boolean overlaps(DateRange other) {
        LocalDate lo = max(from.orElse(null), other.from.orElse(null));
        LocalDate hi = min(to.orElse(null), other.to.orElse(null));
        if (lo != null && hi != null && lo.isAfter(hi)) {
            return false;
        }
        if (weekday.isPresent() && other.weekday.isPresent() && weekday.get() != other.weekday.get()) {
            return false;
        }
        Optional<DayOfWeek> day = weekday.or(() -> other.weekday);
        if (day.isEmpty() || lo == null || hi == null) {
            return true;
        }
        return lo.plusDays(Math.floorMod(day.get().getValue() - lo.getDayOfWeek().getValue(), 7)).compareTo(hi) <= 0;
    }

    /** Days between the two ranges when they do not overlap (0 when they do or cannot tell). */
    public long gapDays(DateRange other) {
        if (to.isPresent() && other.from.isPresent() && to.get().isBefore(other.from.get())) {
            return other.from.get().toEpochDay() - to.get().toEpochDay();
        }
        if (other.to.isPresent() && from.isPresent() && other.to.get().isBefore(from.get())) {
            return from.get().toEpochDay() - other.to.get().toEpochDay();
        }
        return 0;
    }

    /** Machine form: {@code 2023-09-18}, {@code 2023-03-13..2023-03-20}, {@code Monday}. */
    public String normalized() {
        String days = "";
        if (from.isPresent() || to.isPresent()) {
            String f = from.map(LocalDate::toString).orElse("");
            String t = to.map(LocalDate::toString).orElse("");
            days = f.equals(t) ? f : f + ".." + t;
        }
        String wd = weekday.map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).orElse("");
        if (days.isEmpty()) {
            return wd;
        }
        return wd.isEmpty() ? days : days + " (" + wd + ")";
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
