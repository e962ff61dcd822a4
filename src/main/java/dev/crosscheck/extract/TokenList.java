package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.pattern.TokenSequence;

import java.util.BitSet;
import java.util.List;

/**
 * A sentence's annotated tokens as token patterns read them.
 *
 * @param tokens the sentence's tokens
 * @param quoted which of them stand inside quotation marks
 */
public record TokenList(List<Token> tokens, BitSet quoted) implements TokenSequence {

    public TokenList {
        tokens = List.copyOf(tokens);
        quoted = (BitSet) quoted.clone();
    }

    @Override
    public BitSet quoted() {
        return (BitSet) quoted.clone();
    }

    @Override
    public boolean quoted(int i) {
        return quoted.get(i);
    }

    @Override
    public int size() {
        return tokens.size();
    }

    @Override
    public String text(int i) {
        return tokens.get(i).text();
    }

    @Override
    public String lower(int i) {
        return tokens.get(i).lower();
    }

    @Override
    public String lemma(int i) {
        return tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String pos(int i) {
        return tokens.get(i).pos();
    }
}
