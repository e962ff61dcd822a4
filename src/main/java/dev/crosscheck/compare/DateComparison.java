package dev.crosscheck.compare;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.load.Dateline;
import dev.crosscheck.resolve.EventDate;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * Date conflict on events: two articles (or two sentences of one) placing the same event
 * (same kind and participants) on days that cannot coincide. {@code severity} when both dates
 * are stated for an event named in their sentence; {@code inferred-severity} when either date
 * comes from a dateline or the event from context.
 */
final class DateComparison implements Comparison {

    /** This class's mechanism: {@code date-conflict} with {@code claim: event}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.DATE_CONFLICT, "claim", "event", true,
            "the dates (weekday, day, month) given for one resolved event", List.of(
                    param("inferred-severity", "warning",
                            "severity when a date is inferred from a weekday or a relative word")),
            (r, rules) -> new DateComparison(r));

    private final Emitter emitter;
    private final Severity inferredSeverity;

    DateComparison(RuleDefinition rule) {
        Params p = new Params(rule, MECHANISM);
        this.inferredSeverity = p.severity("inferred-severity").orElse(Severity.WARNING);
        this.emitter = new Emitter(rule, Set.of("basis", "days"), Set.of("event"));
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        Map<String, List<EventDate>> byEvent = new TreeMap<>();
        for (EventDate d : corpus.dates()) {
            byEvent.computeIfAbsent(d.event().key(), k -> new ArrayList<>()).add(d);
        }
        Map<String, Optional<Dateline>> datelines = new HashMap<>();
        for (var a : corpus.articles()) {
            datelines.putIfAbsent(a.article().source(), a.article().dateline());
        }
        List<Finding> out = new ArrayList<>();
        for (List<EventDate> group : byEvent.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    EventDate a = group.get(i);
                    EventDate b = group.get(j);
                    boolean sameArticle = a.anchor().source().equals(b.anchor().source());
                    if (sameArticle && !(a.stated() && b.stated()) || a.range().overlaps(b.range())) {
                        continue;
                    }
                    boolean firm = a.stated() && b.stated() && !a.event().inferred() && !b.event().inferred();
                    out.add(emitter.emit(firm ? emitter.rule().severity() : inferredSeverity,
                            corpus.eventLabel(a.event()), side(datelines, a), side(datelines, b),
                            Map.of("event", Readable.event(corpus.eventLabel(a.event())))));
                }
            }
        }
        return out;
    }

    private static Side side(Map<String, Optional<Dateline>> datelines, EventDate d) {
        Optional<Dateline> dateline = datelines.getOrDefault(d.anchor().source(), Optional.empty());
        String basis;
        if (!d.stated()) {
            basis = "no date in the text, so on or shortly before its dateline " + dateline.map(Dateline::text)
                    .orElse("");
        } else if (dateline.isPresent() && d.range().weekday().isEmpty()) {
            basis = "“" + d.text() + "” counted back from its dateline " + dateline.get().text();
        } else {
            basis = "“" + d.text() + "”";
        }
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("basis", basis);
        vars.put("days", Readable.days(d.range()));
        return Side.of(d.anchor(), d.text(), d.range().normalized(), vars);
    }
}
