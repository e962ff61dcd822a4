package dev.crosscheck.compare;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.TimeMention;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.load.Dateline;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.text.DateParser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * The day of a story's incident as each article's lead gives it ("A fire destroyed three homes on
 * Monday" / "... on Sunday"): the first weekday in an article's lead whose clause's verb before it is
 * one of the rule's {@code incident-verbs}, dated as the latest such weekday on or before the article's dateline.
 * Two dated articles of one event, written at most {@code max-dateline-gap-days} apart, whose lead
 * days by the same incident verb fall on different dates disagree. Undated articles are not
 * compared: "on Monday" names a date only against a dateline.
 */
final class LeadDayComparison implements Comparison {

    /** This class's mechanism: {@code date-conflict} with {@code claim: lead-day}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.DATE_CONFLICT, "claim", "lead-day", false,
            "the day each article's lead gives its story's incident", List.of(
                    param("lead-sentences", "4", "a lead day stands in the article's first sentences"),
                    param("incident-verbs", "[]", "lemmas of the verbs a lead day must stand by"),
                    param("max-dateline-gap-days", "3", "articles written further apart are not compared")),
            (r, rules) -> new LeadDayComparison(r));

    private final Emitter emitter;
    private final int leadSentences;
    private final Set<String> incidentVerbs;
    private final int maxDatelineGapDays;

    LeadDayComparison(RuleDefinition rule) {
        Params p = new Params(rule, MECHANISM);
        this.leadSentences = p.integer("lead-sentences", 1);
        this.incidentVerbs = Set.copyOf(p.strings("incident-verbs"));
        this.maxDatelineGapDays = p.integer("max-dateline-gap-days", 0);
        this.emitter = new Emitter(rule, Set.of(), Set.of());
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    /** One dated article's lead day: the weekday as written, its verb, the date it names. */
    private record Lead(int article, TimeMention day, String verb, LocalDate date, LocalDate dateline) {
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        List<Lead> leads = new ArrayList<>();
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            leadDay(ai, corpus.articles().get(ai)).ifPresent(leads::add);
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            for (int j = i + 1; j < leads.size(); j++) {
                Lead x = leads.get(i);
                Lead y = leads.get(j);
                if (x.verb().equals(y.verb()) && !x.date().equals(y.date())
                        && Math.abs(ChronoUnit.DAYS.between(x.dateline(), y.dateline())) <= maxDatelineGapDays
                        && corpus.sameEvent(x.article(), y.article())) {
                    out.add(emitter.emit(emitter.rule().severity(), "day of the incident (" + x.verb() + ")",
                            side(x), side(y), Map.of()));
                }
            }
        }
        return out;
    }

    /** The article's first weekday in its lead by an incident verb, dated by its dateline. */
    private Optional<Lead> leadDay(int ai, ArticleClaims a) {
        Optional<LocalDate> dateline = a.article().dateline().map(Dateline::date);
        if (dateline.isEmpty()) {
            return Optional.empty();
        }
        for (TimeMention t : a.times()) {
            if (t.kind() != TimeMention.Kind.WEEKDAY || !a.inLead(t.anchor().sentence(), leadSentences)
                    || t.anchor().caption()) {
                continue;
            }
            // the weekday's own verb, before it in its clause: "handed out blankets Monday to survivors of a quake that
            // killed 10", "a sergeant said Wednesday" date other happenings than the incident
            if (incidentVerbs.contains(t.clauseVerb())) {
                LocalDate date = DateParser.mostRecent(DayOfWeek.of(t.value()), dateline.get());
                return Optional.of(new Lead(ai, t, t.clauseVerb(), date, dateline.get()));
            }
        }
        return Optional.empty();
    }

    private static Side side(Lead l) {
        return Side.of(l.day().anchor(), l.day().anchor().text(), Readable.day(l.date()), Map.of());
    }
}
