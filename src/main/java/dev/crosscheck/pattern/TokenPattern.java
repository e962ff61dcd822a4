package dev.crosscheck.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sequence of token specs matched against a sentence's tokens, in the manner of spaCy's Matcher:
 * each spec matches one token (or a phrase), optionally or repeatedly within bounds, and may
 * capture what it matched. Matching backtracks, preferring more repetitions and longer phrases,
 * and gives up after {@link #MAX_STEPS} steps at one start, so no pattern can hang a run.
 *
 * @param id     the pattern's id (its file name)
 * @param specs  the elements, in order
 * @param origin where it is written (file:line), for messages
 */
public record TokenPattern(String id, List<TokenSpec> specs, String origin) {

    /** Steps one start may take before it counts as no match. */
    public static final int MAX_STEPS = 20_000;

    public TokenPattern {
        specs = List.copyOf(specs);
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("a pattern needs at least one token");
        }
    }

    /** Matches left to right, not overlapping; at each start the longest (by preference order) match. */
    public List<Match> findAll(TokenSequence t) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Optional<Match> m = matchAt(t, i);
            if (m.isPresent() && m.get().end() > i) {
                out.add(m.get());
                i = m.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The match starting at token {@code start}, if any. */
    public Optional<Match> matchAt(TokenSequence t, int start) {
        int[] steps = {0};
        Map<String, Match.Span> captures = new HashMap<>();
        int end = match(t, 0, start, captures, steps);
        return end < 0 ? Optional.empty() : Optional.of(new Match(start, end, captures));
    }

    /** The end of a match of specs {@code s..} from token {@code i}, or -1; fills {@code captures}. */
    private int match(TokenSequence t, int s, int i, Map<String, Match.Span> captures, int[] steps) {
        if (++steps[0] > MAX_STEPS) {
            return -1;
        }
        if (s == specs.size()) {
            return i;
        }
        TokenSpec spec = specs.get(s);
        List<Integer> ends = new ArrayList<>();
        if (spec.phrase().isPresent()) {
            for (int len : spec.phrase().get().lengthsAt(t, i)) {
                if (spec.accepts(t, i)) {
                    ends.add(i + len);
                }
            }
            if (spec.min() == 0) {
                ends.add(i);
            }
        } else {
            int n = 0;
            while (n < spec.max() && i + n < t.size() && spec.accepts(t, i + n)) {
                n++;
            }
            for (int k = n; k >= spec.min(); k--) {
                ends.add(i + k);
            }
        }
        for (int e : ends) {
            int end = match(t, s + 1, e, captures, steps);
            if (end >= 0) {
                spec.capture().ifPresent(name -> captures.put(name, new Match.Span(i, e)));
                return end;
            }
        }
        return -1;
    }
}
