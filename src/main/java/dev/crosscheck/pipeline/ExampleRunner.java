package dev.crosscheck.pipeline;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.nlp.AnnotatedArticle;
import dev.crosscheck.nlp.NlpModels;
import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.pattern.Match;
import dev.crosscheck.pattern.TokenSequence;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.PatternDefinition;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.RuleExample;
import dev.crosscheck.rules.RuleSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs rules' examples through the whole pipeline with the whole rule set (a rule's findings can
 * depend on the others, as quantity rules leave measures to one another): a "trigger" example
 * must produce a warning or error of its rule, and the finding it states when it states one; a
 * "no-trigger" example must produce no warning or error of its rule (an info note on compatible
 * values is allowed).
 */
public final class ExampleRunner {

    private final RuleSet rules;
    private final Checker checker;

    public ExampleRunner(RuleSet rules, NlpModels models, int threads) {
        this.rules = rules;
        this.checker = new Checker(rules, models, threads);
    }

    /**
     * One pattern example's result.
     *
     * @param pattern the pattern
     * @param example the example
     * @param found   the matches, each as "capture=words" pairs or the matched words
     * @param problem why it failed; empty when it passed
     */
    public record PatternOutcome(PatternDefinition pattern, PatternDefinition.Example example, List<String> found,
                                 Optional<String> problem) {

        public boolean passed() {
            return problem.isEmpty();
        }
    }

    /** Runs the examples of the patterns {@code which} selects, in id order then file order. */
    public List<PatternOutcome> runPatterns(Predicate<PatternDefinition> which) {
        List<PatternOutcome> out = new ArrayList<>();
        for (PatternDefinition p : rules.lexicon().patterns().values()) {
            if (which.test(p)) {
                for (PatternDefinition.Example ex : p.examples()) {
                    out.add(run(p, ex));
                }
            }
        }
        return out;
    }

    /**
     * Runs one pattern example: the text is read as an article (sentences, tokens, tags, lemmas);
     * a "match" example must give a match in some sentence whose captures cover the words it
     * states, a "no-match" example none.
     */
    public PatternOutcome run(PatternDefinition p, PatternDefinition.Example ex) {
        AnnotatedArticle a = checker.annotate("example.txt", ex.text());
        List<String> found = new ArrayList<>();
        boolean wanted = false;
        List<TokenSequence> sequences = checker.sequences(a);
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            TokenSequence tokens = sequences.get(si);
            for (Match m : p.pattern().findAll(tokens)) {
                Map<String, String> captured = new java.util.TreeMap<>();
                m.captures().forEach((name, span) -> captured.put(name, words(s, span.start(), span.end())));
                found.add(captured.isEmpty() ? words(s, m.start(), m.end()) : captured.toString());
                wanted |= captured.entrySet().containsAll(ex.captures().entrySet());
            }
        }
        Optional<String> problem;
        if (ex.mustMatch()) {
            problem = wanted ? Optional.empty() : Optional.of("expected a match" + (ex.captures().isEmpty() ? ""
                    : " with " + new java.util.TreeMap<>(ex.captures())) + ", got " + (found.isEmpty() ? "none" : found));
        } else {
            problem = found.isEmpty() ? Optional.empty() : Optional.of("expected no match, got " + found);
        }
        return new PatternOutcome(p, ex, List.copyOf(found), problem);
    }

    /** Tokens {@code [from, to)} of the sentence as written. */
    private static String words(Sentence s, int from, int to) {
        return s.text().substring(s.tokens().get(from).start() - s.start(), s.tokens().get(to - 1).end() - s.start());
    }

    /**
     * One example's result.
     *
     * @param rule     the rule it belongs to
     * @param example  the example
     * @param findings the rule's findings on it (all severities)
     * @param problem  why it failed; empty when it passed
     * @param corpus   what was extracted, to show when it failed
     */
    public record Outcome(RuleDefinition rule, RuleExample example, List<Finding> findings, Optional<String> problem,
                          ResolvedCorpus corpus) {

        public boolean passed() {
            return problem.isEmpty();
        }
    }

    /** Runs the examples of the rules {@code which} selects, in rule order then file order. */
    public List<Outcome> run(Predicate<RuleDefinition> which) {
        List<Outcome> out = new ArrayList<>();
        for (RuleDefinition rule : rules.rules()) {
            if (which.test(rule)) {
                for (RuleExample ex : rule.examples()) {
                    out.add(run(rule, ex));
                }
            }
        }
        return out;
    }

    /** Runs one example of {@code rule}. */
    public Outcome run(RuleDefinition rule, RuleExample ex) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ex.articles().size(); i++) {
            names.add((char) ('a' + i) + ".txt");
        }
        CheckResult result = checker.checkTexts(names, ex.articles());
        List<Finding> mine = result.findings().stream().filter(f -> f.rule().equals(rule.id())).toList();
        return new Outcome(rule, ex, mine, problem(rule, ex, mine, result), result.corpus());
    }

    private static Optional<String> problem(RuleDefinition rule, RuleExample ex, List<Finding> mine,
                                            CheckResult result) {
        if (!result.failures().isEmpty()) {
            return Optional.of("the check failed: " + result.failures().get(0).line());
        }
        List<Finding> reported = mine.stream().filter(f -> f.severity() != Severity.INFO).toList();
        if (!ex.mustTrigger()) {
            return reported.isEmpty() ? Optional.empty()
                    : Optional.of("expected no warning or error of " + rule.id() + ", got " + describe(reported));
        }
        if (ex.expect().isEmpty()) {
            return reported.isEmpty() ? Optional.of("expected a warning or error of " + rule.id() + ", got "
                    + (mine.isEmpty() ? "no finding" : describe(mine))) : Optional.empty();
        }
        RuleExample.Expected want = ex.expect().get();
        for (Finding f : mine) {
            boolean severityOk = want.severity().map(s -> s == f.severity()).orElse(f.severity() != Severity.INFO);
            boolean valuesOk = want.values().isEmpty() || sameValues(want.values(), f);
            if (severityOk && valuesOk) {
                return Optional.empty();
            }
        }
        return Optional.of("expected " + want.severity().map(Severity::label).orElse("a warning or error")
                + (want.values().isEmpty() ? "" : " between \"" + want.values().get(0) + "\" and \""
                + want.values().get(1) + "\"") + ", got " + (mine.isEmpty() ? "no finding" : describe(mine)));
    }

    private static boolean sameValues(List<String> want, Finding f) {
        return want.get(0).equals(f.a().value()) && want.get(1).equals(f.b().value())
                || want.get(0).equals(f.b().value()) && want.get(1).equals(f.a().value());
    }

    /** {@code error "40" / "Twelve"; warning ...}: the findings as a line. */
    public static String describe(Collection<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Finding f : findings) {
            parts.add(f.severity().label() + " \"" + f.a().value() + "\" / \"" + f.b().value() + "\"");
        }
        return String.join("; ", parts);
    }
}
