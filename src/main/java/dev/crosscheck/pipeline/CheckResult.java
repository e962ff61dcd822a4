package dev.crosscheck.pipeline;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.resolve.ResolvedCorpus;

import java.util.List;

/**
 * What one check produced.
 *
 * @param corpus   the claims of every article that could be checked, in input order, with people
 *                 and events resolved
 * @param findings findings in report order
 * @param failures inputs (in input order) then rules (in rule order) that could not be checked;
 *                 empty when everything was checked
 * @param notes    where a stage limited its work (a cap was hit), one line each, "rule ID: ..."
 */
public record CheckResult(ResolvedCorpus corpus, List<Finding> findings, List<Failure> failures,
                          List<String> notes) {

    public CheckResult {
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    public List<ArticleClaims> articles() {
        return corpus.articles();
    }

    public int sentenceCount() {
        return articles().stream().mapToInt(ArticleClaims::sentences).sum();
    }

    public int tokenCount() {
        return articles().stream().mapToInt(ArticleClaims::tokens).sum();
    }

    public int claimCount() {
        return articles().stream().mapToInt(ArticleClaims::claimCount).sum();
    }

    /** Failures of this kind. */
    public long count(Failure.Kind kind) {
        return failures.stream().filter(f -> f.kind() == kind).count();
    }
}
