package dev.crosscheck.compare;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.FindingOrder;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.RuleSet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * Builds one {@link Comparison} per rule (validating its parameters) and runs them all. Rules are
 * independent and only read the resolved corpus, so they may run in parallel; the findings are
 * sorted into report order afterwards, so the result does not depend on which rule finishes first.
 */
public final class Comparisons {

    private final List<Comparison> comparisons;
    /** the levels the user set, applied to each rule's findings ({@link RuleSet#adjust}) */
    private final RuleSet rules;

    private Comparisons(List<Comparison> comparisons, RuleSet rules) {
        this.comparisons = comparisons;
        this.rules = rules;
    }

    /**
     * @throws dev.crosscheck.rules.RuleFileException when a rule's params or message are invalid
     */
    public static Comparisons of(RuleSet rules) {
        List<Comparison> out = new ArrayList<>();
        for (RuleDefinition r : rules.rules()) {
            out.add(Mechanisms.of(r).factory().apply(r, rules));
        }
        return new Comparisons(List.copyOf(out), rules);
    }

    /**
     * The same rules with each comparison replaced by {@code wrap} of it (a decorator: timing, or a
     * test making one rule fail).
     */
    public Comparisons with(UnaryOperator<Comparison> wrap) {
        return new Comparisons(comparisons.stream().map(wrap).toList(), rules);
    }

    /**
     * A rule whose comparison threw.
     *
     * @param ruleId the rule's id
     * @param error  what it threw
     */
    public record RuleFailure(String ruleId, Throwable error) {
    }

    /**
     * A note from a rule's comparison (where it limited its work).
     *
     * @param ruleId  the rule's id
     * @param message one line
     */
    public record RuleNote(String ruleId, String message) {
    }

    /**
     * What the rules produced.
     *
     * @param findings the findings of every rule that ran to its end, in report order, without duplicates
     * @param failures the rules that failed, in rule order
     * @param notes    the rules' notes, in rule order
     */
    public record Outcome(List<Finding> findings, List<RuleFailure> failures, List<RuleNote> notes) {
    }

    /** Runs every rule; see {@link #run(ResolvedCorpus, Executor)}. */
    public Outcome run(ResolvedCorpus corpus) {
        return run(corpus, Runnable::run);
    }

    /**
     * Runs the rules' comparisons on {@code workers}. A rule whose comparison throws (any runtime
     * exception, or a stack overflow) costs that rule only: its findings are dropped, it is listed
     * in the outcome's failures, and the other rules' findings are kept. Other errors (out of
     * memory) end the run. A rule's findings are reported at the level the user set for it.
     */
    public Outcome run(ResolvedCorpus corpus, Executor workers) {
        List<CompletableFuture<List<Finding>>> perRule = new ArrayList<>();
        List<List<String>> notesPerRule = new ArrayList<>();
        for (Comparison c : comparisons) {
            List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());
            notesPerRule.add(notes);
            perRule.add(CompletableFuture.supplyAsync(() -> c.compare(corpus, notes::add), workers));
        }
        List<Finding> all = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        List<RuleNote> notes = new ArrayList<>();
        for (int i = 0; i < perRule.size(); i++) {
            try {
                for (Finding f : perRule.get(i).join()) {
                    all.add(f.withSeverity(rules.adjust(f.rule(), f.severity())));
                }
            } catch (CompletionException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                if (cause instanceof RuntimeException || cause instanceof StackOverflowError) {
                    failures.add(new RuleFailure(comparisons.get(i).ruleId(), cause));
                } else if (cause instanceof Error error) {
                    throw error;
                } else {
                    throw e;
                }
            }
        }
        for (int i = 0; i < notesPerRule.size(); i++) {
            synchronized (notesPerRule.get(i)) {
                for (String n : notesPerRule.get(i)) {
                    notes.add(new RuleNote(comparisons.get(i).ruleId(), n));
                }
            }
        }
        List<Finding> kept = new Supersession(rules.rules()).apply(all);
        return new Outcome(FindingOrder.sortAndDeduplicate(kept), List.copyOf(failures), List.copyOf(notes));
    }
}
