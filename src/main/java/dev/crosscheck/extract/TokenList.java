package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.pattern.TokenSequence;

import java.util.List;

/** A sentence's annotated tokens as token patterns read them. */
public record TokenList(List<Token> tokens) implements TokenSequence {

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
