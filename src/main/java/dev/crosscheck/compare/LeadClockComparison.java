package dev.crosscheck.compare;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.TimeMention;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * The clock time of a story's incident as each article's lead gives it ("attacked the camp at 2:53
 * p.m." / "dropped four bombs at 3:20 p.m."): the first clock time in an article's first
 * {@code lead-sentences} sentences whose nearest verb, or failing that a verb of its sentence
 * ("At approximately 3:00 pm, the camp was bombed"), is one of the rule's {@code incident-verbs}. Two
 * articles of one event whose lead times differ by more than an "about" covers
 * ({@code clock-hedge-minutes}) but less than {@code max-gap-minutes} (further apart, they are
 * more likely two happenings, or a slip of a.m. for p.m. the rule does not judge) disagree. A
 * sentence giving a time zone other than local time ("0440 GMT") is left out: a local time and
 * GMT restate each other.
 */
final class LeadClockComparison implements Comparison {

    /** This class's mechanism: {@code date-conflict} with {@code claim: lead-clock}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.DATE_CONFLICT, "claim", "lead-clock", false,
            "the clock time each article's lead gives its story's incident", List.of(
                    param("lead-sentences", "4", "a lead time stands in the article's first sentences"),
                    param("incident-verbs", "[]", "lemmas of the verbs a lead time must stand by"),
                    param("local-time-words", "[]", "time-zone words that mean local time"),
                    param("clock-hedge-minutes", "15", "minutes an \"about\" covers"),
                    param("max-gap-minutes", "360", "times further apart are not compared")),
            (r, rules) -> new LeadClockComparison(r, rules.lexicon()));

    private final Emitter emitter;
    private final int leadSentences;
    private final Set<String> incidentVerbs;
    private final Set<String> otherZoneWords;
    private final int hedgeMinutes;
    private final int maxGapMinutes;

    LeadClockComparison(RuleDefinition rule, Lexicon lexicon) {
        Params p = new Params(rule, MECHANISM);
        this.leadSentences = p.integer("lead-sentences", 1);
        this.incidentVerbs = Set.copyOf(p.strings("incident-verbs"));
        Set<String> zones = new HashSet<>(lexicon.calendar().timeZoneWords());
        p.strings("local-time-words").forEach(zones::remove);
        this.otherZoneWords = Set.copyOf(zones);
        this.hedgeMinutes = p.integer("clock-hedge-minutes", 0);
        this.maxGapMinutes = p.integer("max-gap-minutes", 1);
        this.emitter = new Emitter(rule, Set.of(), Set.of());
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    /** One article's lead time. */
    private record Lead(int article, TimeMention time) {
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        List<Lead> leads = new ArrayList<>();
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            int article = ai;
            leadTime(corpus.articles().get(ai)).map(t -> new Lead(article, t)).ifPresent(leads::add);
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            for (int j = i + 1; j < leads.size(); j++) {
                Lead x = leads.get(i);
                Lead y = leads.get(j);
                int gap = Math.abs(x.time().value() - y.time().value());
                // each approximate time stands for an interval around it: they conflict when the intervals part
                int slack = (x.time().hedged() ? hedgeMinutes : 0) + (y.time().hedged() ? hedgeMinutes : 0);
                if (corpus.sameEvent(x.article(), y.article()) && gap > slack && gap <= maxGapMinutes) {
                    out.add(emitter.emit(emitter.rule().severity(), "clock time of the incident ("
                            + incident(x.time()).orElse("") + ")", side(corpus, x), side(corpus, y), Map.of()));
                }
            }
        }
        return out;
    }

    /** The article's first clock time in its lead that stands by an incident verb, in no other zone. */
    private Optional<TimeMention> leadTime(ArticleClaims a) {
        for (TimeMention t : a.times()) {
            if (t.kind() == TimeMention.Kind.CLOCK && a.inLead(t.anchor().sentence(), leadSentences)
                    && !t.anchor().caption() && incident(t).isPresent()
                    && !Restatement.namesAny(t.anchor().evidence(), otherZoneWords)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The incident verb the time stands by: its nearest verb, else the first of its sentence's. */
    private Optional<String> incident(TimeMention t) {
        if (incidentVerbs.contains(t.verb())) {
            return Optional.of(t.verb());
        }
        return t.sentenceVerbs().stream().filter(incidentVerbs::contains).findFirst();
    }

    private static Side side(ResolvedCorpus corpus, Lead l) {
        TimeMention t = l.time();
        String dateline = Readable.dateline(corpus.articles().get(l.article()));
        return Side.of(t.anchor(), t.anchor().text(), Readable.clock(t.value(), t.hedged()) + " (" + dateline + ")",
                Map.of());
    }
}
