package dev.crosscheck.pattern;

/** What a pattern reads of each token of a sentence: its text, lower case, lemma and part of speech. */
public interface TokenSequence {

    int size();

    String text(int i);

    String lower(int i);

    String lemma(int i);

    String pos(int i);
}
