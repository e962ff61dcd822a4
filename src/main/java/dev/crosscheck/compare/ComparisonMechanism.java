package dev.crosscheck.compare;

import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.RuleSet;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One comparison mechanism, declared by the class that implements it (as Error Prone's checks carry
 * their own {@code @BugPattern}): the {@code kind} a rule file names, the parameter value that picks
 * it when a kind has several ({@code claim: quantity}), what it compares, its parameters, and how
 * a rule's comparison is built. {@link Mechanisms} lists them; nothing maps names to classes.
 *
 * @param kind     the rule files' {@code kind}
 * @param selector the parameter and value choosing this mechanism among those of its kind; empty
 *                 when the kind has one mechanism
 * @param compares what it compares, for {@code rules explain}
 * @param params   the parameters it reads (besides the selector); any other is a load error
 * @param factory  builds a rule's comparison, validating its parameters
 */
public record ComparisonMechanism(ComparisonKind kind, Optional<Selector> selector, String compares,
                                  List<ParamSpec> params, BiFunction<RuleDefinition, RuleSet, Comparison> factory) {

    /**
     * {@code param: value} picks this mechanism; {@code byDefault}: also when the rule omits the
     * parameter.
     */
    public record Selector(String param, String value, boolean byDefault) {
    }

    /** One parameter: its name, its default as a rule file would write it, and what it does. */
    public record ParamSpec(String name, String defaultValue, String description) {
    }

    /** The only mechanism of its kind. */
    static ComparisonMechanism of(ComparisonKind kind, String compares, List<ParamSpec> params,
                                  BiFunction<RuleDefinition, RuleSet, Comparison> factory) {
        return new ComparisonMechanism(kind, Optional.empty(), compares, params, factory);
    }

    /** One of several mechanisms of its kind, picked by {@code param: value}. */
    static ComparisonMechanism selected(ComparisonKind kind, String param, String value, boolean byDefault,
                                        String compares, List<ParamSpec> params,
                                        BiFunction<RuleDefinition, RuleSet, Comparison> factory) {
        return new ComparisonMechanism(kind, Optional.of(new Selector(param, value, byDefault)), compares, params,
                factory);
    }

    static ParamSpec param(String name, String defaultValue, String description) {
        return new ParamSpec(name, defaultValue, description);
    }

    /** "interval-conflict" or "interval-conflict claim: quantity". */
    public String name() {
        return kind.label() + selector.map(s -> " " + s.param() + ": " + s.value()).orElse("");
    }
}
