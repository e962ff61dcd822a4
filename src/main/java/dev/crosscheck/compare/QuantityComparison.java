package dev.crosscheck.compare;

import dev.crosscheck.extract.QuantityClaim;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.load.Dateline;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.RuleSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * Interval conflict on counts and measurements. Figures are compared only within one story
 * (articles sharing enough names) and one measure ("deaths", "length of boat"); figures for
 * different places or attributed to different sources are different things. Both figures for
 * the same stated place (or, across articles, both for none): {@code severity}; only one
 * states a place, or two placeless figures inside one article: {@code inferred-severity} —
 * unless the placed figure fits within the placeless one, which may be its total. A higher figure in a
 * later-dated article is an update ({@code update-severity}), not a contradiction. Two parts of
 * breakdowns with the same total ("1 pilot and 4 passengers" vs "2 crew and 3 passengers")
 * disagree on the breakdown only: {@code inferred-severity}.
 */
final class QuantityComparison implements Comparison {

    /** This class's mechanism: {@code interval-conflict} with {@code claim: quantity}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.INTERVAL_CONFLICT, "claim", "quantity", false,
            "counts and measurements of one measure, place and story (tolls, injured, lengths)", List.of(
                    param("measures", "[]",
                            "only figures of these measures (lexicon/quantities.yaml measures); a rule without it "
                            + "leaves them to the rules that name them"),
                    param("tolerance", "0", "relative gap allowed"),
                    param("inferred-severity", "warning", "severity when a side is inferred"),
                    param("update-severity", "info", "a higher figure in a later-dated article"),
                    param("compatible-severity", "none", "severity of a compatible difference"),
                    param("unmatched-place-severity", "warning",
                            "severity when only one side states a place, or both figures stand in one article"),
                    param("lead-figures-only", "false", "compare only each article's first figure of a measure"),
                    param("lead-sentences", Params.UNLIMITED, "... when it stands in the first N sentences"),
                    param("restated-overlap", "0.6",
                            "other figures: only between restatements sharing this share of content words"),
                    param("restated-min-words", "3", "... and at least this many")),
            QuantityComparison::new);

    private final Emitter emitter;
    private final MeasureSelection selection;
    private final double tolerance;
    private final Severity inferredSeverity;
    private final Optional<Severity> updateSeverity;
    private final Optional<Severity> compatibleSeverity;
    /** a place stated on one side only, or two figures of one article: maybe two things */
    private final Optional<Severity> unmatchedPlaceSeverity;
    private final Map<String, String> measureNames = new HashMap<>();
    /** compare only each article's first figure of a measure (its headline figure) */
    private final boolean leadOnly;
    /** with {@code leadOnly}: a first figure further into the article than this is not a headline figure */
    private final int leadSentences;
    /** when two articles' sentences restate one report */
    private final Restatement restatement;

    QuantityComparison(RuleDefinition rule, RuleSet rules) {
        Lexicon lexicon = rules.lexicon();
        Params p = new Params(rule, MECHANISM);
        this.selection = MeasureSelection.of(rule, p.strings("measures"), p.node("measures"), rules);
        // the words of the measures are what the two sentences are compared on, not what tells
        // they restate one report ("30 dead and 55 wounded" / "one militant dead and three wounded")
        Set<String> measureWords = new HashSet<>();
        for (Lexicon.Measure m : lexicon.quantities().measures()) {
            measureWords.addAll(m.nouns());
            measureWords.addAll(m.verbs());
        }
        this.restatement = new Restatement(p.decimal("restated-overlap", 0, 1),
                p.integer("restated-min-words", 1), lexicon.names().functionWords(), measureWords);
        this.leadOnly = p.bool("lead-figures-only");
        this.leadSentences = p.integer("lead-sentences", 1);
        this.tolerance = p.decimal("tolerance", 0, 10);
        this.inferredSeverity = p.severity("inferred-severity").orElse(Severity.WARNING);
        this.updateSeverity = p.severity("update-severity");
        this.compatibleSeverity = p.severity("compatible-severity");
        this.unmatchedPlaceSeverity = p.severity("unmatched-place-severity");
        this.emitter = new Emitter(rule, Set.of("scope", "attribution", "detail", "dateline"), Set.of("measure"));
        for (Lexicon.Measure m : lexicon.quantities().measures()) {
            measureNames.put(m.id(), m.name());
        }
    }

