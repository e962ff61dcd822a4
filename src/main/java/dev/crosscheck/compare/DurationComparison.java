package dev.crosscheck.compare;

import dev.crosscheck.extract.DateRange;
import dev.crosscheck.extract.DurationClaim;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.resolve.EventDate;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.resolve.ResolvedEvent;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * Interval conflict on event durations. Durations of the same event (same kind and
 * participants) conflict when their intervals are further apart than the rule's relative
 * {@code tolerance}: {@code severity} when both are tied to the event in their own sentence,
 * {@code inferred-severity} when either was tied to it from context. A duration tied to its
 * event only by context is also checked against durations other articles state for events
 * sharing a participant on a compatible date: the figure may belong to that event. Compatible
 * but differently worded figures of the same event get {@code compatible-severity}.
 * A caption repeating a duration the body gives for the same event adds nothing.
 */
final class DurationComparison implements Comparison {

    /** This class's mechanism: {@code interval-conflict} with {@code claim: duration}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.INTERVAL_CONFLICT, "claim", "duration", true,
            "the durations given for one event (meetings, talks, visits)", List.of(
                    param("tolerance", "0.1", "relative gap allowed between two durations"),
                    param("inferred-severity", "warning", "severity when a side is inferred, not stated"),
                    param("compatible-severity", "info", "severity of a compatible difference (info or none)")),
            (r, rules) -> new DurationComparison(r));

    private final Emitter emitter;
    private final double tolerance;
    private final Severity inferredSeverity;
    private final Optional<Severity> compatibleSeverity;

    DurationComparison(RuleDefinition rule) {
        Params p = new Params(rule, MECHANISM);
        this.tolerance = p.decimal("tolerance", 0, 10);
        this.inferredSeverity = p.severity("inferred-severity").orElse(Severity.WARNING);
        this.compatibleSeverity = p.severity("compatible-severity");
        this.emitter = new Emitter(rule, Set.of("event", "attachment"), Set.of());
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    private record Claim(int article, DurationClaim duration, ResolvedEvent event) {
        String key() {
            return event.key();
        }
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        List<Claim> claims = claims(corpus);
        Map<String, List<DateRange>> dates = new HashMap<>();
        for (EventDate d : corpus.dates()) {
            dates.computeIfAbsent(d.anchor().source() + "|" + d.event().key(), k -> new ArrayList<>()).add(d.range());
        }
        List<Finding> out = new ArrayList<>();
        Map<String, List<Claim>> byKey = new TreeMap<>();
        Map<Integer, List<Claim>> byPerson = new TreeMap<>();
        for (Claim c : claims) {
            byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
            if (!c.event().inferred()) {
                for (int p : c.event().participants()) {
                    byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
                }
            }
        }
        for (List<Claim> group : byKey.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    sameEvent(corpus, group.get(i), group.get(j), out);
                }
            }
        }
        for (Claim c : claims) {
            if (!c.event().inferred()) {
                continue;
            }
            Set<Claim> candidates = new LinkedHashSet<>();
            for (int p : c.event().participants()) {
                candidates.addAll(byPerson.getOrDefault(p, List.of()));
            }
            for (Claim o : candidates) {
                if (o.article() != c.article() && o.event().kind().equals(c.event().kind())
                        && !o.key().equals(c.key()) && datesCompatible(corpus, dates, c, o)
                        && incompatible(c, o)) {
                    out.add(emit(corpus, inferredSeverity, corpus.eventLabel(c.event()), c, o));
                }
            }
        }
        return out;
    }

    private void sameEvent(ResolvedCorpus corpus, Claim a, Claim b, List<Finding> out) {
        boolean inferred = a.event().inferred() || b.event().inferred();
        String subject = corpus.eventLabel(a.event());
        if (incompatible(a, b)) {
            out.add(emit(corpus, inferred ? inferredSeverity : emitter.rule().severity(), subject, a, b));
        } else if (!inferred && compatibleSeverity.isPresent()
                && !DurationFormat.format(a.duration().range()).equals(DurationFormat.format(b.duration().range()))) {
            out.add(emit(corpus, compatibleSeverity.get(), subject, a, b));
        }
    }

    private boolean incompatible(Claim a, Claim b) {
        var x = a.duration().range();
        var y = b.duration().range();
        return x.gap(y) > tolerance * x.scale(y);
    }

    private static boolean datesCompatible(ResolvedCorpus corpus, Map<String, List<DateRange>> dates, Claim a,
                                           Claim b) {
        List<DateRange> x = dates.getOrDefault(source(corpus, a) + "|" + a.key(), List.of());
        List<DateRange> y = dates.getOrDefault(source(corpus, b) + "|" + b.key(), List.of());
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        for (DateRange r : x) {
            for (DateRange s : y) {
                if (r.overlaps(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String source(ResolvedCorpus corpus, Claim c) {
        return corpus.articles().get(c.article()).article().source();
    }

    private Finding emit(ResolvedCorpus corpus, Severity severity, String subject, Claim a, Claim b) {
        return emitter.emit(severity, subject, side(corpus, a), side(corpus, b), Map.of());
    }

    private static Side side(ResolvedCorpus corpus, Claim c) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("event", Readable.event(corpus.eventLabel(c.event())));
        vars.put("attachment", c.event().inferred() ? "tied to it by the preceding sentences"
                : "stated in the same sentence");
        return Side.of(c.duration().anchor(), c.duration().text(), DurationFormat.format(c.duration().range()), vars);
    }

    /** Durations tied to events; caption figures the body already gives for the same event are dropped. */
    private static List<Claim> claims(ResolvedCorpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            List<Claim> body = new ArrayList<>();
            List<Claim> captions = new ArrayList<>();
            for (DurationClaim d : corpus.articles().get(ai).durations()) {
                Optional<ResolvedEvent> e = corpus.events().get(ai).get(d.event());
                if (e.isPresent()) {
                    (d.anchor().caption() ? captions : body).add(new Claim(ai, d, e.get()));
                }
            }
            out.addAll(body);
            for (Claim c : captions) {
                if (body.stream().noneMatch(b -> b.key().equals(c.key()))) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
