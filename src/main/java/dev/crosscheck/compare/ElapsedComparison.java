package dev.crosscheck.compare;

import dev.crosscheck.extract.Anchor;
import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.ElapsedClaim;
import dev.crosscheck.extract.Interval;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.load.Dateline;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * Interval conflict on elapsed time: "the first visit since 2018" vs "the first in nearly five
 * years" (dated 2023) agree; "since 2015" does not. Claims are paired when they are in the same
 * story, have the same topic (event kind or noun) and name a common person in their sentences; claims naming no one
 * are compared only inside their own article. Spans are placed in time from each article's
 * dateline; two spans without datelines are compared as spans. A previous occurrence after the
 * article's own dateline is checked against the dateline. The rule's {@code tolerance} is in
 * years.
 */
final class ElapsedComparison implements Comparison {

    /** This class's mechanism: {@code interval-conflict} with {@code claim: elapsed}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.INTERVAL_CONFLICT, "claim", "elapsed", false,
            "\"the first since 2018\" claims about one topic", List.of(
                    param("tolerance", "0.5", "years allowed between two claims"),
                    param("inferred-severity", "warning", "severity when a side is inferred")),
            (r, rules) -> new ElapsedComparison(r));

    private final Emitter emitter;
    private final double tolerance;
    private final Severity inferredSeverity;

    ElapsedComparison(RuleDefinition rule) {
        Params p = new Params(rule, MECHANISM);
        this.tolerance = p.decimal("tolerance", 0, 10);
        this.inferredSeverity = p.severity("inferred-severity").orElse(Severity.WARNING);
        this.emitter = new Emitter(rule, Set.of("topic", "last"), Set.of());
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    private record Claim(int id, int article, ElapsedClaim e) {
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        Map<String, List<Claim>> blocks = new TreeMap<>();
        List<Finding> out = new ArrayList<>();
        int id = 0;
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            ArticleClaims a = corpus.articles().get(ai);
            for (ElapsedClaim e : a.elapsed()) {
                if (e.topic().isEmpty()) {
                    continue;
                }
                Claim c = new Claim(id++, ai, e);
                Set<Integer> people = corpus.peopleInSentence(ai, e.anchor().sentence());
                String topic = corpus.stories().get(ai) + "|" + e.topic();
                if (people.isEmpty()) {
                    blocks.computeIfAbsent(topic + "|article " + ai, k -> new ArrayList<>()).add(c);
                }
                for (int p : people) {
                    blocks.computeIfAbsent(topic + "|person " + p, k -> new ArrayList<>()).add(c);
                }
                againstDateline(a, c).ifPresent(out::add);
            }
        }
        Set<Long> seen = new LinkedHashSet<>();
        for (List<Claim> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    Claim x = block.get(i);
                    Claim y = block.get(j);
                    if (seen.add((long) x.id() << 32 | y.id()) && incompatible(x.e(), y.e())) {
                        Severity s = x.e().stated() && y.e().stated() ? emitter.rule().severity() : inferredSeverity;
                        out.add(emitter.emit(s, x.e().topic(), side(x.e()), side(y.e()), Map.of()));
                    }
                }
            }
        }
        return out;
    }

    private boolean incompatible(ElapsedClaim a, ElapsedClaim b) {
        if (a.previous().isPresent() && b.previous().isPresent()) {
            return a.previous().get().gap(b.previous().get()) > tolerance;
        }
        if (a.gap().isPresent() && b.gap().isPresent() && a.previous().isEmpty() && b.previous().isEmpty()) {
            return a.gap().get().gap(b.gap().get()) > tolerance;
        }
        return false;
    }

    /** "The first since 2025" in an article dated 2023. */
    private Optional<Finding> againstDateline(ArticleClaims a, Claim c) {
        Optional<Dateline> dl = a.article().dateline();
        if (dl.isEmpty() || c.e().previous().isEmpty()) {
            return Optional.empty();
        }
        double now = ElapsedClaim.yearOf(dl.get().date());
        Interval date = Interval.exact(now);
        if (c.e().previous().get().lo() <= now + tolerance) {
            return Optional.empty();
        }
        Anchor anchor = new Anchor(a.article().source(), -1, dl.get().line(), 0, 0, dl.get().text(),
                dl.get().text(), false);
        Side datelineSide = Side.of(anchor, dl.get().text(), "dateline " + format(date),
                Map.of("topic", "the article's own date", "last", ""));
        return Optional.of(emitter.emit(emitter.rule().severity(), c.e().topic(), side(c.e()), datelineSide,
                Map.of()));
    }

    private static Side side(ElapsedClaim e) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("last", e.previous().map(p -> " (last " + lastYears(p) + ")").orElse(""));
        vars.put("topic", e.stated() ? "the " + e.topic() : "the " + e.topic() + " of the same sentence");
        return Side.of(e.anchor(), e.text(), normalized(e), vars);
    }

    /** "in 2016", "between 2018 and 2019": the years the previous occasion falls in. */
    static String lastYears(Interval p) {
        if (Double.isInfinite(p.lo()) || Double.isInfinite(p.hi())) {
            return Double.isInfinite(p.lo()) ? "before " + (long) Math.ceil(p.hi()) : "after " + (long) Math.floor(p.lo());
        }
        long lo = (long) Math.floor(p.lo());
        long hi = (long) Math.floor(p.hi() - 1e-9);
        if (hi < lo) {
            hi = lo;
        }
        return lo == hi ? "in " + lo : "between " + lo + " and " + hi;
    }

    /** {@code [4,5.5] years ago = last [2018.2,2019.7]}, {@code last [2018,2019)}. */
    static String normalized(ElapsedClaim e) {
        String last = e.previous().map(p -> "last " + format(p)).orElse("");
        if (e.gap().isEmpty()) {
            return last;
        }
        String ago = format(e.gap().get()) + " years ago";
        return last.isEmpty() ? ago : ago + " = " + last;
    }

    private static String format(Interval i) {
        return QuantityFormat.format(new Interval(round(i.lo()), i.loOpen(), round(i.hi()), i.hiOpen()), "");
    }

    private static double round(double v) {
        return Double.isInfinite(v) ? v : Math.round(v * 10) / 10.0;
    }
}
