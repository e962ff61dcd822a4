package dev.crosscheck.rules;

import dev.crosscheck.finding.Severity;

import java.util.Locale;
import java.util.Optional;

/**
 * A level a user sets for a rule ({@code --rule ID=LEVEL}, {@code rule:} in the project file):
 * off, or the severity its findings are reported at.
 */
public enum RuleLevel {
    OFF(Optional.empty()),
    INFO(Optional.of(Severity.INFO)),
    WARNING(Optional.of(Severity.WARNING)),
    ERROR(Optional.of(Severity.ERROR));

    private final Optional<Severity> severity;

    RuleLevel(Optional<Severity> severity) {
        this.severity = severity;
    }

    /** The severity findings are reported at; empty for {@link #OFF}, which stops the rule. */
    public Optional<Severity> severity() {
        return severity;
    }

    /** {@code off}, {@code info}, {@code warning} or {@code error} (any case, spaces around); empty for anything else. */
    public static Optional<RuleLevel> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (RuleLevel l : values()) {
            if (l.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
