package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.Lexicon.RelativeDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves relative dates against the dateline: "yesterday", "last week", "earlier this month"
 * (lexicon phrases with a unit and an offset) and bare months, "in November" (the latest
 * November on or before the dateline) or "in November 2022". A sentence about the future
 * ("will meet next month") resolves nothing: looking back from the dateline would be wrong.
 */
final class RelativeDates {

    /** A relative date over tokens {@code [start, end)}. */
    record Found(int start, int end, DateRange range) {
    }

    private final Lexicon.Calendar calendar;
    /** the lexicon's relative-date phrases by their first word (this lookup runs on every token) */
    private final Map<String, List<Map.Entry<List<String>, RelativeDate>>> phrasesByFirstWord;

    RelativeDates(Lexicon.Calendar calendar) {
        this.calendar = calendar;
        Map<String, List<Map.Entry<List<String>, RelativeDate>>> byFirst = new HashMap<>();
        calendar.relative().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(List::toString)))
                .forEach(e -> byFirst.computeIfAbsent(e.getKey().get(0), k -> new ArrayList<>()).add(e));
        this.phrasesByFirstWord = Map.copyOf(byFirst);
    }

    List<Found> find(List<Token> tokens, LocalDate dateline) {
        List<Found> out = new ArrayList<>();
        for (Token t : tokens) {
            if (calendar.futureMarkers().contains(t.lemma()) || calendar.futureMarkers().contains(t.lower())) {
                return out;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Found> f = phrase(tokens, i, dateline);
            if (f.isEmpty()) {
                f = monthAfterPrefix(tokens, i, dateline);
            }
            if (f.isPresent()) {
                out.add(f.get());
                i = f.get().end() - 1;
            }
        }
        return out;
    }

    private Optional<Found> phrase(List<Token> tokens, int i, LocalDate dateline) {
        Found best = null;
        for (Map.Entry<List<String>, RelativeDate> e
                : phrasesByFirstWord.getOrDefault(tokens.get(i).lower(), List.of())) {
            List<String> words = e.getKey();
            if (i + words.size() > tokens.size() || (best != null && words.size() <= best.end() - best.start())) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.size() && match; k++) {
                match = tokens.get(i + k).lower().equals(words.get(k));
            }
            if (match) {
                best = new Found(i, i + words.size(), period(e.getValue(), dateline));
            }
        }
        return Optional.ofNullable(best);
    }

    /** "in November", "in November 2022"; not "in November 12" (an explicit date). */
    private Optional<Found> monthAfterPrefix(List<Token> tokens, int i, LocalDate dateline) {
        if (i + 1 >= tokens.size() || !calendar.monthPrefixes().contains(tokens.get(i).lower())) {
            return Optional.empty();
        }
        Integer month = calendar.months().get(tokens.get(i + 1).lower());
        if (month == null || !tokens.get(i + 1).capitalised()) {
            return Optional.empty();
        }
        String next = i + 2 < tokens.size() ? tokens.get(i + 2).text() : "";
        if (next.matches("\\d{4}")) {
            LocalDate first = LocalDate.of(Integer.parseInt(next), month, 1);
            return Optional.of(new Found(i, i + 3, DateRange.between(first, first.plusMonths(1).minusDays(1))));
        }
        if (next.matches("\\d.*")) {
            return Optional.empty();
        }
        LocalDate first = dateline.withDayOfMonth(1).withMonth(month);
        if (first.isAfter(dateline)) {
            first = first.minusYears(1);
        }
        LocalDate last = first.plusMonths(1).minusDays(1);
        return Optional.of(new Found(i, i + 2, DateRange.between(first, last.isAfter(dateline) ? dateline : last)));
    }

    /** The days a relative period covers, never past the dateline. */
    static DateRange period(RelativeDate r, LocalDate dateline) {
        LocalDate start = switch (r.unit()) {
            case DAY -> dateline;
            case WEEK -> dateline.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> dateline.withDayOfMonth(1);
            case YEAR -> dateline.withDayOfYear(1);
        };
        LocalDate from = switch (r.unit()) {
            case DAY -> start.plusDays(r.offset());
            case WEEK -> start.plusWeeks(r.offset());
            case MONTH -> start.plusMonths(r.offset());
            case YEAR -> start.plusYears(r.offset());
        };
        if (r.offset() == 0) {
            return DateRange.between(from, dateline);
        }
        LocalDate to = switch (r.unit()) {
            case DAY -> from;
            case WEEK -> from.plusWeeks(1).minusDays(1);
            case MONTH -> from.plusMonths(1).minusDays(1);
            case YEAR -> from.plusYears(1).minusDays(1);
        };
        return DateRange.between(from, to);
    }
}
