package dev.crosscheck.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds calendar dates in text: whole datelines ("Fri. Sep 22nd, 2023") and full dates inside
 * running text, plus weekday names.
 *
 * <p>Month and weekday names come from the caller; the parser holds only the date formats:
 * <ul>
 *   <li>{@code 2023-06-19} (year-month-day)</li>
 *   <li>{@code 20.03.2023} (day.month.year)</li>
 *   <li>{@code 19/06/2023}, {@code 06/19/2023}: a first number above 12 is the day, a second number
 *       above 12 is the day, otherwise {@code slashMonthFirst} decides</li>
 *   <li>{@code June 19, 2023}, {@code Nov. 14, 2022}, {@code Sep 22nd, 2023}, {@code June 19th 2023}</li>
 *   <li>{@code 19 June 2023}, {@code 19th June, 2023}</li>
 * </ul>
 * Any of them may be preceded by a weekday name ("Monday, ", "Fri. "). Names match in any case;
 * {@link #findMonthDays} finds days written without a year ("Sept. 18", "18 March", "Tuesday,
 * September 18"), where the month name is capitalised.
 * a name may be followed by "." and ordinal days take the suffixes st, nd, rd and th. Days and months
 * are checked against the calendar, so "31.02.2023" is no date. The weekday written before a date
 * is not checked against it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DateParser {

    /**
     * A full date found in text.
     *
     * @param start index of the first character, the weekday name's when one precedes the date
     * @param end   index after the last character of the year
     * @param date  the date
     */
    public record DateMention(int start, int end, LocalDate date) {
    }

    /**
     * A weekday name found in text.
     *
     * @param start index of the first character
     * @param end   index after the name, including the "." of an abbreviation
     * @param day   the weekday
     */
    public record WeekdayMention(int start, int end, DayOfWeek day) {
    }

    /**
     * A day written with its month and no year.
     *
     * @param start   index of the first character, the weekday name's when one precedes the day
     * @param end     index after the day (or the month, for "18 March")
     * @param day     the month and day
     * @param weekday the weekday written before it, if any
     */
    public record MonthDayMention(int start, int end, MonthDay day, Optional<DayOfWeek> weekday) {
    }

    /** Horizontal or vertical white space, including no-break spaces. */
    private static final String WS = "[\\s\\u00A0\\u2007\\u202F]";
    private static final String ORDINAL = "(?i:st|nd|rd|th)?";
    /** Between day and year, or month and year: a comma and/or spaces. */
    private static final String YEAR_SEP = "(?:" + WS + "*," + WS + "*|" + WS + "+)";
    /** Nothing that would make the date part of a longer word or number may precede it. */
    private static final String LEFT = "(?<![\\p{L}\\p{N}])(?<!\\p{N}[./-])";
    /** ... or follow it; an ISO "T" before a time is allowed. */
    private static final String RIGHT = "(?![\\p{N}])(?![./-][0-9])(?!(?!T[0-9])\\p{L})";
    /** A clock time after a dateline: "10:45", "10:45 AM", "10.45am", "10:45:30 GMT", "T10:45Z". */
    private static final String TIME = "(?:(?:" + WS + "*[,|\\u2013\\u2014-]" + WS + "*|" + WS + "+|T)"
            + "[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2})?"
            + "(?:" + WS + "*[AaPp]\\.?[Mm]\\.?)?"
            + "(?:" + WS + "*(?:[A-Z]{1,5}(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?|[+-][0-9]{2}:?[0-9]{2}))?)?";
    /** Punctuation and spaces after a dateline. */
    private static final String TRAILER = "[\\p{P}|" + "\\s\\u00A0\\u2007\\u202F]*";

    private final Map<String, Integer> months;
    private final Map<String, DayOfWeek> weekdays;
    private final boolean slashMonthFirst;
    private final Set<String> fullWeekdayNames;
    private final Pattern datePattern;
    private final Pattern datelinePattern;
    private final Pattern monthDayPattern;

    /**
     * Creates a parser.
     *
     * @param months          lower-case month names and abbreviations with month numbers 1..12
     *                        ("september" → 9, "sep" → 9, "sept" → 9)
     * @param weekdays        lower-case weekday names and abbreviations ("monday", "mon"); for each day
     *                        the longest names are full names, the others abbreviations
     * @param slashMonthFirst whether an ambiguous slash date such as 06/07/2023 is month first
     * @throws IllegalArgumentException if a month number is outside 1..12, a name is blank or a
     *                                  weekday name is not one word of letters
     */
    public DateParser(Map<String, Integer> months, Map<String, DayOfWeek> weekdays, boolean slashMonthFirst) {
        this.months = lowerKeys(months, "months");
        this.weekdays = lowerKeys(weekdays, "weekdays");
        this.slashMonthFirst = slashMonthFirst;
        this.months.forEach((name, number) -> {
            if (number < 1 || number > 12) {
                throw new IllegalArgumentException("month number outside 1..12: " + name + " -> " + number);
            }
        });

        Map<DayOfWeek, Integer> longest = new EnumMap<>(DayOfWeek.class);
        this.weekdays.forEach((name, day) -> longest.merge(day, name.length(), Math::max));
        this.fullWeekdayNames = this.weekdays.entrySet().stream()
                .filter(e -> e.getKey().length() == longest.get(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());

        String month = "(?:" + alternation(this.months.keySet()) + ")(?!\\p{L})";
        String day = "[0-9]{1,2}";
        String year = "[0-9]{4}";
        String dates = "(?:"
                + "(?<isoY>" + year + ")-(?<isoM>" + day + ")-(?<isoD>" + day + ")"
                + "|(?<dotD>" + day + ")\\.(?<dotM>" + day + ")\\.(?<dotY>" + year + ")"
                + "|(?<slA>" + day + ")/(?<slB>" + day + ")/(?<slY>" + year + ")"
                + "|(?<mdyM>" + month + ")(?:\\." + WS + "*|" + WS + "+)"
                + "(?<mdyD>" + day + ")" + ORDINAL + YEAR_SEP + "(?<mdyY>" + year + ")"
                + "|(?<dmyD>" + day + ")" + ORDINAL + WS + "+(?<dmyM>" + month + ")\\.?" + YEAR_SEP
                + "(?<dmyY>" + year + ")"
                + ")";
        String weekday = "(?:" + alternation(this.weekdays.keySet()) + ")(?![\\p{L}\\p{N}])";
        String weekdayPrefix = "(?:" + weekday + "\\.?" + WS + "*,?" + WS + "*)";

        this.datePattern = Pattern.compile(LEFT + weekdayPrefix + "?" + LEFT + dates + RIGHT);
        this.datelinePattern = Pattern.compile(weekdayPrefix + "?" + dates + TIME + TRAILER);
        // "Sept. 18", "September 18th", "18 March", "the 18th of March"; no year after it (a
        // full date), no number glued to it
        this.monthDayPattern = Pattern.compile(LEFT + "(?:(?<wd>" + weekday + ")\\.?" + WS + "*,?" + WS + "*)?"
                + "(?:(?<mdM>" + month + ")(?:\\." + WS + "*|" + WS + "+)(?<mdD>" + day + ")" + ORDINAL
                + "|(?<dmD>" + day + ")" + ORDINAL + WS + "+(?:(?i:of)" + WS + "+)?(?<dmM>" + month + ")\\.?)"
                + "(?!" + YEAR_SEP + "[0-9])(?![\\p{N}])(?![./-][0-9])(?!\\p{L})");
        this.weekdays.keySet().forEach(name -> {
            if (!name.codePoints().allMatch(Character::isLetter)) {
                throw new IllegalArgumentException("weekday name is not one word of letters: '" + name + "'");
            }
        });
    }

    /**
     * Reads a line that is nothing but a date, optionally with a weekday before it and a clock time
     * and punctuation after it.
     *
     * @param line one line of text
     * @return the date, or empty when the line holds anything else or the date does not exist
     */
    public Optional<LocalDate> parseDateline(String line) {
        Objects.requireNonNull(line, "line");
        Matcher m = datelinePattern.matcher(line.strip());
        return m.matches() ? toDate(m) : Optional.empty();
    }

    /**
     * Finds every full date (day, month and year) in running text.
     *
     * @param text any text
     * @return the dates in text order; a weekday name directly before a date belongs to its span
     */
    public List<DateMention> find(String text) {
        Objects.requireNonNull(text, "text");
        if (!hasFourDigits(text)) {
            return List.of(); // every date format has a four-digit year: skip the costly pattern
        }
        List<DateMention> found = new ArrayList<>();
        Matcher m = datePattern.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = toDate(m);
            date.ifPresent(d -> found.add(new DateMention(m.start(), m.end(), d)));
        }
        return List.copyOf(found);
    }

    /**
     * Finds days written with a month name and no year ("Sept. 18", "18 March"). The month name
     * must be capitalised ("may 5" is no date), and the day must exist in some year.
     *
     * @param text any text
     * @return the days in text order; full dates (with a year) are not among them
     */
    public List<MonthDayMention> findMonthDays(String text) {
        Objects.requireNonNull(text, "text");
        List<MonthDayMention> found = new ArrayList<>();
        Matcher m = monthDayPattern.matcher(text);
        while (m.find()) {
            boolean monthFirst = m.group("mdM") != null;
            String monthName = monthFirst ? m.group("mdM") : m.group("dmM");
            Integer month = months.get(monthName.toLowerCase(Locale.ROOT));
            if (month == null || !Character.isUpperCase(monthName.codePointAt(0))) {
                continue;
            }
            int day = Integer.parseInt(monthFirst ? m.group("mdD") : m.group("dmD"));
            MonthDay md;
            try {
                md = MonthDay.of(month, day);
            } catch (DateTimeException e) {
                continue;
            }
            Optional<DayOfWeek> weekday = Optional.ofNullable(m.group("wd"))
                    .map(w -> weekdays.get(w.toLowerCase(Locale.ROOT)));
            found.add(new MonthDayMention(m.start(), m.end(), md, weekday));
        }
        return List.copyOf(found);
    }

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds weekday names written as whole words. Full names match in any case; an abbreviation
     * matches only when capitalised and followed by "." ("Fri." but not "sat" or "Wed").
     *
     * @param text any text
     * @return the weekday names in text order
     */
    public List<WeekdayMention> findWeekdays(String text) {
        Objects.requireNonNull(text, "text");
        List<WeekdayMention> found = new ArrayList<>();
        // weekday names are words of letters: look up every maximal run of letters and digits
        int i = 0;
        while (i < text.length()) {
            if (!isLetterOrNumber(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            while (i < text.length() && isLetterOrNumber(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String word = text.substring(start, i);
            String name = word.toLowerCase(Locale.ROOT);
            DayOfWeek day = weekdays.get(name);
            if (day == null) {
                continue;
            }
            if (fullWeekdayNames.contains(name)) {
                found.add(new WeekdayMention(start, i, day));
            } else if (Character.isUpperCase(word.codePointAt(0)) && i < text.length() && text.charAt(i) == '.') {
                found.add(new WeekdayMention(start, i + 1, day));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The latest date on or before {@code onOrBefore} that falls on {@code day}: for a Wednesday
     * dateline, "Monday" is two days before and "Wednesday" the dateline itself.
     */
    public static LocalDate mostRecent(DayOfWeek day, LocalDate onOrBefore) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(onOrBefore, "onOrBefore");
        return onOrBefore.with(TemporalAdjusters.previousOrSame(day));
    }

    private Optional<LocalDate> toDate(Matcher m) {
        try {
            if (m.group("isoY") != null) {
                return date(m.group("isoY"), m.group("isoM"), m.group("isoD"));
            }
            if (m.group("dotY") != null) {
                return date(m.group("dotY"), m.group("dotM"), m.group("dotD"));
            }
            if (m.group("slY") != null) {
                int a = Integer.parseInt(m.group("slA"));
                int b = Integer.parseInt(m.group("slB"));
                boolean monthFirst;
                if (a > 12) {
                    monthFirst = false;
                } else if (b > 12) {
                    monthFirst = true;
                } else {
                    monthFirst = slashMonthFirst;
                }
                int month = monthFirst ? a : b;
                int day = monthFirst ? b : a;
                return Optional.of(LocalDate.of(Integer.parseInt(m.group("slY")), month, day));
            }
            if (m.group("mdyY") != null) {
                return named(m.group("mdyY"), m.group("mdyM"), m.group("mdyD"));
            }
            return named(m.group("dmyY"), m.group("dmyM"), m.group("dmyD"));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    }

    private Optional<LocalDate> named(String year, String monthName, String day) {
        Integer month = months.get(monthName.toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    }

    /** Case-insensitive alternation of literal names, longest first; never matches when empty. */
    /** {@code \\p{L}} or {@code \\p{N}}: the characters a weekday name must not touch. */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static String alternation(Set<String> names) {
        if (names.isEmpty()) {
            return "(?!)";
        }
        return "(?iu:" + names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")";
    }

    private static <V> Map<String, V> lowerKeys(Map<String, V> map, String what) {
        Objects.requireNonNull(map, what);
        Map<String, V> out = new HashMap<>();
        map.forEach((k, v) -> {
            Objects.requireNonNull(k, what + " key");
            Objects.requireNonNull(v, what + " value");
            String key = k.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("blank name in " + what);
            }
            V previous = out.put(key, v);
            if (previous != null && !previous.equals(v)) {
                throw new IllegalArgumentException("name with two meanings in " + what + ": " + key);
            }
        });
        return Map.copyOf(out);
    }
}
