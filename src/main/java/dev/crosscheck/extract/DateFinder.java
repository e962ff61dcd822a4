package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.text.DateParser;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds dates stated in a sentence: explicit dates ("June 19, 2023"), weekdays ("on Monday",
 * "Monday morning") resolved against the article's dateline to the most recent such weekday
 * on or before it (without a dateline a weekday stays a weekday), days without a year ("Sept.
 * 18": the one nearest the dateline, else that day in some year) and, with a dateline,
 * relative dates ("yesterday", "last week", "in November": {@link RelativeDates}).
 */
final class DateFinder {

    private final DateParser parser;
    private final RelativeDates relative;
    private final Grammar grammar;

    DateFinder(DateParser parser, RelativeDates relative, Grammar grammar) {
        this.parser = parser;
        this.relative = relative;
        this.grammar = grammar;
    }

    List<EventExtractor.DatedToken> find(SentenceContext ctx, Optional<LocalDate> dateline) {
        List<EventExtractor.DatedToken> out = new ArrayList<>();
        String text = ctx.sentence.text();
        int base = ctx.sentence.start();
        List<int[]> taken = new ArrayList<>();
        for (DateParser.DateMention d : parser.find(text)) {
            int tok = ctx.tokenAt(base + d.start());
            if (tok >= 0) {
                out.add(new EventExtractor.DatedToken(tok, new DateExpression(text.substring(d.start(), d.end()),
                        DateRange.on(d.date()))));
                taken.add(new int[] {d.start(), d.end()});
            }
        }
        for (DateParser.MonthDayMention d : parser.findMonthDays(text)) {
            int tok = ctx.tokenAt(base + d.start());
            if (tok < 0 || inside(taken, d.start())) {
                continue;
            }
            DateRange range = dateline.map(line -> DateRange.on(nearest(d.day(), line)))
                    .orElse(DateRange.onMonthDay(d.day(), d.weekday()));
            out.add(new EventExtractor.DatedToken(tok, new DateExpression(text.substring(d.start(), d.end()), range)));
            taken.add(new int[] {d.start(), d.end()});
        }
        for (DateParser.WeekdayMention w : parser.findWeekdays(text)) {
            if (inside(taken, w.start())) {
                continue;
            }
            int tok = ctx.tokenAt(base + w.start());
            if (tok < 0 || tok > 0 && grammar.forwardLooking().contains(ctx.tokens.get(tok - 1).lower())) {
                continue;
            }
            int from = tok > 0 && grammar.dayPrepositions().contains(ctx.tokens.get(tok - 1).lower()) ? tok - 1 : tok;
            DateRange range = dateline.map(d -> DateRange.on(DateParser.mostRecent(w.day(), d)))
                    .orElse(DateRange.weekday(w.day()));
            out.add(new EventExtractor.DatedToken(tok, new DateExpression(ctx.text(from, tok + 1), range)));
        }
        if (dateline.isPresent()) {
            for (RelativeDates.Found f : relative.find(ctx.tokens, dateline.get())) {
                if (!inside(taken, ctx.tokens.get(f.start()).start() - base)) {
                    out.add(new EventExtractor.DatedToken(f.end() - 1,
                            new DateExpression(ctx.text(f.start(), f.end()), f.range())));
                }
            }
        }
        return out;
    }

    /** The day of {@code md} nearest the dateline: in its year, or the year before or after it. */
    static LocalDate nearest(MonthDay md, LocalDate dateline) {
        LocalDate best = null;
        for (int year = dateline.getYear() - 1; year <= dateline.getYear() + 1; year++) {
            if (!md.isValidYear(year)) {
                continue;
            }
            LocalDate d = md.atYear(year);
            if (best == null || Math.abs(d.toEpochDay() - dateline.toEpochDay())
                    < Math.abs(best.toEpochDay() - dateline.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }

    private static boolean inside(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset >= s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }

}
