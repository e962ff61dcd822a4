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
 */
public record ProperWord(Anchor anchor, String word, Set<String> neighbours, int person) {
}
