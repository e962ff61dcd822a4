package dev.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The set of days a date claim allows: a closed range of dates, optionally restricted to one
 * weekday; an open range (no dates) with a weekday means "some Monday"; a day of a month with no
 * year ("Sept. 18" in an article without a dateline) means that day in some year.
 *
 * @param from     first possible day, empty when unbounded
 * @param to       last possible day, empty when unbounded
 * @param weekday  required weekday, if any
 * @param monthDay required day of the month, if any (only for ranges without dates)
 */
public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to, Optional<DayOfWeek> weekday,
                        Optional<MonthDay> monthDay) {

    /** Exactly one day. */
    public static DateRange on(LocalDate day) {
        return new DateRange(Optional.of(day), Optional.of(day), Optional.empty(), Optional.empty());
    }

    /** Some day with this weekday. */
    public static DateRange weekday(DayOfWeek day) {
        return new DateRange(Optional.empty(), Optional.empty(), Optional.of(day), Optional.empty());
    }

    /** This day of this month in some year ("September 18", "Tuesday, September 18"). */
    public static DateRange onMonthDay(MonthDay day, Optional<DayOfWeek> weekday) {
        return new DateRange(Optional.empty(), Optional.empty(), weekday, Optional.of(day));
    }

    /** Every day from {@code from} to {@code to}. */
    public static DateRange between(LocalDate from, LocalDate to) {
        return new DateRange(Optional.of(from), Optional.of(to), Optional.empty(), Optional.empty());
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
        if (monthDay.isPresent() && other.monthDay.isPresent() && !monthDay.get().equals(other.monthDay.get())) {
            return false;
        }
        Optional<DayOfWeek> day = weekday.or(() -> other.weekday);
        Optional<MonthDay> md = monthDay.or(() -> other.monthDay);
        if (day.isEmpty() && md.isEmpty() || lo == null || hi == null) {
            return true;
        }
        if (md.isEmpty()) {
            return lo.plusDays(Math.floorMod(day.get().getValue() - lo.getDayOfWeek().getValue(), 7)).compareTo(hi) <= 0;
        }
        // the day of the month in each year the range touches (and on the weekday, if one is required)
        for (int year = lo.getYear(); year <= hi.getYear(); year++) {
            if (!md.get().isValidYear(year)) {
                continue;
            }
            LocalDate d = md.get().atYear(year);
            if (!d.isBefore(lo) && !d.isAfter(hi) && (day.isEmpty() || d.getDayOfWeek() == day.get())) {
                return true;
            }
        }
        return false;
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

    /** Machine form: {@code 2023-09-18}, {@code 2023-03-13..2023-03-20}, {@code Monday}, {@code --09-18}. */
    public String normalized() {
        String days = "";
        if (from.isPresent() || to.isPresent()) {
            String f = from.map(LocalDate::toString).orElse("");
            String t = to.map(LocalDate::toString).orElse("");
            days = f.equals(t) ? f : f + ".." + t;
        }
        String wd = weekday.map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).orElse("");
        if (monthDay.isPresent()) {
            days = monthDay.get().toString(); // ISO 8601 without a year: --09-18
        }
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
