package dev.crosscheck.nlp;

import java.util.Locale;

/**
 * A word or punctuation mark with its absolute offsets in the article text.
 *
 * @param text  the token as written
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 * @param pos   Universal Dependencies POS tag from OpenNLP
 * @param lemma lower-case lemma from OpenNLP
 * @param lower the token in lower case (extractors compare words by it many times per token, so it
 *              is computed once)
 */
public record Token(String text, int start, int end, String pos, String lemma, String lower) {

    /** A token whose lower-case form is derived from {@code text}. */
    public Token(String text, int start, int end, String pos, String lemma) {
        this(text, start, end, pos, lemma, text.toLowerCase(Locale.ROOT));
    }

    /** True when the first character is an upper-case letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** True when the token has at least one letter or digit. */
    public boolean isWord() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
