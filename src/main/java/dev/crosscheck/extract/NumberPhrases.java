package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon.HedgeKind;
import dev.crosscheck.text.NumberParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds "[hedge] NUMBER" phrases and what they allow: "about three", "at least 280",
 * "between 20 and 30", "hundreds of". Shared by the duration and quantity extractors.
 */
final class NumberPhrases {

    /**
     * A number phrase over tokens {@code [start, end)}.
     *
     * @param start   first token, including the hedge
     * @param end     token after the number
     * @param range   the values it allows
     * @param digits  written with digits
     * @param integer the stated value is a whole number
     * @param value   the stated value (the lower bound for ranges)
     * @param article the number is a lone determiner ("a", "an"): one only where a unit makes it
     *                a quantity ("an hour"), never a count ("killed a deputy", "a death sentence")
     * @param hedge   the hedge of a single stated value, or null for ranges and vague amounts
     */
    record Phrase(int start, int end, Interval range, boolean digits, boolean integer, double value,
                  boolean article, HedgeKind hedge) {

        /** A word for none standing where a figure stands ("No one was killed"): exactly 0. */
        static Phrase zero(int start, int end) {
            return new Phrase(start, end, Interval.exact(0), false, true, 0, false, null);
        }

        Interval scaled(double factor) {
            return new Interval(range.lo() * factor, range.loOpen(), range.hi() * factor, range.hiOpen());
        }
    }

    private final Vocabulary vocab;
    private final NumberParser numbers;
    private final HedgeIntervals hedges;
    private final dev.crosscheck.rules.Lexicon.Numbers lex;

    /** The lexicon's vague amounts by first word (the longest match wins, so order does not matter). */
    private final Map<String, List<Map.Entry<List<String>, double[]>>> vagueByFirstWord = new HashMap<>();

