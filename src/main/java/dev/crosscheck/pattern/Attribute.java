package dev.crosscheck.pattern;

import java.util.Locale;
import java.util.Optional;

/** The token attribute a test reads; {@code QUOTED} is "true" or "false". */
public enum Attribute {
    TEXT, LOWER, LEMMA, POS, QUOTED;

    /** The attribute of token {@code i}. */
    public String of(TokenSequence t, int i) {
        return switch (this) {
            case TEXT -> t.text(i);
            case LOWER -> t.lower(i);
            case LEMMA -> t.lemma(i);
            case POS -> t.pos(i);
            case QUOTED -> String.valueOf(t.quoted(i));
        };
    }

    /** The key a pattern file writes ({@code lower}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The attribute a pattern file key names. */
    public static Optional<Attribute> fromKey(String key) {
        for (Attribute a : values()) {
            if (a.key().equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
