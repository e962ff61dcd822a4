package dev.crosscheck.compare;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.DateRange;
import dev.crosscheck.load.Dateline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message wording: values as an editor would write them in a sentence, never in machine notation
 * (that stays in the report's normalized columns).
 */
final class Readable {

    private static final Pattern COMPOUND_UNIT = Pattern.compile(
            "(?i)\\b([\\p{L}\\d.,]+)-(second|minute|hour|day|week|month|year)\\b(?![-\\p{L}])");
    private static final List<String> ONE = List.of("1", "one", "a", "an");

    private Readable() {
    }

    /**
     * A claim's text as it reads in a sentence: an adjectival "30-minute" becomes "30 minutes";
     * everything else stays as written ("approximately 30 minutes", "more than three hours").
     */
    static String written(String value) {
        Matcher m = COMPOUND_UNIT.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            String unit = m.group(2);
            boolean one = ONE.contains(n.toLowerCase(Locale.ROOT));
            m.appendReplacement(sb, Matcher.quoteReplacement(n + " " + unit + (one ? "" : "s")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** "meeting Antony Blinken–Wang Yi" as "meeting between Antony Blinken and Wang Yi". */
    static String event(String label) {
        int space = label.indexOf(' ');
        if (space < 0) {
            return label;
        }
        String kind = label.substring(0, space);
        List<String> who = List.of(label.substring(space + 1).split("–"));
        if (who.size() == 1) {
            return kind + " with " + who.get(0);
        }
        return kind + " between " + and(who);
    }

    /** A place as lower-cased for matching ("new zealand") as a name again ("New Zealand"). */
    static String place(String scope) {
        StringBuilder sb = new StringBuilder(scope.length());
        boolean start = true;
        for (int i = 0; i < scope.length(); i++) {
            char c = scope.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return sb.toString();
    }

    /** "A", "A and B", "A, B and C". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "on Monday 18 September 2023", "between 13 and 20 March 2023", "on a Monday". */
    static String days(DateRange r) {
        Optional<LocalDate> from = r.from();
        Optional<LocalDate> to = r.to();
        String weekday = r.weekday().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).orElse("");
        if (from.isPresent() && to.isPresent()) {
            LocalDate f = from.get();
            LocalDate t = to.get();
            if (f.equals(t)) {
                return "on " + f.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day(f);
            }
            String span = "between " + (f.getYear() != t.getYear() ? day(f)
                    : f.getMonth() != t.getMonth() ? f.getDayOfMonth() + " " + month(f) : Integer.toString(f.getDayOfMonth()))
                    + " and " + day(t);
            return weekday.isEmpty() ? span : "on a " + weekday + " " + span;
        }
        if (from.isPresent()) {
            return (weekday.isEmpty() ? "" : "on a " + weekday + " ") + "on or after " + day(from.get());
        }
        if (to.isPresent()) {
            return (weekday.isEmpty() ? "" : "on a " + weekday + " ") + "on or before " + day(to.get());
        }
        if (r.monthDay().isPresent()) {
            String md = r.monthDay().get().getDayOfMonth() + " "
                    + r.monthDay().get().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return "on " + (weekday.isEmpty() ? "" : weekday + " ") + md + " (no year given)";
        }
        return weekday.isEmpty() ? "on an unknown day" : "on a " + weekday;
    }

    /** "14:53", "15:00 approx.": a clock time's minutes after midnight as a 24-hour time. */
    static String clock(int minutes, boolean approximate) {
        return String.format(Locale.ROOT, "%02d:%02d%s", minutes / 60, minutes % 60, approximate ? " approx." : "");
    }

    /** The article's dateline as written, or "undated". */
    static String dateline(ArticleClaims a) {
        return a.article().dateline().map(Dateline::text).orElse("undated");
    }

    /** "18 September 2023". */
    static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
