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
 * @param rawStart   offset in the article text of the first character after the opening mark
 * @param raw        the article text from there to the closing mark, unstripped: word offsets
 *                   minus {@code rawStart} index into it once the article's text is dropped
 */
public record QuoteClaim(Anchor anchor, String text, Speaker speaker, boolean partial, boolean balanced,
                         List<QuoteWord> words, int rawStart, String raw) {

    /** The quote's text from offset {@code start} to {@code end} (article offsets inside the quote). */
    public String slice(int start, int end) {
        return raw.substring(start - rawStart, Math.min(end - rawStart, raw.length()));
    }
}
