package dev.crosscheck.rules;

import dev.crosscheck.pattern.TokenPattern;

import java.util.List;
import java.util.Map;

/**
 * A token pattern file ({@code patterns/ID.yaml}): the compiled pattern, what it finds, and texts
 * it must and must not match.
 *
 * @param pattern     the compiled pattern
 * @param description what it finds, for people
 * @param examples    texts with the captures they must give, and texts that must not match
 * @param file        the file label, for messages
 */
public record PatternDefinition(TokenPattern pattern, String description, List<Example> examples, String file) {

    public PatternDefinition {
        examples = List.copyOf(examples);
    }

    /** The pattern's id. */
    public String id() {
        return pattern.id();
    }

    /**
     * A text the pattern must match (with these captures, as written) or must not match.
     *
     * @param mustMatch true under {@code match}, false under {@code no-match}
     * @param text      one sentence (or a few), as an article would hold it
     * @param captures  capture name → the words it must cover, as written
     * @param line      line in the pattern file
     */
    public record Example(boolean mustMatch, String text, Map<String, String> captures, int line) {

        public Example {
            captures = Map.copyOf(captures);
        }
    }
}
