package dev.crosscheck.compare;

import dev.crosscheck.finding.Severity;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.YamlNode;

import java.util.Optional;

/** Typed, validated access to a rule's {@code params}. */
final class Params {

    private final YamlNode node;
    private final java.util.List<String> declared;

    /** The params of {@code rule}; any the mechanism does not declare is a load error at its line. */
    Params(RuleDefinition rule, ComparisonMechanism mechanism) {
        this.node = rule.params();
        this.declared = mechanism.paramNames();
        node.requireOnlyKeys(declared.toArray(String[]::new));
    }

    /** The node of a declared parameter key (reading an undeclared one is a bug in the mechanism). */
    private String declared(String key) {
        if (!declared.contains(key)) {
            throw new IllegalStateException("parameter '" + key + "' is not declared by its mechanism");
        }
        return key;
    }

    /** A list of words ({@code []} when absent). */
    java.util.List<String> strings(String key) {
        return node.opt(declared(key)).isPresent() ? node.strings(key) : java.util.List.of();
    }

    /** The node of a parameter, for errors that point at its line. */
    java.util.Optional<YamlNode> node(String key) {
        return node.opt(declared(key));
    }

    double decimal(String key, double dflt, double min, double max) {
        double v = node.decimal(declared(key), dflt);
        if (v < min || v > max) {
            throw node.get(key).error(key + " must be between " + min + " and " + max);
        }
        return v;
    }

    int integer(String key, int dflt, int min) {
        int v = node.integer(declared(key), dflt);
        if (v < min) {
            throw node.get(key).error(key + " must be at least " + min);
        }
        return v;
    }

    String string(String key, String dflt) {
        return node.string(declared(key), dflt);
    }

    boolean bool(String key, boolean dflt) {
        return node.bool(declared(key), dflt);
    }

    /** A severity, or empty for {@code none}. */
    Optional<Severity> severity(String key, String dflt) {
        String v = node.string(declared(key), dflt);
        if (v.equals("none")) {
            return Optional.empty();
        }
        return Optional.of(Severity.fromLabel(v).orElseThrow(() -> node.get(key).error(
                key + " must be error, warning, info or none, got '" + v + "'")));
    }
}
