package dev.crosscheck.compare;

import dev.crosscheck.extract.Anchor;
import dev.crosscheck.finding.Evidence;

import java.util.Map;

/**
 * One claim of a pair, with the message variables that describe it (without the _a/_b suffix).
 *
 * @param evidence the report columns for this side
 * @param vars     extra message variables for this side, e.g. {@code context}
 */
record Side(Evidence evidence, Map<String, String> vars) {

    static Side of(Anchor anchor, String value, String normalized, Map<String, String> vars) {
        return new Side(new Evidence(value, normalized, anchor.source(), anchor.line(), anchor.evidence()), vars);
    }
}
