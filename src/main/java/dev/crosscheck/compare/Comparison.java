package dev.crosscheck.compare;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.resolve.ResolvedCorpus;

import java.util.List;

/** One rule's comparison over the resolved corpus. */
public interface Comparison {

    /** The id of the rule this comparison runs. */
    String ruleId();

    /** Findings in any order; the caller sorts and removes duplicates. */
    List<Finding> compare(ResolvedCorpus corpus);
}