    /** The article's figures this rule compares (its {@code measures}, or those no other rule selects). */
    private List<QuantityClaim> selected(dev.crosscheck.extract.ArticleClaims a) {
        return selection.all() ? a.quantities()
                : a.quantities().stream().filter(q -> selection.compares(q.measure())).toList();
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    /**
     * @param lead    the article's headline figure of its measure (first of it, in the first sentences)
     * @param words   the content words of its sentence, to tell restatements of one sentence
     * @param counted for a count of a noun, that noun as written: no sign of a restatement
     */
    private record Claim(int article, QuantityClaim q, boolean lead, Set<String> words, Optional<String> counted) {
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        Map<String, List<Claim>> byMeasure = new TreeMap<>();
        Set<String> lead = new HashSet<>();
        Set<String> several = severalThings(corpus);
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            List<QuantityClaim> all = selected(corpus.articles().get(ai));
            for (QuantityClaim q : all) {
                if (q.anchor().caption() && all.stream().anyMatch(b -> !b.anchor().caption()
                        && b.measure().equals(q.measure()) && b.scope().equals(q.scope()))) {
                    continue;
                }
                String key = corpus.stories().get(ai) + "|" + q.measure() + "|" + q.unit();
                boolean first = lead.add(ai + "|" + key)
                        && corpus.articles().get(ai).inLead(q.anchor().sentence(), leadSentences)
                        && !q.countsANoun();
                byMeasure.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Claim(ai, q, first, restatement.contentWords(q.anchor().evidence()), countedWord(q)));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> group : byMeasure.entrySet()) {
            if (!several.contains(group.getKey())) {
                comparePairs(corpus, group.getValue(), out);
            }
        }
        return onePerDisagreement(out);
    }

    /**
     * A headline and a lead that give the same figure ("Fire destroys three homes" / "A fire
     * destroyed three homes on Elm Street") disagree with another article's figure once: of the
     * findings pairing the same two articles on the same two values, the most severe (then the
     * first) is kept.
     */
    private static List<Finding> onePerDisagreement(List<Finding> findings) {
        Map<List<String>, Finding> kept = new LinkedHashMap<>();
        for (Finding f : findings) {
            List<String> key = List.of(f.a().source(), f.a().normalized(), f.b().source(), f.b().normalized());
            kept.merge(key, f, (old, neu) -> neu.severity().compareTo(old.severity()) < 0 ? neu : old);
        }
        return new ArrayList<>(kept.values());
    }

    /**
     * "two counts of murder and one count of kidnapping" in both articles: when {@code c}'s sentence
     * also states a figure of {@code other}'s measure that agrees with it, the two articles agree on
     * that figure and {@code c} is another item of a list, not a contradiction.
     */
    private boolean statedAlso(ResolvedCorpus corpus, Claim c, QuantityClaim other) {
        for (QuantityClaim q : selected(corpus.articles().get(c.article()))) {
            if (q != c.q() && q.anchor().sentence() == c.q().anchor().sentence()
                    && q.measure().equals(other.measure()) && q.unit().equals(other.unit())
                    && q.range().gap(other.range()) <= tolerance * q.range().scale(other.range())) {
                return true;
            }
        }
        return false;
    }

    /** Two articles' sentences restating one report: their figures of one measure are about one thing. */
    private boolean restated(Claim a, Claim b) {
        if (a.article() == b.article()) {
            return false;
        }
        // "The British navy captured eight pirates" / "The Indian navy has captured 23 pirates":
        // the noun two counts share is what makes them comparable at all, not a sign that their
        // sentences restate one report
        Set<String> counted = new HashSet<>();
        a.counted().ifPresent(counted::add);
        b.counted().ifPresent(counted::add);
        return restatement.restated(a.words(), b.words(), counted);
    }

