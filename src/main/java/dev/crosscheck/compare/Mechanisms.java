package dev.crosscheck.compare;

import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.RuleFileException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The comparison mechanisms crosscheck has, each declared by its own class. A rule finds its
 * mechanism by its {@code kind} and, for kinds with several, by the value of the selecting
 * parameter; a new mechanism is a new class and one entry here.
 */
public final class Mechanisms {

    /** Every built-in mechanism, in the order {@code rules explain} lists them. */
    public static final List<ComparisonMechanism> BUILT_IN = List.of(
            OfficeHolderComparison.MECHANISM,
            TitleConflictComparison.MECHANISM,
            DurationComparison.MECHANISM,
            QuantityComparison.MECHANISM,
            ElapsedComparison.MECHANISM,
            AgeComparison.MECHANISM,
            DateComparison.MECHANISM,
            RestatedDateComparison.MECHANISM,
            LeadClockComparison.MECHANISM,
            LeadDayComparison.MECHANISM,
            SpellingVariantComparison.MECHANISM,
            NameStyleComparison.MECHANISM,
            QuoteComparison.MECHANISM,
            NameOrderComparison.MECHANISM);

    private Mechanisms() {
    }

    /**
     * The mechanism rule {@code r} asks for.
     *
     * @throws RuleFileException naming the rule file and line when none matches, with the known choices
     */
    public static ComparisonMechanism of(RuleDefinition r) {
        List<ComparisonMechanism> ofKind = BUILT_IN.stream().filter(m -> m.kind() == r.kind()).toList();
        for (ComparisonMechanism m : ofKind) {
            if (m.selector().isEmpty()) {
                return m;
            }
            ComparisonMechanism.Selector s = m.selector().get();
            Optional<String> given = r.params().opt(s.param()).map(n -> n.asString());
            if (given.map(s.value()::equals).orElse(s.byDefault())) {
                return m;
            }
        }
        String param = ofKind.get(0).selector().map(ComparisonMechanism.Selector::param).orElseThrow();
        String known = ofKind.stream().map(m -> m.selector().orElseThrow().value()).collect(Collectors.joining(", "));
        String given = r.params().opt(param).map(n -> n.asString()).orElse("");
        throw r.params().opt(param).map(n -> n.error(param + " must be one of " + known + ", got '" + given + "'"))
                .orElseGet(() -> new RuleFileException(r.file(), 1, "kind " + r.kind().label() + " needs " + param
                        + ": one of " + known));
    }
}
