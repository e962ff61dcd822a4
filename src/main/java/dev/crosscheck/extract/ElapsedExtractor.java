package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds elapsed-time phrases: "the first [noun …] since 2018", "the first [noun …] in nearly
 * five years", "for the first time in a decade". The phrase must run from a first-word to the
 * year or span without crossing a comma or clause break; the span's hedge makes an interval of
 * years. With a dateline the span is also placed in time (when it last happened).
 */
final class ElapsedExtractor {

    private static final int MAX_PHRASE = 14;
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;

    private final Lexicon.Elapsed lex;
    private final Grammar grammar;

    ElapsedExtractor(Lexicon.Elapsed lex, Grammar grammar) {
        this.lex = lex;
        this.grammar = grammar;
    }

    /**
     * @param kindAt   for each token, the kind of the event word it is, or null
     * @param dateline the article's dateline
     * @param numbers  the sentence's number phrases ({@link NumberPhrases#all})
     */
    List<ElapsedClaim> extract(SentenceContext ctx, String[] kindAt, Optional<LocalDate> dateline,
                               List<NumberPhrases.Phrase> numbers) {
        List<ElapsedClaim> out = new ArrayList<>();
        for (int i = 0; i < ctx.tokens.size(); i++) {
            if (lex.firstWords().contains(ctx.lower.get(i))) {
                phraseFrom(ctx, kindAt, i, dateline, numbers).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<ElapsedClaim> phraseFrom(SentenceContext ctx, String[] kindAt, int first,
                                              Optional<LocalDate> dateline, List<NumberPhrases.Phrase> numbers) {
        List<Token> t = ctx.tokens;
        for (int k = first + 1; k < Math.min(t.size() - 1, first + MAX_PHRASE); k++) {
            if (isBreak(t.get(k))) {
                return Optional.empty();
            }
            String w = ctx.lower.get(k);
            if (lex.sinceWords().contains(w)) {
                Optional<Integer> year = year(t.get(k + 1));
                if (year.isPresent()) {
                    Interval previous = new Interval(year.get(), false, year.get() + 1, true);
                    Optional<Interval> gap = dateline.map(d -> {
                        double now = ElapsedClaim.yearOf(d);
                        return new Interval(Math.max(0, now - previous.hi()), false, now - previous.lo(), false);
                    });
                    return Optional.of(claim(ctx, kindAt, first, k, k + 2, Optional.of(previous), gap));
                }
            } else if (lex.spanWords().contains(w)) {
                Optional<ElapsedClaim> span = span(ctx, kindAt, first, k, dateline, numbers);
                if (span.isPresent()) {
                    return span;
                }
            }
        }
        return Optional.empty();
    }

    /** "in nearly five years", "for a decade": the number phrase must start right after the span word. */
    private Optional<ElapsedClaim> span(SentenceContext ctx, String[] kindAt, int first, int k,
                                        Optional<LocalDate> dateline, List<NumberPhrases.Phrase> numbers) {
        for (NumberPhrases.Phrase phrase : numbers) {
            if (phrase.start() != k + 1 || phrase.end() >= ctx.tokens.size()) {
                continue;
            }
            Integer unit = lex.yearUnits().get(ctx.lower.get(phrase.end()));
            if (unit == null) {
                return Optional.empty();
            }
            Interval gap = phrase.scaled(unit);
            Optional<Interval> previous = dateline.map(d -> {
                double now = ElapsedClaim.yearOf(d);
                return new Interval(now - gap.hi(), gap.hiOpen(), now - gap.lo(), gap.loOpen());
            });
            return Optional.of(claim(ctx, kindAt, first, k, phrase.end() + 1, previous, Optional.of(gap)));
        }
        return Optional.empty();
    }

    private ElapsedClaim claim(SentenceContext ctx, String[] kindAt, int first, int link, int end,
                               Optional<Interval> previous, Optional<Interval> gap) {
        int start = grammar.article(ctx.lower, first - 1) ? first - 1 : first;
        String topic = "";
        for (int k = first + 1; k < link && topic.isEmpty(); k++) {
            topic = kindAt[k] == null ? "" : kindAt[k];
        }
        if (topic.isEmpty()) {
            topic = headNoun(ctx, first, link);
        }
        boolean stated = !topic.isEmpty();
        if (!stated) {
            topic = nearestKind(kindAt, first);
        }
        return new ElapsedClaim(ctx.anchor(start, end), ctx.text(start, end), topic, stated, previous, gap);
    }

    /** The kind of the sentence's event word closest to the first-word, or "". */
    private static String nearestKind(String[] kindAt, int first) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < kindAt.length; k++) {
            if (kindAt[k] != null && Math.abs(k - first) < bestDistance) {
                best = kindAt[k];
                bestDistance = Math.abs(k - first);
            }
        }
        return best;
    }

    /**
     * "the first free election since 1990" → "election"; nothing for "the first since" or for a
     * lexicon noun that names no topic ("the first time since").
     */
    private String headNoun(SentenceContext ctx, int first, int link) {
        String head = "";
        for (int k = first + 1; k < link; k++) {
            Token tok = ctx.tokens.get(k);
            if (tok.pos().equals("NOUN")) {
                head = tok.lemma();
            } else if (!tok.pos().equals("ADJ") && !tok.pos().equals("PUNCT") && !head.isEmpty()) {
                break;
            }
        }
        return lex.topiclessNouns().contains(head) ? "" : head;
    }

    private static boolean isBreak(Token t) {
        String s = t.text();
        return s.equals(",") || s.equals(";") || s.equals(":") || s.equals("(") || s.equals(")") || s.equals("–")
                || s.equals("—");
    }

    private static Optional<Integer> year(Token t) {
        String s = t.text();
        if (s.length() != 4 || !s.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int y = Integer.parseInt(s);
        return y >= MIN_YEAR && y <= MAX_YEAR ? Optional.of(y) : Optional.empty();
    }
}
