package dev.crosscheck.rules;

import java.util.Optional;

/** The closed set of comparison mechanisms a rule file can ask for. */
public enum ComparisonKind {
    /** Different people holding the same unique office. */
    ATTRIBUTE_CONFLICT("attribute-conflict"),
    /** Numeric intervals (durations, quantities) of the same subject that do not overlap. */
    INTERVAL_CONFLICT("interval-conflict"),
    /** Dates of the same event that cannot both be true. */
    DATE_CONFLICT("date-conflict"),
    /** The same proper word spelled two ways. */
    VARIANT_SPELLING("variant-spelling"),
    /** Two renderings of one utterance by the same speaker that differ. */
    QUOTE_CONFLICT("quote-conflict"),
    /** A name with its family name misplaced: given name alone, or words in another order. */
    NAME_ORDER("name-order");

    private final String label;

    ComparisonKind(String label) {
        this.label = label;
    }

    /** The spelling used in rule files. */
    public String label() {
        return label;
    }

    /** Parses a rule-file label. */
    public static Optional<ComparisonKind> fromLabel(String label) {
        for (ComparisonKind k : values()) {
            if (k.label.equals(label)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
