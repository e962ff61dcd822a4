package dev.crosscheck.compare;

import dev.crosscheck.finding.Severity;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.YamlNode;

import java.util.Optional;

/** Typed, validated access to a rule's {@code params}. */
final class Params {

    private final YamlNode node;

    Params(RuleDefinition rule, String... allowed) {
        this.node = rule.params();
        node.requireOnlyKeys(allowed);
    }

    double decimal(String key, double dflt, double min, double max) {
        double v = node.decimal(key, dflt);
        if (v < min || v > max) {
            throw node.get(key).error(key + " must be between " + min + " and " + max);
        }
        return v;
    }

    int integer(String key, int dflt, int min) {
        int v = node.integer(key, dflt);
        if (v < min) {
            throw node.get(key).error(key + " must be at least " + min);
        }
        return v;
    }

    String string(String key, String dflt) {
        return node.string(key, dflt);
    }

    boolean bool(String key, boolean dflt) {
        return node.bool(key, dflt);
    }

    /** A severity, or empty for {@code none}. */
    Optional<Severity> severity(String key, String dflt) {
        String v = node.string(key, dflt);
        if (v.equals("none")) {
            return Optional.empty();
        }
        return Optional.of(Severity.fromLabel(v).orElseThrow(() -> node.get(key).error(
                key + " must be error, warning, info or none, got '" + v + "'")));
    }
}
