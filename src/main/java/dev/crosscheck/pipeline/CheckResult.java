package dev.crosscheck.pipeline;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.resolve.ResolvedCorpus;

import java.util.List;

/**
 * What one check produced.
 *
 * @param corpus   the claims of every article, in input order, with people and events resolved
 * @param findings findings in report order
 */
public record CheckResult(ResolvedCorpus corpus, List<Finding> findings) {

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
}
