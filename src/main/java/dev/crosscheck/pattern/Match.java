package dev.crosscheck.pattern;

import java.util.Map;

/**
 * Where a pattern matched: tokens {@code [start, end)}, and each named capture's tokens.
 */
public record Match(int start, int end, Map<String, Span> captures) {

    public Match {
        captures = Map.copyOf(captures);
    }

    /** Tokens {@code [start, end)}. */
    public record Span(int start, int end) {
    }
}
