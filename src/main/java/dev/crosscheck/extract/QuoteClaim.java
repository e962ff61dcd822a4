package dev.crosscheck.extract;

import java.util.List;

/**
 * A direct quote with its speaker.
 *
 * @param anchor     where it stands: the text between the quote marks; the evidence is every
 *                   sentence the quote touches
 * @param text       the quote as written, without the outer quote marks
 * @param speaker    who said it, as the article tells
 * @param partial    true for a fragment quoted inside the reporter's sentence ("would bring a
 *                   “positive result”") rather than a whole quoted sentence
 * @param balanced   false when a quote mark is missing and the quote was closed at its paragraph's end
 * @param words      its words in order (punctuation left out)
 */
public record QuoteClaim(Anchor anchor, String text, Speaker speaker, boolean partial, boolean balanced,
                         List<QuoteWord> words) {
}
