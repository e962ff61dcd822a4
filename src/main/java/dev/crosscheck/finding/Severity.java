package dev.crosscheck.finding;

import java.util.Locale;

/** How sure crosscheck is that a finding is a real contradiction; declaration order is report order. */
public enum Severity {
    /** The same person, office or event has incompatible values. */
    ERROR,
    /** The same thing spelled differently, or incompatible values tied to the same event only by inference. */
    WARNING,
    /** Noteworthy but compatible values. */
    INFO;

    /** Lower-case label used in rule files and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is {@code threshold} or more severe (error is above warning, above info). */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses a label such as {@code "warning"}; returns empty for unknown labels. */
    public static java.util.Optional<Severity> fromLabel(String label) {
        for (Severity s : values()) {
            if (s.label().equals(label)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
