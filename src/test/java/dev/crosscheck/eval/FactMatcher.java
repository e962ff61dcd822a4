package dev.crosscheck.eval;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which labelled fact, if any, a finding is about. A finding matches a fact when their
 * categories are of one family (a name written two ways may be reported as a spelling or a name
 * finding) and each of the finding's two sides stands at one of the fact's sides — the same file
 * of the same folder, and the same line or the same value as written — one side on each.
 */
public final class FactMatcher {

    private FactMatcher() {
    }

    /**
     * The fact of {@code facts} that {@code f} is about: discrepancies before consistent facts, and among
     * facts at the same lines (one sentence may hold two labelled spellings), the one whose values
     * as written are the finding's; otherwise the first.
     */
    public static Optional<GoldFact> match(Finding f, List<GoldFact> facts) {
        for (GoldFact.Label label : GoldFact.Label.values()) {
            List<GoldFact> at = facts.stream().filter(g -> g.label() == label && matches(f, g)).toList();
            Optional<GoldFact> sameValues = at.stream().filter(g -> sameValues(f, g)).findFirst();
            if (sameValues.isPresent()) {
                return sameValues;
            }
            if (!at.isEmpty()) {
                return Optional.of(at.get(0));
            }
        }
        return facts.stream().filter(g -> matches(f, g)).findFirst();
    }

    private static boolean sameValues(Finding f, GoldFact g) {
        return sameValue(f.a().value(), g.a().value()) && sameValue(f.b().value(), g.b().value())
                || sameValue(f.a().value(), g.b().value()) && sameValue(f.b().value(), g.a().value());
    }

    static boolean matches(Finding f, GoldFact g) {
        if (family(f.category()) != family(g.category())) {
            return false;
        }
        return (at(f.a(), g, g.a()) && at(f.b(), g, g.b())) || (at(f.a(), g, g.b()) && at(f.b(), g, g.a()));
    }

    private static Category family(Category c) {
        return c == Category.NAME ? Category.SPELLING : c;
    }

    private static boolean at(Evidence e, GoldFact g, GoldFact.Side side) {
        Path p = Path.of(e.source());
        Path parent = p.getParent();
        if (parent == null || !parent.getFileName().toString().equals(g.folder())) {
            return false;
        }
        String file = p.getFileName().toString();
        boolean sameFile = false;
        for (GoldFact.Location l : side.locations()) {
            if (l.file().equals(file)) {
                sameFile = true;
                if (l.line() == e.line()) {
                    return true;
                }
            }
        }
        return sameFile && sameValue(e.value(), side.value());
    }

    /**
     * Values as written agree when one contains the other or they share at least half the words of
     * the shorter (and, when both hold figures, a figure); a gold value may list alternative wordings
     * separated by {@code ;}.
     */
    static boolean sameValue(String found, String gold) {
        for (String alternative : gold.split(";")) {
            if (sameWording(found, alternative)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWording(String found, String gold) {
        String x = fold(found);
        String y = fold(gold);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        Set<String> wx = new HashSet<>(Arrays.asList(x.split(" ")));
        Set<String> wy = new HashSet<>(Arrays.asList(y.split(" ")));
        Set<String> both = new HashSet<>(wx);
        both.retainAll(wy);
        if (hasDigits(wx) && hasDigits(wy) && both.stream().noneMatch(FactMatcher::isDigits)) {
            return false; // "612 people" is not "200,000 people": figures must share a figure
        }
        return !both.isEmpty() && both.size() * 2 >= Math.min(wx.size(), wy.size());
    }

    private static boolean hasDigits(Set<String> words) {
        return words.stream().anyMatch(FactMatcher::isDigits);
    }

    private static boolean isDigits(String w) {
        return w.chars().anyMatch(Character::isDigit);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
