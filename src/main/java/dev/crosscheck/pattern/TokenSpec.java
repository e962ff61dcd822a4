package dev.crosscheck.pattern;

import java.util.List;
import java.util.Optional;

/**
 * One element of a token pattern: a token passing every test, repeated {@code min} to {@code max}
 * times (an empty test list with {@code min} 0 is a bounded gap), or a phrase of a phrase set;
 * optionally captured under a name.
 *
 * @param tests   tests every token of the element passes
 * @param phrase  a phrase set the element matches instead of single tokens
 * @param min     fewest repetitions (0: optional)
 * @param max     most repetitions (bounded: a pattern never scans without limit)
 * @param capture name the matched tokens are captured under
 */
public record TokenSpec(List<TokenTest> tests, Optional<PhraseSet> phrase, int min, int max,
                        Optional<String> capture) {

    /** Most repetitions of {@code *} and {@code +}. */
    public static final int MAX_REPEAT = 8;

    public TokenSpec {
        tests = List.copyOf(tests);
        if (min < 0 || max < min || max < 1) {
            throw new IllegalArgumentException("repetitions " + min + ".." + max);
        }
    }

    boolean accepts(TokenSequence t, int i) {
        for (TokenTest test : tests) {
            if (!test.test(t, i)) {
                return false;
            }
        }
        return true;
    }
}
