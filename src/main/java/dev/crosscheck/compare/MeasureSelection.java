package dev.crosscheck.compare;

import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.RuleSet;
import dev.crosscheck.rules.YamlNode;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which figures a quantity rule compares. A rule naming {@code measures} compares figures of those
 * measures only; a rule naming none compares every figure except those of measures another quantity
 * rule of the set names. So each figure is compared by the most specific rule that selects it, and
 * a second count rule (evacuees, say) never repeats the general rule's findings.
 *
 * @param named    the measures this rule names (empty: none named)
 * @param leftOut  for a rule naming none, the measures other rules name
 */
record MeasureSelection(Set<String> named, Set<String> leftOut) {

    /** Every figure: no measure named here or by another rule. */
    boolean all() {
        return named.isEmpty() && leftOut.isEmpty();
    }

    /** Whether the rule compares figures of {@code measure}. */
    boolean compares(String measure) {
        return named.isEmpty() ? !leftOut.contains(measure) : named.contains(measure);
    }

    /**
     * @throws dev.crosscheck.rules.RuleFileException at the {@code measures} line when a name is not a
     *         measure of the lexicon
     */
    static MeasureSelection of(RuleDefinition rule, List<String> measures, Optional<YamlNode> at, RuleSet rules) {
        Set<String> known = new TreeSet<>();
        for (Lexicon.Measure m : rules.lexicon().quantities().measures()) {
            known.add(m.id());
        }
        for (String m : measures) {
            if (!known.contains(m)) {
                throw at.orElseThrow().error("unknown measure '" + m + "' (lexicon/quantities.yaml measures: "
                        + String.join(", ", known) + ")");
            }
        }
        if (!measures.isEmpty()) {
            return new MeasureSelection(Set.copyOf(measures), Set.of());
        }
        Set<String> others = new TreeSet<>();
        for (RuleDefinition other : rules.rules()) {
            if (other != rule && Mechanisms.of(other) == QuantityComparison.MECHANISM) {
                other.params().opt("measures").ifPresent(n -> others.addAll(n.asStringList()));
            }
        }
        return new MeasureSelection(Set.of(), Set.copyOf(others));
    }
}
