package dev.crosscheck.compare;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.resolve.ResolvedCorpus;

import java.util.List;
import java.util.function.Consumer;

/** One rule's comparison over the resolved corpus. */
public interface Comparison {

    /** The id of the rule this comparison runs. */
    String ruleId();

    /** Findings in any order; the caller sorts and removes duplicates. */
    List<Finding> compare(ResolvedCorpus corpus);

    /**
     * As {@link #compare(ResolvedCorpus)}, telling {@code notes} (one line each) where the
     * comparison limited its work, e.g. a cap on the words it aligns.
     */
    default List<Finding> compare(ResolvedCorpus corpus, Consumer<String> notes) {
        return compare(corpus);
    }
}
