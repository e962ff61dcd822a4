package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Weekdays, months, years and clock times of a sentence ("on Tuesday", "In July", "in 2003",
 * "at 3:20 p.m.", "about 10 a.m."). Names are the calendar lexicon's, capitalised (the modal
 * "may" is no month); a year is a four-digit number between 1900 and 2100 tagged as a number; a
 * clock time is an hour (with minutes after ":" or ".") followed by, or ending in, one of the
 * lexicon's clock suffixes.
 */
final class TimeExtractor {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    /** How far from a time its verb may stand, in tokens. */
    private static final int VERB_WINDOW = 8;

    private final Lexicon.Calendar calendar;

    TimeExtractor(Lexicon.Calendar calendar) {
        this.calendar = calendar;
    }

    List<TimeMention> extract(SentenceContext ctx) {
        List<Token> t = ctx.tokens;
        List<TimeMention> out = new ArrayList<>();
        List<String> verbs = new ArrayList<>();
        for (Token tok : t) {
            if (tok.pos().equals("VERB")) {
                verbs.add(tok.lemma());
            }
        }
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            String lower = tok.lower();
            DayOfWeek day = calendar.weekdays().get(lower);
            Integer month = calendar.months().get(lower);
            if (day != null && tok.capitalised()) {
                out.add(new TimeMention(ctx.anchor(i, i + 1), TimeMention.Kind.WEEKDAY, day.getValue(), false,
                        verb(t, i), verbs));
            } else if (month != null && tok.capitalised() && i > 0) {
                out.add(new TimeMention(ctx.anchor(i, i + 1), TimeMention.Kind.MONTH, month, false, verb(t, i), verbs));
            } else if (isYear(tok)) {
                out.add(new TimeMention(ctx.anchor(i, i + 1), TimeMention.Kind.YEAR,
                        Integer.parseInt(tok.text()), false, verb(t, i), verbs));
            } else {
                int minutes = clock(t, i);
                if (minutes >= 0) {
                    // "3:20 p.m.", "2:53 p. m.": a suffix in tokens of its own is part of the time as written
                    int end = i + 1 + suffixTokens(t, i + 1);
                    out.add(new TimeMention(ctx.anchor(i, end), TimeMention.Kind.CLOCK, minutes,
                            i > 0 && calendar.clockHedges().contains(t.get(i - 1).lower()), verb(t, i), verbs));
                }
            }
        }
        return out;
    }

    /** The lemma of the verb nearest to token {@code i} (the left one on a tie), within a few tokens. */
    private static String verb(List<Token> t, int i) {
        for (int d = 1; d <= VERB_WINDOW; d++) {
            if (i - d >= 0 && t.get(i - d).pos().equals("VERB")) {
                return t.get(i - d).lemma();
            }
            if (i + d < t.size() && t.get(i + d).pos().equals("VERB")) {
                return t.get(i + d).lemma();
            }
        }
        return "";
    }

    /** How many tokens from {@code k} a clock suffix written apart from the figure covers (0 if none). */
    private int suffixTokens(List<Token> t, int k) {
        if (k < t.size() && calendar.clockSuffixes().containsKey(t.get(k).lower())) {
            return 1;
        }
        return spacedSuffix(t, k).isPresent() ? SPACED_SUFFIX_TOKENS : 0;
    }

    /** Tokens of "p. m." up to its last letter: a letter, a period, a letter. */
    private static final int SPACED_SUFFIX_TOKENS = 3;

    /**
     * "p. m.", "a. m.": a clock suffix written with a space, which the tokenizer cuts into letter,
     * period, letter (and period); the suffix it spells, when the calendar lists it.
     */
    private Optional<String> spacedSuffix(List<Token> t, int k) {
        if (k + 2 >= t.size() || !t.get(k + 1).text().equals(".") || t.get(k).text().length() != 1
                || t.get(k + 2).text().length() != 1) {
            return Optional.empty();
        }
        String joined = t.get(k).lower() + "." + t.get(k + 2).lower();
        for (String form : List.of(joined + ".", joined)) {
            if (calendar.clockSuffixes().containsKey(form)) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    private static boolean isYear(Token tok) {
        String w = tok.text();
        if (w.length() != 4 || !tok.pos().equals("NUM") || !w.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int y = Integer.parseInt(w);
        return y >= MIN_YEAR && y <= MAX_YEAR;
    }

    /** Minutes after midnight of the clock time at token {@code i}, or -1. */
    private int clock(List<Token> t, int i) {
        String w = t.get(i).lower();
        String suffix = null;
        for (String s : calendar.clockSuffixes().keySet()) {
            if (w.endsWith(s) && w.length() > s.length() && Character.isDigit(w.charAt(w.length() - s.length() - 1))) {
                suffix = s;
                w = w.substring(0, w.length() - s.length());
                break;
            }
        }
        if (suffix == null && i + 1 < t.size() && calendar.clockSuffixes().containsKey(t.get(i + 1).lower())) {
            suffix = t.get(i + 1).lower();
        }
        if (suffix == null) {
            suffix = spacedSuffix(t, i + 1).orElse(null);
        }
        if (suffix == null) {
            return -1;
        }
        int hour;
        int minute = 0;
        int sep = Math.max(w.indexOf(':'), w.indexOf('.'));
        try {
            if (sep > 0) {
                hour = Integer.parseInt(w.substring(0, sep));
                minute = Integer.parseInt(w.substring(sep + 1));
            } else {
                hour = Integer.parseInt(w);
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        if (hour < 1 || hour > 12 || minute < 0 || minute > 59) {
            return -1;
        }
        return (hour % 12 + calendar.clockSuffixes().get(suffix)) * 60 + minute;
    }
}
