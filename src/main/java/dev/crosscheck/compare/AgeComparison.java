package dev.crosscheck.compare;

import dev.crosscheck.extract.AgeClaim;
import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.DateRange;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.load.Dateline;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.RuleDefinition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * Interval conflict on a person's age ("the 58-year-old governor" vs "Marren, 61,"). Ages of
 * the same resolved person are turned into the window of birth dates each allows, counted
 * back from each article's dateline; they conflict when the windows do not meet. Without a
 * dateline on either side, ages further apart than the rule's {@code tolerance} (years)
 * conflict.
 */
final class AgeComparison implements Comparison {

    /** This class's mechanism: {@code interval-conflict} with {@code claim: age}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.INTERVAL_CONFLICT, "claim", "age", false,
            "the ages given for one person, within one event", List.of(
                    param("tolerance", "1", "years allowed (birthdays between datelines)")),
            (r, rules) -> new AgeComparison(r));

    private final Emitter emitter;
    private final int tolerance;

    AgeComparison(RuleDefinition rule) {
        Params p = new Params(rule, MECHANISM);
        this.tolerance = p.integer("tolerance", 0);
        this.emitter = new Emitter(rule, Set.of("dateline", "dated", "years"), Set.of("person"));
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    private record Claim(int article, AgeClaim age, Optional<LocalDate> dateline, String datelineText) {
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        Map<Integer, List<Claim>> byPerson = new TreeMap<>();
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            ArticleClaims a = corpus.articles().get(ai);
            int[] of = corpus.personOf().get(ai);
            Optional<Dateline> dl = a.article().dateline();
            for (AgeClaim g : a.ages()) {
                if (of[g.person()] >= 0) {
                    byPerson.computeIfAbsent(of[g.person()], k -> new ArrayList<>())
                            .add(new Claim(ai, g, dl.map(Dateline::date), Readable.dateline(a)));
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Claim>> e : byPerson.entrySet()) {
            String name = corpus.persons().get(e.getKey()).name();
            List<Claim> claims = e.getValue();
            for (int i = 0; i < claims.size(); i++) {
                for (int j = i + 1; j < claims.size(); j++) {
                    if (incompatible(corpus, claims.get(i), claims.get(j))) {
                        out.add(emitter.emit(emitter.rule().severity(), name, side(claims.get(i)),
                                side(claims.get(j)), Map.of("person", name)));
                    }
                }
            }
        }
        return out;
    }

    private boolean incompatible(ResolvedCorpus corpus, Claim a, Claim b) {
        if (a.age().anchor().source().equals(b.age().anchor().source())
                && a.age().anchor().sentence() == b.age().anchor().sentence()) {
            return false; // one sentence gives the ages of several people ("X, 20, and his cousins, aged 22")
        }
        if (!corpus.sameEvent(a.article(), b.article())) {
            // a victim is "the 63-year-old" in the trial coverage years later: ages are compared
            // only between reports of one event
            return false;
        }
        if (a.dateline().isEmpty() || b.dateline().isEmpty()) {
            return Math.abs(a.age().age() - b.age().age()) > tolerance;
        }
        return !born(a).overlaps(born(b));
    }

    /** Aged n on date d: born after d − (n+1) years, on or before d − n years. */
    private static DateRange born(Claim c) {
        LocalDate d = c.dateline().orElseThrow();
        return DateRange.between(d.minusYears(c.age().age() + 1L).plusDays(1), d.minusYears(c.age().age()));
    }

    private static Side side(Claim c) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("dateline", c.datelineText());
        vars.put("dated", c.dateline().isPresent() ? "dated " + c.datelineText() : "undated");
        vars.put("years", c.age().age() + " years old");
        String normalized = c.age().age() + " years"
                + (c.dateline().isPresent() ? " (born " + born(c).normalized() + ")" : "");
        return Side.of(c.age().anchor(), c.age().text(), normalized, vars);
    }
}
