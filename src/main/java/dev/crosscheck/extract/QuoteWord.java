package dev.crosscheck.extract;

/**
 * One word of a quote, kept after the NLP annotations are dropped so quotes can be compared
 * word by word.
 *
 * @param text        the word as written
 * @param lemma       its lower-case lemma
 * @param pos         its Universal Dependencies POS tag
 * @param start       offset of its first character in the article text
 * @param end         offset after its last character
 * @param sentenceEnd true when a full stop, question or exclamation mark inside the quote follows it
 * @param editorial   true inside editorial brackets ("(this Monday morning)"): the editor's words
 * @param lower       the word in lower case (quote comparison reads it for every word pair)
 */
public record QuoteWord(String text, String lemma, String pos, int start, int end, boolean sentenceEnd,
                        boolean editorial, String lower) {

    /** A word whose lower-case form is derived from {@code text}. */
    public QuoteWord(String text, String lemma, String pos, int start, int end, boolean sentenceEnd,
                     boolean editorial) {
        this(text, lemma, pos, start, end, sentenceEnd, editorial, text.toLowerCase(java.util.Locale.ROOT));
    }
}
