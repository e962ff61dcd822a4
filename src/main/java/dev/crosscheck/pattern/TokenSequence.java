package dev.crosscheck.pattern;

/**
 * What a pattern reads of each token of a sentence: its text, lower case, lemma, part of speech,
 * and whether it stands inside quotation marks.
 */
public interface TokenSequence {

    int size();

    String text(int i);

    String lower(int i);

    String lemma(int i);

    String pos(int i);

    /** Whether token {@code i} stands between a pair of quotation marks (the marks themselves do not). */
    boolean quoted(int i);
}
