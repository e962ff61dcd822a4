package dev.crosscheck.compare;

import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One discrepancy, one finding: a finding of a rule that {@code yields-to} another is dropped
 * when a finding of that other rule reports the same claim against the same file. They share a
 * side (the same line of the same file, with values where one contains the other, ignoring
 * case), and their other sides stand in one file. "Luann Vik" against "LuAnn Vik" in another
 * article is then reported as a style variant of one name, not a second time as a misspelling
 * paired with that article's "LuAnn Marie Vik".
 */
final class Supersession {

    /** rule id → the rules it yields to */
    private final Map<String, List<String>> yieldsTo = new HashMap<>();

    Supersession(List<RuleDefinition> rules) {
        for (RuleDefinition r : rules) {
            if (!r.yieldsTo().isEmpty()) {
                yieldsTo.put(r.id(), r.yieldsTo());
            }
        }
    }

    /** {@code findings} without those another rule's finding replaces, in order. */
    List<Finding> apply(List<Finding> findings) {
        if (yieldsTo.isEmpty()) {
            return findings;
        }
        Map<String, List<Finding>> byRule = new HashMap<>();
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean replaced = false;
            for (String other : yieldsTo.getOrDefault(f.rule(), List.of())) {
                for (Finding g : byRule.getOrDefault(other, List.of())) {
                    replaced |= sameDiscrepancy(f, g);
                }
            }
            if (!replaced) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean sameDiscrepancy(Finding f, Finding g) {
        return same(f.a(), g.a()) && f.b().source().equals(g.b().source())
                || same(f.a(), g.b()) && f.b().source().equals(g.a().source())
                || same(f.b(), g.a()) && f.a().source().equals(g.b().source())
                || same(f.b(), g.b()) && f.a().source().equals(g.a().source());
    }

    /** One claim: the same line of the same file, and values where one contains the other. */
    private static boolean same(Evidence x, Evidence y) {
        if (!x.source().equals(y.source()) || x.line() != y.line()) {
            return false;
        }
        String a = x.value().toLowerCase(Locale.ROOT);
        String b = y.value().toLowerCase(Locale.ROOT);
        return a.contains(b) || b.contains(a);
    }
}
