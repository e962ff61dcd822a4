package dev.crosscheck.resolve;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.load.Dateline;
import dev.crosscheck.rules.Lexicon;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Whether two articles can report one event by when they were written. Two datelines further
 * apart than {@code max-dateline-gap-days} are two events of one kind (two quakes on one island
 * years apart), however many names they share. An undated article's only clue is the years it
 * names: it can tell the story of a dated article only when it names the dateline's year or one at
 * most {@code undated-year-slack} years before it (years ahead are plans: "cut the deficit by
 * 2014"); one that names no year gives no such clue and is kept apart from dated articles, so
 * figures are compared only where one time is established. Two undated articles are told apart
 * only when both name years and none of them are that close.
 */
public final class StoryTime {

    private final Lexicon.Stories params;

    public StoryTime(Lexicon.Stories params) {
        this.params = params;
    }

    /** Whether {@code years} holds {@code year} or one at most the slack before it. */
    private boolean namesYearNear(List<Integer> years, int year) {
        for (int y : years) {
            if (y <= year && y >= year - params.undatedYearSlack()) {
                return true;
            }
        }
        return false;
    }

    public boolean compatible(ArticleClaims a, ArticleClaims b) {
        Optional<LocalDate> da = a.article().dateline().map(Dateline::date);
        Optional<LocalDate> db = b.article().dateline().map(Dateline::date);
        if (da.isPresent() && db.isPresent()) {
            return Math.abs(ChronoUnit.DAYS.between(da.get(), db.get())) <= params.maxDatelineGapDays();
        }
        if (da.isEmpty() && db.isEmpty()) {
            // two undated articles: their latest named years, when both name one, must be close
            if (a.yearsNamed().isEmpty() || b.yearsNamed().isEmpty()) {
                return true;
            }
            for (int y : a.yearsNamed()) {
                if (namesYearNear(b.yearsNamed(), y)) {
                    return true;
                }
            }
            return false;
        }
        LocalDate dated = da.isPresent() ? da.get() : db.get();
        List<Integer> years = (da.isPresent() ? b : a).yearsNamed();
        if (years.isEmpty()) {
            return false;
        }
        return namesYearNear(years, dated.getYear());
    }
}
