package dev.crosscheck.finding;

import java.util.Locale;
import java.util.Optional;

/** What kind of fact two claims disagree on; a closed set shared by rules and the report. */
public enum Category {
    NAME, SPELLING, TITLE, DURATION, DATE, NUMBER, QUOTE;

    /** Lower-case label used in rule files and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label such as {@code "duration"}; returns empty for unknown labels. */
    public static Optional<Category> fromLabel(String label) {
        for (Category c : values()) {
            if (c.label().equals(label)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
