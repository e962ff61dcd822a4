package dev.crosscheck.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a cardinal number from a list of word tokens, written with digits ("2,000", "1.5 million")
 * or with words ("thirty-five", "two hundred and fifty", "a dozen").
 *
 * <p>The parser knows no language: number words, scale words and connector words all come from the
 * caller. It holds only the mechanism of a decimal numeral system:
 * <ul>
 *   <li>A number word fills the places below the last one stated: "twenty" + "five" is 25, while
 *       "twenty" + "thirty" or "five" + "three" are two numbers and the parse stops after the first.
 *       A bare power of ten such as "ten" takes no units.</li>
 *   <li>A scale word multiplies everything stated since the last larger scale: "twenty-five hundred"
 *       is 2,500, "five hundred thousand" 500,000, "two million three hundred thousand" 2,300,000.
 *       Scales must descend, so "two thousand three thousand" stops after "three".</li>
 *   <li>A number word that shares its value with another word (an alias, such as "dozen" beside
 *       "twelve") is a counting word: after a smaller single-word count it multiplies
 *       ("a dozen" is 12, "two dozen" 24) and the result is vague, its step being the group size.
 *       Before a hyphen ("a twelve-hour shift") it never multiplies.</li>
 *   <li>A connector word ("and") joins a scale to the number words after it; a hyphen joins two number
 *       words. Neither is consumed unless a number word follows.</li>
 *   <li>Digits come first: "2,000", "12500", "7.25", optionally followed by scales ("1.5 million");
 *       number words never follow digits. Digits glued to anything else ("30km", "1990s") are not a
 *       number; the caller splits such tokens.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NumberParser {

    /**
     * A number read from tokens.
     *
     * @param value      the number
     * @param step       place value of the least significant stated digit, the rounding granularity:
     *                   "30" is 10, "35" is 1, "1.5" is 0.1, "1.5 million" is 100,000, "a dozen" is 12
     * @param tokenCount how many tokens the number spans, connectors and hyphens included
     * @param digits     whether the number was written with digits
     */
    public record ParsedNumber(double value, double step, int tokenCount, boolean digits) {
    }

    /** A digit token: plain or comma-grouped integer part, optional decimal part. */
    private static final Pattern DIGITS = Pattern.compile("(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");
    private static final String HYPHEN = "-";

    private final Map<String, Long> words;
    private final Map<String, Long> scales;
    private final Set<String> connectors;
    private final Set<String> aliases;

    /**
     * Creates a parser whose only connector word is {@code "and"}, as in "two hundred and fifty".
     *
     * @param words  lower-case number words with their values ("twenty" → 20, "a" → 1, "dozen" → 12)
     * @param scales lower-case scale words with their values ("hundred" → 100, "million" → 1,000,000)
     * @throws IllegalArgumentException if a value is negative, a scale is not above 1, or a word is both
     */
    public NumberParser(Map<String, Long> words, Map<String, Long> scales) {
        this(words, scales, Set.of("and"));
    }

    /**
     * Creates a parser.
     *
     * @param words      lower-case number words with their values
     * @param scales     lower-case scale words with their values, each above 1
     * @param connectors lower-case words allowed between a scale and the number words after it
     * @throws IllegalArgumentException if a value is negative, a scale is not above 1, or a word is listed twice
     */
    public NumberParser(Map<String, Long> words, Map<String, Long> scales, Set<String> connectors) {
        this.words = lowerKeys(words, "words");
        this.scales = lowerKeys(scales, "scales");
        Set<String> lowerConnectors = new HashSet<>();
        for (String c : Objects.requireNonNull(connectors, "connectors")) {
            lowerConnectors.add(lower(Objects.requireNonNull(c, "connector")));
        }
        this.connectors = Set.copyOf(lowerConnectors);

        for (Map.Entry<String, Long> e : this.words.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("negative number word: " + e.getKey());
            }
        }
        for (Map.Entry<String, Long> e : this.scales.entrySet()) {
            if (e.getValue() <= 1) {
                throw new IllegalArgumentException("scale must be above 1: " + e.getKey());
            }
            if (this.words.containsKey(e.getKey()) || this.connectors.contains(e.getKey())) {
                throw new IllegalArgumentException("word is listed twice: " + e.getKey());
            }
        }
        for (String c : this.connectors) {
            if (this.words.containsKey(c) || c.equals(HYPHEN)) {
                throw new IllegalArgumentException("word is listed twice: " + c);
            }
        }

        Map<Long, Integer> valueCounts = new HashMap<>();
        this.words.values().forEach(v -> valueCounts.merge(v, 1, Integer::sum));
        Set<String> alias = new HashSet<>();
        this.words.forEach((w, v) -> {
            if (valueCounts.get(v) > 1) {
                alias.add(w);
            }
        });
        this.aliases = Set.copyOf(alias);
    }

    /**
     * Parses the longest number that starts exactly at {@code start}.
     *
     * @param tokens word tokens, normally lower-cased; a hyphen is its own token or inside a word token
     * @param start  index of the first token, {@code tokens.size()} allowed (yields empty)
     * @return the number, or empty if the token at {@code start} does not begin one
     * @throws IndexOutOfBoundsException if {@code start} is negative or above {@code tokens.size()}
     */
    public Optional<ParsedNumber> parse(List<String> tokens, int start) {
        Objects.requireNonNull(tokens, "tokens");
        if (start < 0 || start > tokens.size()) {
            throw new IndexOutOfBoundsException("start " + start + " outside 0.." + tokens.size());
        }
        String first = token(tokens, start);
        if (first == null) {
            return Optional.empty();
        }

        Accumulator acc = new Accumulator();
        if (DIGITS.matcher(first).matches()) {
            acc.addDigits(new BigDecimal(first.replace(",", "")));
        } else if (!applyToken(acc, first, token(tokens, start + 1))) {
            return Optional.empty();
        }

        int i = start + 1;
        while (true) {
            String t = token(tokens, i);
            if (t == null) {
                break;
            }
            Accumulator trial = acc.copy();
            if (t.equals(HYPHEN) || connectors.contains(t)) {
                String next = token(tokens, i + 1);
                if (next == null || !applyAfterJoiner(trial, t, next, token(tokens, i + 2))) {
                    break;
                }
                i += 2;
            } else {
                if (!applyToken(trial, t, token(tokens, i + 1))) {
                    break;
                }
                i += 1;
            }
            acc = trial;
        }
        return Optional.of(new ParsedNumber(acc.value().doubleValue(), acc.step().doubleValue(),
                i - start, acc.digits));
    }

    /** Applies a number word, scale word or hyphenated compound; leaves {@code acc} unchanged on failure. */
    private boolean applyToken(Accumulator acc, String token, String next) {
        Long scale = scales.get(token);
        if (scale != null) {
            return acc.addScale(scale);
        }
        Long word = words.get(token);
        if (word != null) {
            return acc.addWord(word)
                    || (aliases.contains(token) && !HYPHEN.equals(next) && acc.multiply(word));
        }
        if (token.length() > 1 && token.indexOf('-') >= 0) {
            return applyCompound(acc, token);
        }
        return false;
    }

    /** Applies "twenty-five" or "two-hundred" as a whole: every part must be read, or nothing is. */
    private boolean applyCompound(Accumulator acc, String token) {
        Accumulator trial = acc.copy();
        for (String part : token.split("-", -1)) {
            Long scale = scales.get(part);
            Long word = words.get(part);
            boolean ok = scale != null ? trial.addScale(scale) : word != null && trial.addWord(word);
            if (!ok) {
                return false;
            }
        }
        acc.copyFrom(trial);
        return true;
    }

    /** Applies the token after a hyphen or connector, which must continue the number with words. */
    private boolean applyAfterJoiner(Accumulator acc, String joiner, String next, String afterNext) {
        if (acc.digits || scales.containsKey(next)) {
            return false;
        }
        if (joiner.equals(HYPHEN)) {
            Long word = words.get(next);
            return acc.last == Piece.WORD && word != null && acc.addWord(word);
        }
        return acc.last == Piece.SCALE && applyToken(acc, next, afterNext);
    }

    private static String token(List<String> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        String t = tokens.get(i);
        return t == null ? null : lower(t);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Long> lowerKeys(Map<String, Long> map, String what) {
        Objects.requireNonNull(map, what);
        Map<String, Long> out = new HashMap<>();
        map.forEach((k, v) -> {
            String key = lower(Objects.requireNonNull(k, what + " key"));
            Objects.requireNonNull(v, what + " value");
            if (out.put(key, v) != null) {
                throw new IllegalArgumentException("word is listed twice: " + key);
            }
        });
        return Map.copyOf(out);
    }

    /** Place value of the least significant non-zero digit of an integer; 1 for zero. */
    private static BigDecimal integerStep(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ONE;
        }
        int scale = value.stripTrailingZeros().scale();
        return BigDecimal.ONE.scaleByPowerOfTen(Math.max(0, -scale));
    }

    private enum Piece { NONE, DIGITS, WORD, MULTIPLIED, SCALE }

    /** A part closed by a scale word, e.g. "two hundred" inside "two hundred and fifty". */
    private record Group(BigDecimal value, BigDecimal step, long scale) {
    }

    /** The number read so far: closed groups with descending scales plus an open group of words. */
    private static final class Accumulator {
        private final List<Group> groups = new ArrayList<>();
        private BigDecimal current;
        private BigDecimal currentStep;
        private int currentWords;
        private Piece last = Piece.NONE;
        private boolean digits;

        Accumulator copy() {
            Accumulator c = new Accumulator();
            c.copyFrom(this);
            return c;
        }

        void copyFrom(Accumulator o) {
            groups.clear();
            groups.addAll(o.groups);
            current = o.current;
            currentStep = o.currentStep;
            currentWords = o.currentWords;
            last = o.last;
            digits = o.digits;
        }

        void addDigits(BigDecimal value) {
            current = value;
            currentStep = value.scale() > 0 ? BigDecimal.ONE.movePointLeft(value.scale()) : integerStep(value);
            digits = true;
            last = Piece.DIGITS;
        }

        boolean addWord(long v) {
            if (digits || last == Piece.MULTIPLIED) {
                return false;
            }
            BigDecimal value = BigDecimal.valueOf(v);
            if (current == null) {
                if (!groups.isEmpty() && v >= groups.get(groups.size() - 1).scale()) {
                    return false;
                }
                current = value;
                currentStep = integerStep(value);
                currentWords = 1;
            } else {
                if (v <= 0 || value.compareTo(currentStep) >= 0 || current.compareTo(currentStep) == 0) {
                    return false;
                }
                current = current.add(value);
                currentStep = integerStep(value);
                currentWords++;
            }
            last = Piece.WORD;
            return true;
        }

        boolean multiply(long v) {
            if (digits || last != Piece.WORD || !groups.isEmpty() || currentWords != 1
                    || BigDecimal.valueOf(v).compareTo(current) <= 0) {
                return false;
            }
            BigDecimal factor = BigDecimal.valueOf(v);
            current = current.multiply(factor);
            currentStep = currentStep.multiply(factor);
            last = Piece.MULTIPLIED;
            return true;
        }

        boolean addScale(long s) {
            if (last == Piece.MULTIPLIED) {
                return false;
            }
            int keep = groups.size();
            while (keep > 0 && groups.get(keep - 1).scale() < s) {
                keep--;
            }
            if (keep > 0 && groups.get(keep - 1).scale() == s) {
                return false;
            }
            if (keep == groups.size() && current == null) {
                return false;
            }
            BigDecimal tail = current == null ? BigDecimal.ZERO : current;
            BigDecimal tailStep = current == null ? null : currentStep;
            for (Group g : groups.subList(keep, groups.size())) {
                tail = tail.add(g.value());
                tailStep = tailStep == null ? g.step() : tailStep.min(g.step());
            }
            BigDecimal factor = BigDecimal.valueOf(s);
            groups.subList(keep, groups.size()).clear();
            groups.add(new Group(tail.multiply(factor), tailStep.multiply(factor), s));
            current = null;
            currentStep = null;
            currentWords = 0;
            last = Piece.SCALE;
            return true;
        }

        BigDecimal value() {
            BigDecimal sum = current == null ? BigDecimal.ZERO : current;
            for (Group g : groups) {
                sum = sum.add(g.value());
            }
            return sum;
        }

        BigDecimal step() {
            BigDecimal step = currentStep;
            for (Group g : groups) {
                step = step == null ? g.step() : step.min(g.step());
            }
            return step;
        }
    }
}
