package dev.crosscheck.extract;

import java.util.Set;

/**
 * One occurrence of a capitalised proper word, for spelling comparison across articles.
 *
 * @param anchor     where it stands
 * @param word       the word as written ("Uighur")
 * @param neighbours lower-case lemmas of content words next to it, the context that tells two
 *                   spellings of one word from two different words
 * @param person     index of the person mention whose name contains it, or -1
 * @param acronym    written in capitals only ("FLDS"): compared only with its own letters in
 *                   another order, and not a name that links stories
 */
public record ProperWord(Anchor anchor, String word, Set<String> neighbours, int person, boolean acronym) {

    /** A word that is not an acronym. */
    public ProperWord(Anchor anchor, String word, Set<String> neighbours, int person) {
        this(anchor, word, neighbours, person, false);
    }
}
