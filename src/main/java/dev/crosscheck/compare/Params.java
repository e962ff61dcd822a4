package dev.crosscheck.compare;

import dev.crosscheck.finding.Severity;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.YamlNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, validated access to a rule's {@code params}. Only the parameters its mechanism declares may
 * be set, and a parameter the rule leaves out takes the default the declaration states, so each
 * default is written once ({@link ComparisonMechanism.ParamSpec}).
 */
final class Params {

    /** A default meaning "no limit" for an integer parameter. */
    static final String UNLIMITED = "unlimited";

    private final YamlNode node;
    /** declared parameter → its default as a rule file would write it */
    private final Map<String, String> defaults = new LinkedHashMap<>();

    /** The params of {@code rule}; any the mechanism does not declare is a load error at its line. */
    Params(RuleDefinition rule, ComparisonMechanism mechanism) {
        this.node = rule.params();
        mechanism.selector().ifPresent(s -> defaults.put(s.param(), s.value()));
        mechanism.params().forEach(p -> defaults.put(p.name(), p.defaultValue()));
        node.requireOnlyKeys(defaults.keySet().toArray(String[]::new));
    }

    /** The declared default of {@code key} (reading an undeclared parameter is a bug in the mechanism). */
    private String dflt(String key) {
        String d = defaults.get(key);
        if (d == null) {
            throw new IllegalStateException("parameter '" + key + "' is not declared by its mechanism");
        }
        return d;
    }

    double decimal(String key, double min, double max) {
        double v = node.decimal(key, Double.parseDouble(dflt(key)));
        if (v < min || v > max) {
            throw node.get(key).error(key + " must be between " + min + " and " + max);
        }
        return v;
    }

    int integer(String key, int min) {
        String d = dflt(key);
        int v = node.integer(key, d.equals(UNLIMITED) ? Integer.MAX_VALUE : Integer.parseInt(d));
        if (v < min) {
            throw node.get(key).error(key + " must be at least " + min);
        }
        return v;
    }

    boolean bool(String key) {
        return node.bool(key, Boolean.parseBoolean(dflt(key)));
    }

    /** A list of words ({@code []} when absent). */
    List<String> strings(String key) {
        dflt(key);
        return node.opt(key).isPresent() ? node.strings(key) : List.of();
    }

    /** The node of a parameter, for errors that point at its line. */
    Optional<YamlNode> node(String key) {
        dflt(key);
        return node.opt(key);
    }

    /** A severity, or empty for {@code none}. */
    Optional<Severity> severity(String key) {
        String v = node.string(key, dflt(key));
        if (v.equals("none")) {
            return Optional.empty();
        }
        return Optional.of(Severity.fromLabel(v).orElseThrow(() -> node.get(key).error(
                key + " must be error, warning, info or none, got '" + v + "'")));
    }
}
