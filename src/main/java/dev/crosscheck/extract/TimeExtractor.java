package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    private final Set<String> possessiveMarks;
    private final Set<String> verbOnlyForms;

    /**
     * @param possessiveMarks "'s" as a token: "Friday's semifinal" dates a noun, not the sentence
     * @param verbOnlyForms   forms that are verbs whatever the tagger says ("The quake struck")
     */
    TimeExtractor(Lexicon.Calendar calendar, Set<String> possessiveMarks, Set<String> verbOnlyForms) {
        this.calendar = calendar;
        this.possessiveMarks = Set.copyOf(possessiveMarks);
        this.verbOnlyForms = Set.copyOf(verbOnlyForms);
    }

    private boolean isVerb(Token tok) {
        return tok.pos().equals("VERB") || verbOnlyForms.contains(tok.lower());
    }

    List<TimeMention> extract(SentenceContext ctx) {
        List<Token> t = ctx.tokens;
        List<TimeMention> out = new ArrayList<>();
        List<String> verbs = t.stream().filter(this::isVerb).map(Token::lemma).toList();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            String lower = tok.lower();
            DayOfWeek day = calendar.weekdays().get(lower);
            Integer month = calendar.months().get(lower);
            boolean possessive = i + 1 < t.size() && possessiveMarks.contains(t.get(i + 1).lower());
            if (day != null && tok.capitalised() && !possessive) {
                out.add(new TimeMention(ctx.anchor(i, i + 1), TimeMention.Kind.WEEKDAY, day.getValue(), false,
                        verb(t, i), verbs, clauseVerb(t, i)));
            } else if (month != null && tok.capitalised() && i > 0) {
                out.add(new TimeMention(ctx.anchor(i, i + 1), TimeMention.Kind.MONTH, month, false, verb(t, i), verbs,
                        clauseVerb(t, i)));
            } else if (isYear(tok)) {
                out.add(new TimeMention(ctx.anchor(i, i + 1), TimeMention.Kind.YEAR,
                        Integer.parseInt(tok.text()), false, verb(t, i), verbs, clauseVerb(t, i)));
            } else {
                int at = i;
                clock(t, i).ifPresent(c -> out.add(new TimeMention(ctx.anchor(at, c.end()), TimeMention.Kind.CLOCK,
                        c.minutes(), at > 0 && calendar.clockHedges().contains(t.get(at - 1).lower()), verb(t, at),
                        verbs, clauseVerb(t, at))));
            }
        }
        return out;
    }

    /** The lemma of the verb nearest to token {@code i} (the left one on a tie), within a few tokens. */
    private String verb(List<Token> t, int i) {
        for (int d = 1; d <= VERB_WINDOW; d++) {
            if (i - d >= 0 && isVerb(t.get(i - d))) {
                return t.get(i - d).lemma();
            }
            if (i + d < t.size() && isVerb(t.get(i + d))) {
                return t.get(i + d).lemma();
            }
        }
        return "";
    }

    /** The lemma of the nearest verb before token {@code i} in its clause (no comma, semicolon or colon between), or "". */
    private String clauseVerb(List<Token> t, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String text = t.get(k).text();
            if (text.equals(",") || text.equals(";") || text.equals(":")) {
                return "";
            }
            if (isVerb(t.get(k))) {
                return t.get(k).lemma();
            }
        }
        return "";
    }

    /** A clock suffix of the calendar ({@code key}) and how many tokens after the figure it covers. */
    private record Suffix(String key, int tokens) {
    }

    /** A clock time: minutes after midnight, and the token after it as written (suffix included). */
    private record Clock(int minutes, int end) {
    }

    /** Tokens of "p. m." up to its last letter: a letter, a period, a letter. */
    private static final int SPACED_SUFFIX_TOKENS = 3;

    /**
     * The clock suffix in the tokens from {@code k}: a token of its own ("p.m.") or written with a
     * space ("p. m.", which the tokenizer cuts into letter, period, letter and period).
     */
    private Optional<Suffix> suffixAfter(List<Token> t, int k) {
        if (k < t.size() && calendar.clockSuffixes().containsKey(t.get(k).lower())) {
            return Optional.of(new Suffix(t.get(k).lower(), 1));
        }
        if (k + 2 >= t.size() || !t.get(k + 1).text().equals(".") || t.get(k).text().length() != 1
                || t.get(k + 2).text().length() != 1) {
            return Optional.empty();
        }
        String joined = t.get(k).lower() + "." + t.get(k + 2).lower();
        for (String form : List.of(joined + ".", joined)) {
            if (calendar.clockSuffixes().containsKey(form)) {
                return Optional.of(new Suffix(form, SPACED_SUFFIX_TOKENS));
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

    /** The clock time at token {@code i}: glued to its suffix ("3pm") or followed by it ("3 p.m."). */
    private Optional<Clock> clock(List<Token> t, int i) {
        String w = t.get(i).lower();
        Optional<Suffix> glued = Optional.empty();
        for (String s : calendar.clockSuffixes().keySet()) {
            if (w.endsWith(s) && w.length() > s.length() && Character.isDigit(w.charAt(w.length() - s.length() - 1))) {
                glued = Optional.of(new Suffix(s, 0));
                w = w.substring(0, w.length() - s.length());
                break;
            }
        }
        Optional<Suffix> suffix = glued.or(() -> suffixAfter(t, i + 1));
        if (suffix.isEmpty()) {
            return Optional.empty();
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
            return Optional.empty();
        }
        if (hour < 1 || hour > 12 || minute < 0 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(new Clock((hour % 12 + calendar.clockSuffixes().get(suffix.get().key())) * 60 + minute,
                i + 1 + suffix.get().tokens()));
    }
}