    /** The noun a count of a noun counts, as written: the last word of the figure ("pirates"). */
    private static Optional<String> countedWord(QuantityClaim q) {
        if (!q.countsANoun()) {
            return Optional.empty();
        }
        String[] words = q.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        return words.length > 0 ? Optional.of(words[words.length - 1]) : Optional.empty();
    }

    /**
     * "the 13-inch MacBook" and "the 15-inch MacBook" in one article: a size that one article
     * itself gives two incompatible values is the size of several things (models, boats, plots),
     * so it is not compared in that story at all. Counts are not judged so: an article's first
     * toll is its headline figure whatever it adds later.
     */
    private Set<String> severalThings(ResolvedCorpus corpus) {
        Map<String, QuantityClaim> first = new HashMap<>();
        Set<String> out = new HashSet<>();
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            for (QuantityClaim q : selected(corpus.articles().get(ai))) {
                if (q.unit().isEmpty()) {
                    continue;
                }
                String key = corpus.stories().get(ai) + "|" + q.measure() + "|" + q.unit();
                QuantityClaim seen = first.putIfAbsent(ai + "|" + key, q);
                if (seen != null && seen.range().gap(q.range()) > tolerance * seen.range().scale(q.range())) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    /**
     * Every pair (i < j, in group order) that may be about the same thing: figures for two different
     * stated places never are, so a figure with a place meets only figures for that place and
     * figures with no place; a figure with no place meets all.
     */
    private void comparePairs(ResolvedCorpus corpus, List<Claim> group, List<Finding> out) {
        Map<String, List<Integer>> byScope = new HashMap<>();
        List<Integer> unscoped = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Optional<String> scope = group.get(i).q().scope();
            if (scope.isPresent()) {
                byScope.computeIfAbsent(scope.get(), k -> new ArrayList<>()).add(i);
            } else {
                unscoped.add(i);
            }
        }
        for (int i = 0; i < group.size(); i++) {
            Optional<String> scope = group.get(i).q().scope();
            if (scope.isEmpty()) {
                for (int j = i + 1; j < group.size(); j++) {
                    compare(corpus, group.get(i), group.get(j), out);
                }
                continue;
            }
            // merge the two ascending index lists, keeping j > i
            List<Integer> same = byScope.get(scope.get());
            int x = firstAbove(same, i);
            int y = firstAbove(unscoped, i);
            while (x < same.size() || y < unscoped.size()) {
                int j = y >= unscoped.size() || x < same.size() && same.get(x) < unscoped.get(y)
                        ? same.get(x++) : unscoped.get(y++);
                compare(corpus, group.get(i), group.get(j), out);
            }
        }
    }

    /** Position of the first element greater than {@code i} in an ascending list. */
    private static int firstAbove(List<Integer> ascending, int i) {
        int lo = 0;
        int hi = ascending.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending.get(mid) <= i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void compare(ResolvedCorpus corpus, Claim a, Claim b, List<Finding> out) {
        QuantityClaim x = a.q();
        QuantityClaim y = b.q();
        if (!corpus.sameEvent(a.article(), b.article())
                || a.article() == b.article() && x.anchor().sentence() == y.anchor().sentence()
                || leadOnly && !(a.lead() && b.lead()) && !restated(a, b)) {
            // one sentence restates ("six miles (10 kilometres)"), breaks down or lists different things
            return;
        }
        if (x.scope().isPresent() && y.scope().isPresent() && !x.scope().equals(y.scope())
                || x.attribution().isPresent() && y.attribution().isPresent()
                && !x.attribution().equals(y.attribution())) {
            return;
        }
        if (partWithinWhole(x, y) || partWithinWhole(y, x) || x.reach() != y.reach()) {
            // a part of a total; a running total, or an increment, against one incident's figure
            return;
        }
        if (statedAlso(corpus, a, y) || statedAlso(corpus, b, x)) {
            return;
        }
        boolean incompatible = x.range().gap(y.range()) > tolerance * x.range().scale(y.range());
        Optional<Severity> severity;
        if (!incompatible) {
            severity = format(x).equals(format(y)) ? Optional.empty() : compatibleSeverity;
        } else if (isUpdate(corpus, a, b)) {
            severity = updateSeverity;
        } else if (sameTotal(x, y)) {
            // "1 pilot and 4 passengers" vs "2 crew and 3 passengers": the breakdown differs, not the total
            severity = Optional.of(inferredSeverity);
        } else {
            // inside one article, two figures with no place may be about different things
            boolean sameThing = x.scope().equals(y.scope()) && (a.article() != b.article() || x.scope().isPresent());
            severity = sameThing ? Optional.of(emitter.rule().severity()) : unmatchedPlaceSeverity;
        }
        String subject = subject(x) + (sameTotal(x, y) ? " (breakdown of " + QuantityFormat.number(x.total().get())
                + ")" : "");
        severity.ifPresent(s -> out.add(emitter.emit(s, subject, side(corpus, a), side(corpus, b),
                Map.of("measure", measureName(x.measure())))));
    }

    /**
     * "1,351 died in Al Haouz" and "2,000 died": a figure for a stated place no larger than a
     * figure with no place may be a part of that total.
     */
    private static boolean partWithinWhole(QuantityClaim part, QuantityClaim whole) {
        return part.scope().isPresent() && whole.scope().isEmpty() && part.range().lo() <= whole.range().hi();
    }

    private static boolean sameTotal(QuantityClaim x, QuantityClaim y) {
        return x.total().isPresent() && x.total().equals(y.total());
    }

    /**
     * The later article reports more: a toll that rose between the two datelines, or a higher
     * figure its own article says rose ("the death toll rose to 55").
     */
    private static boolean isUpdate(ResolvedCorpus corpus, Claim a, Claim b) {
        if (risesAbove(a, b) || risesAbove(b, a)) {
            return true;
        }
        Optional<LocalDate> da = dateline(corpus, a);
        Optional<LocalDate> db = dateline(corpus, b);
        if (da.isEmpty() || db.isEmpty() || da.get().equals(db.get())) {
            return false;
        }
        Claim later = da.get().isAfter(db.get()) ? a : b;
        Claim earlier = later == a ? b : a;
        return later.q().range().lo() > earlier.q().range().hi();
    }

    private static boolean risesAbove(Claim x, Claim y) {
        return x.q().rising() && x.q().range().lo() > y.q().range().hi();
    }

    private static Optional<LocalDate> dateline(ResolvedCorpus corpus, Claim c) {
        return corpus.articles().get(c.article()).article().dateline().map(Dateline::date);
    }

    private String subject(QuantityClaim q) {
        return measureName(q.measure()) + q.scope().map(s -> " in " + s).orElse("");
    }

    private String measureName(String measure) {
        int colon = measure.indexOf(':');
        if (colon > 0) {
            return measure.substring(0, colon) + " of " + measure.substring(colon + 1);
        }
        int slash = measure.indexOf('/');
        String id = slash > 0 ? measure.substring(0, slash) : measure;
        String name = measureNames.getOrDefault(id, id);
        return slash > 0 ? name + " (" + measure.substring(slash + 1) + ")" : name;
    }

    private static String format(QuantityClaim q) {
        return QuantityFormat.format(q.range(), q.unit().isEmpty() ? q.measure() : q.unit());
    }

    private static Side side(ResolvedCorpus corpus, Claim c) {
        QuantityClaim q = c.q();
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("scope", q.scope().map(s -> "in " + s).orElse("no place stated"));
        vars.put("attribution", q.attribution().map(s -> "according to " + s).orElse("unattributed"));
        List<String> detail = new ArrayList<>();
        q.scope().ifPresent(s -> detail.add("in " + Readable.place(s)));
        q.attribution().ifPresent(s -> detail.add("according to " + s));
        vars.put("detail", detail.isEmpty() ? "" : " (" + String.join(", ", detail) + ")");
        vars.put("dateline", Readable.dateline(corpus.articles().get(c.article())));
        String normalized = format(q) + q.total().map(t -> " of " + QuantityFormat.number(t)).orElse("");
        return Side.of(q.anchor(), q.text(), normalized, vars);
    }
}
