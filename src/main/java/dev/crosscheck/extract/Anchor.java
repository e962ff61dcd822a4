package dev.crosscheck.extract;

/**
 * Where a claim stands: file, line, sentence and character span.
 *
 * @param source   the file name as given on the command line
 * @param sentence 0-based sentence index in the article
 * @param line     1-based line of the claim's first character
 * @param start    offset of the claim's first character in the article text
 * @param end      offset after its last character
 * @param text     the claim's own words as written
 * @param evidence the whole sentence
 * @param caption  true when the sentence is a photo caption
 */
public record Anchor(String source, int sentence, int line, int start, int end, String text, String evidence,
                     boolean caption) {
}