    NumberPhrases(Vocabulary vocab, NumberParser numbers, HedgeIntervals hedges) {
        this.vocab = vocab;
        this.numbers = numbers;
        this.hedges = hedges;
        this.lex = vocab.lexicon().numbers();
        for (Map.Entry<List<String>, double[]> e : vocab.lexicon().quantities().vague().entrySet()) {
            if (!e.getKey().isEmpty()) {
                vagueByFirstWord.computeIfAbsent(e.getKey().get(0), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * Every number phrase of a sentence, left to right, not overlapping: parsed once per
     * sentence and shared by the duration, quantity and elapsed-time extractors.
     */
    List<Phrase> all(List<Token> tokens, List<String> lower) {
        List<Phrase> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Phrase> p = at(tokens, lower, i);
            if (p.isPresent()) {
                out.add(p.get());
                i = p.get().end() - 1;
            }
        }
        return List.copyOf(out);
    }

    /**
     * "AK-47", "F-16", "COVID-19": digits hyphened to a word are part of a name, not a figure
     * ("a 2-1/2 year sentence", "the 9-3 vote" have digits before the hyphen).
     */
    private static boolean designation(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).text().equals("-")) {
            return false;
        }
        String before = tokens.get(i - 2).text();
        return !before.isEmpty() && before.codePoints().allMatch(Character::isLetter)
                && before.codePoints().anyMatch(Character::isUpperCase)
                && tokens.get(i - 1).start() == tokens.get(i - 2).end()
                && tokens.get(i).start() == tokens.get(i - 1).end();
    }

    /** The number phrase whose number starts at token {@code i}, if any. */
    private Optional<Phrase> at(List<Token> tokens, List<String> lower, int i) {
        Optional<Phrase> vague = vague(tokens, lower, i);
        if (vague.isPresent()) {
            return vague;
        }
        Optional<Phrase> fraction = fractionAlone(tokens, lower, i);
        if (fraction.isPresent()) {
            return fraction;
        }
        Optional<NumberParser.ParsedNumber> num = numbers.parse(lower, i);
        if (num.isEmpty()) {
            return Optional.empty();
        }
        NumberParser.ParsedNumber n = num.get();
        if (n.digits() && designation(tokens, i)) {
            return Optional.empty();
        }
        int end = i + n.tokenCount();
        double value = n.value();
        double step = n.step();
        // "two and a half", "4 ½"
        int[] fractionEnd = {end};
        OptionalDouble frac = fractionAfter(lower, end, fractionEnd);
        if (frac.isPresent()) {
            value += frac.getAsDouble();
            step = frac.getAsDouble();
            end = fractionEnd[0];
        }
        boolean integer = value == Math.rint(value);
        Optional<PhraseMatch<HedgeKind>> hedge = hedgeBefore(tokens, i);
        int start = hedge.map(PhraseMatch::start).orElse(i);
        HedgeKind kind = hedge.map(PhraseMatch::value).orElse(HedgeKind.EXACT);
        // "between 20 and 30", "(around) two to three hours": the range is what is allowed
        boolean between = i > 0 && vocab.grammar().between().contains(lower.get(i - 1)) && end < lower.size()
                && vocab.grammar().conjunctions().contains(lower.get(end));
        if (between || end < lower.size() && lex.rangeWords().contains(lower.get(end))) {
            Optional<NumberParser.ParsedNumber> hi = numbers.parse(lower, end + 1);
            if (hi.isPresent() && hi.get().value() > value) {
                return Optional.of(new Phrase(between ? i - 1 : start, end + 1 + hi.get().tokenCount(),
                        new Interval(value, false, hi.get().value(), false), n.digits(), integer, value, false, null));
            }
        }
        boolean article = n.tokenCount() == 1 && end == i + 1 && tokens.get(i).pos().equals("DET");
        return Optional.of(new Phrase(start, end, hedges.interval(kind, value, step), n.digits(), integer,
                value, article, kind));
    }

    /**
     * {@code p} with a fraction that follows its unit ("about an hour and a half", "two days and a
     * half") added, the fraction its rounding, and its end after the fraction; empty when none
     * follows at {@code from} or {@code p} is a range or already fractional.
     */
    Optional<Phrase> withFractionAt(List<String> lower, Phrase p, int from) {
        if (p.hedge() == null || !p.integer()) {
            return Optional.empty();
        }
        int[] end = {from};
        OptionalDouble frac = fractionAfter(lower, from, end);
        if (frac.isEmpty()) {
            return Optional.empty();
        }
        double value = p.value() + frac.getAsDouble();
        return Optional.of(new Phrase(p.start(), end[0], hedges.interval(p.hedge(), value, frac.getAsDouble()),
                p.digits(), false, value, false, p.hedge()));
    }

    /**
     * "and a half" or "½" right after a whole number, with the token after it in {@code end[0]};
     * hyphens may join the words ("two-and-a-half").
     */
    private OptionalDouble fractionAfter(List<String> lower, int from, int[] end) {
        if (from < lower.size() && lex.fractions().containsKey(lower.get(from))) {
            end[0] = from + 1;
            return OptionalDouble.of(lex.fractions().get(lower.get(from)));
        }
        OptionalDouble written = writtenFraction(lower, from, end);
        if (written.isPresent()) {
            return written;
        }
        // the words after the number, hyphenated tokens split ("two - and - a-half"), each with
        // the token after it when it ends its token
        List<String> words = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        int longest = 1;
        for (List<String> joiner : lex.fractionJoiners()) {
            longest = Math.max(longest, joiner.size() + 1);
        }
        for (int k = from; k < lower.size() && words.size() < longest; k++) {
            String[] parts = lower.get(k).split("-", -1);
            for (int p = 0; p < parts.length; p++) {
                if (!parts[p].isEmpty()) {
                    words.add(parts[p]);
                    after.add(p == parts.length - 1 ? k + 1 : -1);
                }
            }
        }
        for (List<String> joiner : lex.fractionJoiners()) {
            int f = joiner.size();
            if (f < words.size() && words.subList(0, f).equals(joiner) && lex.fractions().containsKey(words.get(f))
                    && after.get(f) > 0) {
                end[0] = after.get(f);
                return OptionalDouble.of(lex.fractions().get(words.get(f)));
            }
        }
        return OptionalDouble.empty();
    }

    /** The largest denominator read as a fraction ("7 1/2"); "3/20" is more likely a date or a score. */
    private static final int MAX_DENOMINATOR = 8;

    /**
     * "7 1/2", "2-1/2": a fraction in digits after a whole number (the tokenizer splits it as
     * "1 / 2", or keeps it whole after a hyphen), a proper one with a small denominator, with the
     * token after it in {@code end[0]}.
     */
    private OptionalDouble writtenFraction(List<String> lower, int from, int[] end) {
        int k = from < lower.size() && lower.get(from).equals("-") ? from + 1 : from;
        if (k > from && k < lower.size() && lex.fractions().containsKey(lower.get(k))) {
            end[0] = k + 1; // "2-1/2" when the tokenizer keeps "1/2" whole
            return OptionalDouble.of(lex.fractions().get(lower.get(k)));
        }
        if (k + 2 >= lower.size() || !lower.get(k + 1).equals("/")
                || !isSmallInteger(lower.get(k)) || !isSmallInteger(lower.get(k + 2))) {
            return OptionalDouble.empty();
        }
        int numerator = Integer.parseInt(lower.get(k));
        int denominator = Integer.parseInt(lower.get(k + 2));
        if (numerator < 1 || numerator >= denominator || denominator > MAX_DENOMINATOR) {
            return OptionalDouble.empty();
        }
        end[0] = k + 3;
        return OptionalDouble.of((double) numerator / denominator);
    }

    private static boolean isSmallInteger(String s) {
        return s.length() == 1 && Character.isDigit(s.charAt(0));
    }

    /** "half an hour", "a half hour": a fraction with no whole number, with its article. */
    private Optional<Phrase> fractionAlone(List<Token> tokens, List<String> lower, int i) {
        int f = i;
        if (tokens.get(i).pos().equals("DET") && i + 1 < lower.size() && lex.fractions().containsKey(lower.get(i + 1))) {
            f = i + 1; // "a half hour"
        }
        Double v = lex.fractions().get(lower.get(f));
        if (v == null) {
            return Optional.empty();
        }
        int end = f + 1;
        if (f == i && end < lower.size() && tokens.get(end).pos().equals("DET")) {
            end++; // "half an hour"
        }
        // "approximately half an hour"
        Optional<PhraseMatch<HedgeKind>> hedge = hedgeBefore(tokens, i);
        HedgeKind kind = hedge.map(PhraseMatch::value).orElse(HedgeKind.EXACT);
        return Optional.of(new Phrase(hedge.map(PhraseMatch::start).orElse(i), end, hedges.interval(kind, v, v), false,
                false, v, false, kind));
    }

    /** The hedge ("about", "more than") that ends right before token {@code i}. */
    private Optional<PhraseMatch<HedgeKind>> hedgeBefore(List<Token> tokens, int i) {
        for (int from = Math.max(0, i - 4); from < i; from++) {
            var h = vocab.hedgeAt(tokens, from);
            if (h.isPresent() && h.get().end() == i) {
                return h;
            }
        }
        return Optional.empty();
    }

    private Optional<Phrase> vague(List<Token> tokens, List<String> lower, int i) {
        Phrase best = null;
        for (Map.Entry<List<String>, double[]> e : vagueByFirstWord.getOrDefault(lower.get(i), List.of())) {
            List<String> words = e.getKey();
            if (i + words.size() > lower.size() || !lower.subList(i, i + words.size()).equals(words)) {
                continue;
            }
            int end = i + words.size();
            if (end < lower.size() && vocab.grammar().complementPrepositions().contains(lower.get(end))) {
                end++;
            }
            if (best == null || end > best.end()) {
                double[] b = e.getValue();
                best = new Phrase(i, end, new Interval(b[0], false, b[1], false), false, true, b[0], false, null);
            }
        }
        return Optional.ofNullable(best);
    }
}
