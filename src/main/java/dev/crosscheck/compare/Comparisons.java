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

/**
 * Builds one {@link Comparison} per rule (validating its parameters) and runs them all. Rules are
 * independent and only read the resolved corpus, so they may run in parallel; the findings are
 * sorted into report order afterwards, so the result does not depend on which rule finishes first.
 */
public final class Comparisons {

    private final List<Comparison> comparisons;

    private Comparisons(List<Comparison> comparisons) {
        this.comparisons = comparisons;
    }

    /**
     * @throws dev.crosscheck.rules.RuleFileException when a rule's params or message are invalid
     */
    public static Comparisons of(RuleSet rules) {
        List<Comparison> out = new ArrayList<>();
        for (RuleDefinition r : rules.rules()) {
            out.add(switch (r.kind()) {
                case ATTRIBUTE_CONFLICT -> attributeComparison(r, rules);
                case INTERVAL_CONFLICT -> intervalComparison(r, rules);
                case DATE_CONFLICT -> new DateComparison(r);
                case VARIANT_SPELLING -> r.params().string("variants", "spelling").equals("style")
                        ? new NameStyleComparison(r) : new SpellingVariantComparison(r, rules.lexicon());
                case QUOTE_CONFLICT -> new QuoteComparison(r, rules.lexicon());
                case NAME_ORDER -> new NameOrderComparison(r, rules.lexicon());
            });
        }
        return new Comparisons(List.copyOf(out));
    }

    /** attribute-conflict compares the holders of an office, or ({@code attribute: office}) a person's offices. */
    private static Comparison attributeComparison(RuleDefinition r, RuleSet rules) {
        String attribute = r.params().string("attribute", "holder");
        return switch (attribute) {
            case "holder" -> new OfficeHolderComparison(r, rules.lexicon());
            case "office" -> new TitleConflictComparison(r, rules.lexicon());
            default -> throw r.params().get("attribute").error("attribute must be holder or office, got '"
                    + attribute + "'");
        };
    }

    /** interval-conflict compares the claim type named by the rule's {@code claim} param. */
    private static Comparison intervalComparison(RuleDefinition r, RuleSet rules) {
        String claim = r.params().string("claim", "duration");
        return switch (claim) {
            case "duration" -> new DurationComparison(r);
            case "quantity" -> new QuantityComparison(r, rules.lexicon());
            case "elapsed" -> new ElapsedComparison(r);
            case "age" -> new AgeComparison(r);
            default -> throw r.params().get("claim").error(
                    "claim must be duration, quantity, elapsed or age, got '" + claim + "'");
        };
    }

    /** All findings of all rules, sorted into report order without duplicates. */
    public List<Finding> run(ResolvedCorpus corpus) {
        return run(corpus, Runnable::run);
    }

    /** As {@link #run(ResolvedCorpus)}, running the rules' comparisons on {@code workers}. */
    public List<Finding> run(ResolvedCorpus corpus, Executor workers) {
        List<CompletableFuture<List<Finding>>> perRule = new ArrayList<>();
        for (Comparison c : comparisons) {
            perRule.add(CompletableFuture.supplyAsync(() -> c.compare(corpus), workers));
        }
        List<Finding> all = new ArrayList<>();
        try {
            for (CompletableFuture<List<Finding>> f : perRule) {
                all.addAll(f.join());
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        return FindingOrder.sortAndDeduplicate(all);
    }
}
