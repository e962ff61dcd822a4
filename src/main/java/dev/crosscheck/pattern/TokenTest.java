package dev.crosscheck.pattern;

import java.util.Set;

/**
 * One test on a token: its attribute is one of {@code values} ({@code lemma: kill}, {@code lower:
 * $quotes.speech-verbs}); with {@code negated}, none of them.
 */
public record TokenTest(Attribute attribute, Set<String> values, boolean negated) {

    public TokenTest {
        values = Set.copyOf(values);
    }

    boolean test(TokenSequence t, int i) {
        return values.contains(attribute.of(t, i)) != negated;
    }
}
