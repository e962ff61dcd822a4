package dev.crosscheck.cli;

import dev.crosscheck.finding.Severity;

import java.util.Locale;

/** {@code --fail-on}: the lowest severity that fails the check (exit 1), or never. */
enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether a finding of this severity fails the check. */
    boolean fails(Severity s) {
        return threshold != null && s.atLeast(threshold);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
