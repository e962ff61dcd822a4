package dev.crosscheck.compare;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.TimeMention;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.RuleDefinition;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * Dates in restatements of one sentence: two articles of one event whose sentences share most of
 * their content words ("Blackmore and Oler were arrested on Tuesday" / "… were arrested
 * Wednesday") and name a weekday, month, year or clock time each, with none in common. The
 * sentence itself ties the time to one fact, whatever event it is, so no event vocabulary is
 * needed. Clock times in a sentence with a time zone are not compared (a local time and GMT
 * restate each other); an approximate clock time ("about 3 pm") allows {@code clock-hedge-minutes},
 * and clock times more than {@code max-gap-minutes} apart are more likely two happenings. Only
 * two times by one verb that is no report ("arrested on Tuesday" / "arrested Wednesday") make a
 * conflict, and only a time by that verb (or by none) makes them agree: "said at a news
 * conference Wednesday" dates the report, not the arrest.
 */
final class RestatedDateComparison implements Comparison {

    /** This class's mechanism: {@code date-conflict} with {@code claim: restated}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.DATE_CONFLICT, "claim", "restated", false,
            "days and clock times in two articles' restatements of one sentence", List.of(
                    param("restated-overlap", "0.6", "share of content words two sentences must share"),
                    param("restated-min-words", "4", "and at least this many"),
                    param("clock-hedge-minutes", "15", "minutes an \"about\" covers"),
                    param("max-gap-minutes", "360", "clock times further apart are not compared"),
                    param("report-verbs", "[]",
                            "lemmas of verbs that report, besides the quotes' speech verbs: their times date no happening")),
            (r, rules) -> new RestatedDateComparison(r, rules.lexicon()));

    private final Emitter emitter;
    private final Restatement restatement;
    private final int hedgeMinutes;
    private final int maxGapMinutes;
    private final Set<String> timeZoneWords;
    private final Set<String> speechVerbs;

    RestatedDateComparison(RuleDefinition rule, Lexicon lexicon) {
        Params p = new Params(rule, MECHANISM);
        Set<String> ignored = new HashSet<>(lexicon.names().functionWords());
        ignored.addAll(lexicon.calendar().months().keySet());
        ignored.addAll(lexicon.calendar().weekdays().keySet());
        ignored.addAll(lexicon.calendar().clockSuffixes().keySet());
        this.restatement = new Restatement(p.decimal("restated-overlap", 0, 1),
                p.integer("restated-min-words", 1), ignored);
        this.hedgeMinutes = p.integer("clock-hedge-minutes", 0);
        this.maxGapMinutes = p.integer("max-gap-minutes", 1);
        this.timeZoneWords = lexicon.calendar().timeZoneWords();
        Set<String> reporting = new HashSet<>(lexicon.quotes().speechVerbs());
        reporting.addAll(p.strings("report-verbs"));
        this.speechVerbs = Set.copyOf(reporting);
        this.emitter = new Emitter(rule, Set.of(), Set.of("kind"));
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    /** The times one sentence names, by kind, with its content words. */
    private record SentenceTimes(int article, Map<TimeMention.Kind, List<TimeMention>> times, Set<String> words,
                                 boolean zoned) {
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        Map<Integer, List<SentenceTimes>> byStory = new TreeMap<>();
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            ArticleClaims a = corpus.articles().get(ai);
            Map<Integer, Map<TimeMention.Kind, List<TimeMention>>> bySentence = new TreeMap<>();
            Map<Integer, String> evidence = new TreeMap<>();
            for (TimeMention t : a.times()) {
                bySentence.computeIfAbsent(t.anchor().sentence(), k -> new TreeMap<>())
                        .computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t);
                evidence.put(t.anchor().sentence(), t.anchor().evidence());
            }
            for (Map.Entry<Integer, Map<TimeMention.Kind, List<TimeMention>>> e : bySentence.entrySet()) {
                Set<String> words = restatement.contentWords(evidence.get(e.getKey()));
                boolean zoned = Restatement.namesAny(evidence.get(e.getKey()), timeZoneWords);
                byStory.computeIfAbsent(corpus.stories().get(ai), k -> new ArrayList<>())
                        .add(new SentenceTimes(ai, e.getValue(), words, zoned));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<SentenceTimes> story : byStory.values()) {
            for (int i = 0; i < story.size(); i++) {
                for (int j = i + 1; j < story.size(); j++) {
                    SentenceTimes x = story.get(i);
                    SentenceTimes y = story.get(j);
                    if (x.article() != y.article() && corpus.sameEvent(x.article(), y.article())
                            && restatement.restated(x.words(), y.words())) {
                        compare(corpus, x, y, out);
                    }
                }
            }
        }
        return out;
    }

    private void compare(ResolvedCorpus corpus, SentenceTimes x, SentenceTimes y, List<Finding> out) {
        for (Map.Entry<TimeMention.Kind, List<TimeMention>> e : x.times().entrySet()) {
            TimeMention.Kind kind = e.getKey();
            List<TimeMention> other = y.times().get(kind);
            if (other == null || kind == TimeMention.Kind.CLOCK && (x.zoned() || y.zoned())) {
                continue;
            }
            if (!disjoint(kind, e.getValue(), other)) {
                continue;
            }
            TimeMention a = e.getValue().get(0);
            TimeMention b = other.get(0);
            for (TimeMention p : e.getValue()) {
                for (TimeMention q : other) {
                    if (!p.verb().isEmpty() && p.verb().equals(q.verb())) {
                        a = p;
                        b = q;
                    }
                }
            }
            String label = kind.name().toLowerCase(Locale.ROOT).replace("clock", "clock time");
            out.add(emitter.emit(emitter.rule().severity(), label + " of one reported fact", side(corpus, x, a),
                    side(corpus, y, b), Map.of("kind", label)));
        }
    }

    /**
     * No time of {@code xs} agrees with one of {@code ys}, and some pair is tied to one verb ("filed
     * charges on Wednesday" / "charges were filed Tuesday"): times of different verbs ("charged
     * Saturday after opening fire Friday") are about different things.
     */
    private boolean disjoint(TimeMention.Kind kind, List<TimeMention> xs, List<TimeMention> ys) {
        boolean sameVerb = false;
        for (TimeMention p : xs) {
            for (TimeMention q : ys) {
                boolean byOneVerb = !p.verb().isEmpty() && p.verb().equals(q.verb());
                // each approximate clock time stands for an interval around it
                int slack = kind == TimeMention.Kind.CLOCK
                        ? (p.hedged() ? hedgeMinutes : 0) + (q.hedged() ? hedgeMinutes : 0) : 0;
                int gap = Math.abs(p.value() - q.value());
                // clock times hours apart are more likely two happenings told alike (two quakes);
                // an agreeing time by another verb ("said at a news conference Wednesday") is
                // another happening's, and does not make the two agree
                boolean agree = gap <= slack || kind == TimeMention.Kind.CLOCK && gap > maxGapMinutes;
                if (agree && (byOneVerb || p.verb().isEmpty() || q.verb().isEmpty())) {
                    return false;
                }
                // two reports ("said on Friday" / "police said Thursday") are no happening to date
                sameVerb |= byOneVerb && !agree && !speechVerbs.contains(p.verb());
            }
        }
        return sameVerb;
    }

    private static Side side(ResolvedCorpus corpus, SentenceTimes s, TimeMention t) {
        String dateline = Readable.dateline(corpus.articles().get(s.article()));
        return Side.of(t.anchor(), t.anchor().text(), normalized(t) + " (" + dateline + ")", Map.of());
    }

    private static String normalized(TimeMention t) {
        return switch (t.kind()) {
            case WEEKDAY -> DayOfWeek.of(t.value()).name();
            case MONTH -> Month.of(t.value()).name();
            case YEAR -> Integer.toString(t.value());
            case CLOCK -> Readable.clock(t.value(), t.hedged());
        };
    }
}
